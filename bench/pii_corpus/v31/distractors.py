"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v31's own airlines, products, statuses and model names (``distractors.toml``); v16's
order, confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not
the caller's identifier), reused, not copied; and five kinds v31's own desks hear, numbers that identify
nobody: a seat's section at the ticketing line, a solar array's size at the installer, a course number at the
registrar, a pet's weight at the pet insurer, and a household's size at the food bank.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words
from bench.pii_corpus.v16.distractors import MARKED

SECTIONS = (101, 104, 112, 118, 203, 210, 214, 226, 305, 312, 320)  # arena sections, floor to upper deck
KILOWATTS = ((5, 4), (6, 0), (7, 2), (8, 1), (9, 6), (11, 4))  # a house's array, kW (whole, tenth)
COURSES = (101, 102, 110, 121, 150, 201, 210, 220, 245)  # community-college course numbers
POUNDS = (6, 9, 12, 18, 24, 35, 48, 62, 75, 90)  # cats to large dogs
HOUSEHOLD = (1, 2, 3, 4, 5, 6, 7, 8)  # people in a household at a food bank's intake


def section(ctx: Ctx) -> str:
    """An arena section ("section two fourteen", "section 214"): a place in a venue, nobody's number."""
    n = ctx.rng.choice(SECTIONS)
    if not ctx.words:
        return f"section {n}"
    tail = number_words(n % 100) if n % 100 >= 10 else f"oh {number_words(n % 100)}"
    return f"section {number_words(n // 100)} {tail}"


def kilowatts(ctx: Ctx) -> str:
    """A solar array's size ("seven point two kilowatts", "7.2 kW")."""
    whole, tenth = ctx.rng.choice(KILOWATTS)
    if ctx.style == "smart":
        return f"{whole}.{tenth} kW"
    if ctx.words:
        return f"{number_words(whole)} point {number_words(tenth)} kilowatts"
    return f"{whole}.{tenth} kilowatts"


def course(ctx: Ctx) -> str:
    """A course number ("one twenty one", "121")."""
    n = ctx.rng.choice(COURSES)
    if not ctx.words:
        return str(n)
    tail = number_words(n % 100) if n % 100 >= 10 else f"oh {number_words(n % 100)}"
    return f"{number_words(n // 100)} {tail}"


# A pet's weight ("forty eight pounds", "48 lbs").
pounds = distractor_kit.quantity(POUNDS, "{} pounds", smart="{} lbs")


# People in a household ("five of us", "5 of us").
household = distractor_kit.quantity(HOUSEHOLD, "{} of us")


OWN: dict[str, Callable[[Ctx], str]] = {"SECTION": section, "KW": kilowatts, "COURSE": course,
                                        "POUNDS": pounds, "HOUSEHOLD": household}  # fmt: skip
DISTRACTORS = distractor_kit.from_file(__file__, MARKED, OWN)
