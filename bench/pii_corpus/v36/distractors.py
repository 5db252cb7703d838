"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v36's own airlines, products, statuses and model names (``distractors.toml``); v16's
order, confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not
the caller's identifier), reused, not copied; and six kinds v36's own desks hear, numbers that identify
nobody: an air conditioner's size in tons at the HVAC company, a roof's size in squares at the roofer, a CPAP
pressure at the medical-equipment supplier, lesson hours at the driving school, a toll road's exit number and
a dog's weight at the shelter.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words
from bench.pii_corpus.v16.distractors import MARKED

TONS = ("2", "2.5", "3", "3.5", "4", "5")  # a central air unit's size
SQUARES = (18, 22, 24, 28, 32, 35, 40)  # a roof's area in hundreds of square feet
PRESSURES = (6, 8, 9, 10, 11, 12, 14)  # a CPAP pressure, centimeters of water
HOURS = (2, 4, 6, 8, 10, 30, 50)  # lesson or practice hours at a driving school
EXITS = (7, 12, 14, 21, 33, 48, 115)  # a toll road's exit numbers
POUNDS = (8, 15, 25, 40, 55, 60, 70, 85)  # a dog's weight at the shelter


def tons(ctx: Ctx) -> str:
    """An air conditioner's size ("a three and a half ton unit", "a 3.5-ton unit")."""
    size = ctx.rng.choice(TONS)
    if not ctx.words:
        return f"a {size}-ton unit"
    whole, _, half = size.partition(".")
    return f"a {number_words(int(whole))}{' and a half' if half else ''} ton unit"


# A roof's size ("twenty eight squares", "28 squares").
squares = distractor_kit.quantity(SQUARES, "{} squares")


# A CPAP pressure ("pressure eleven", "pressure 11").
pressure = distractor_kit.quantity(PRESSURES, "pressure {}")


# Driving-lesson hours ("six lesson hours", "6 lesson hours").
hours = distractor_kit.quantity(HOURS, "{} lesson hours")


def exit_number(ctx: Ctx) -> str:
    """A toll road's exit ("exit fourteen", "exit one fifteen", "Exit 14")."""
    n = ctx.rng.choice(EXITS)
    if not ctx.words:
        return f"Exit {n}"
    return f"exit {'one ' + number_words(n - 100) if n > 100 else number_words(n)}"


# A dog's weight ("about sixty pounds", "about 60 pounds").
pounds = distractor_kit.quantity(POUNDS, "about {} pounds")


OWN: dict[str, Callable[[Ctx], str]] = {"TONS": tons, "SQUARES": squares, "PRESSURE": pressure, "HOURS": hours,
                                        "EXIT": exit_number, "POUNDS": pounds}  # fmt: skip
DISTRACTORS = distractor_kit.from_file(__file__, OWN, MARKED)
