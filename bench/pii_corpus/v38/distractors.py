"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v38's own airlines, products, statuses and model names; v16's order, confirmation,
tracking and dose renderers (a business's reference for a transaction or a quantity, not the caller's
identifier), reused, not copied; and six kinds v38's own desks hear, numbers that identify nobody: a boat slip's
length in feet at the marina, a charger's kilowatts at the EV charging network, a laundry bag's pounds at the
laundromat's pickup service, a guest count at the wedding venue, hours slept a night at the sleep clinic and a
lesson's minutes at the music school.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Sun Country", "SY"), ("Breeze", "MX"), ("Porter", "PD"), ("Aer Lingus", "EI"), ("Volaris", "Y4"),
            ("Hawaiian", "HA")]  # fmt: skip
PRODUCTS = ["charging cable", "charging card", "dock box", "shore power cord", "laundry bag", "garment bag",
            "CPAP mask", "sleep study kit", "hospital bed", "violin", "rental cello", "dance floor"]  # fmt: skip
STATUSES = ["scheduled", "out for pickup", "waitlisted", "refunded", "under review", "ready"]
AIMODELS = ["llama-3.1", "gemini-flash", "claude-haiku", "phi-3"]
SLIP_FEET = (20, 24, 28, 30, 36, 40, 45)  # a marina slip's length
KILOWATTS = (7, 11, 19, 50, 150, 350)  # an EV charger's power
POUNDS = (10, 12, 15, 20, 25, 30)  # a laundry pickup bag's weight
GUESTS = (40, 75, 90, 120, 150, 200)  # a wedding's head count
SLEEP_HOURS = (3, 4, 5, 6)  # hours slept a night, as a sleep-clinic caller says it
LESSON_MINUTES = (30, 45, 60)  # a music lesson's length


def slip_feet(ctx: Ctx) -> str:
    """A boat slip's length ("a thirty six foot slip", "a 36' slip")."""
    n = ctx.rng.choice(SLIP_FEET)
    return f"a {number_words(n)} foot slip" if ctx.words else f"a {n}' slip"


def kilowatts(ctx: Ctx) -> str:
    """A charger's power ("the one hundred fifty kilowatt charger", "the 150 kW charger")."""
    n = ctx.rng.choice(KILOWATTS)
    return f"the {number_words(n)} kilowatt charger" if ctx.words else f"the {n} kW charger"


def pounds(ctx: Ctx) -> str:
    """A laundry bag's weight ("twenty pounds", "20 lbs")."""
    n = ctx.rng.choice(POUNDS)
    return f"{number_words(n)} pounds" if ctx.words else f"{n} lbs"


def guests(ctx: Ctx) -> str:
    """A wedding's head count ("one hundred twenty guests", "120 guests")."""
    n = ctx.rng.choice(GUESTS)
    return f"{number_words(n)} guests" if ctx.words else f"{n} guests"


def sleep_hours(ctx: Ctx) -> str:
    """Hours slept a night ("maybe four hours", "maybe 4 hrs")."""
    n = ctx.rng.choice(SLEEP_HOURS)
    return f"maybe {number_words(n)} hours" if ctx.words else f"maybe {n} hrs"


def lesson_minutes(ctx: Ctx) -> str:
    """A lesson's length ("forty five minute lessons", "45-minute lessons")."""
    n = ctx.rng.choice(LESSON_MINUTES)
    return f"{number_words(n)} minute lessons" if ctx.words else f"{n}-minute lessons"


OWN: dict[str, Callable[[Ctx], str]] = {"SLIPFT": slip_feet, "KILOWATT": kilowatts, "POUNDS": pounds,
                                        "GUESTS": guests, "SLEEPHRS": sleep_hours, "LESSONMIN": lesson_minutes}  # fmt: skip
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | OWN | MARKED
