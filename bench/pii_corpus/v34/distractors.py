"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v34's own airlines, products, statuses and model names (``distractors.toml``); v16's
order, confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not
the caller's identifier), reused, not copied; and five kinds v34's own desks hear, numbers that identify
nobody: an exercise prescription at the physical-therapy clinic, a mile marker on the roadside-assistance
line, a trash cart's size at the sanitation line, a test score and a school grade at the tutoring company.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words
from bench.pii_corpus.v16.distractors import MARKED

SETS = (2, 3, 4)  # sets of an exercise
REPS = (8, 10, 12, 15, 20)  # repetitions per set
MARKERS = (17, 42, 88, 103, 142, 215, 276)  # interstate mile markers
CARTS = (32, 64, 96)  # trash and recycling carts, in gallons
SAT = (1050, 1120, 1180, 1240, 1310, 1390)  # SAT total scores
GRADES = ((3, "third"), (5, "fifth"), (7, "seventh"), (8, "eighth"), (10, "tenth"), (11, "eleventh"))


def _pairs(n: int) -> str:
    """A three- or four-digit number said in pairs, as callers say mile markers and scores ("twelve
    eighty", "one forty two")."""
    high, low = divmod(n, 100)
    return f"{number_words(high)} {number_words(low) if low >= 10 else 'oh ' + number_words(low)}"


def reps(ctx: Ctx) -> str:
    """An exercise prescription ("three sets of twelve", "3 sets of 12")."""
    s, r = ctx.rng.choice(SETS), ctx.rng.choice(REPS)
    return f"{number_words(s)} sets of {number_words(r)}" if ctx.words else f"{s} sets of {r}"


def marker(ctx: Ctx) -> str:
    """A mile marker ("mile marker one forty two", "mile marker 142")."""
    n = ctx.rng.choice(MARKERS)
    said = (_pairs(n) if n >= 100 else number_words(n)) if ctx.words else str(n)
    return f"mile marker {said}"


# A trash cart's size ("ninety six gallon cart", "96 gallon cart").
cart = distractor_kit.quantity(CARTS, "{} gallon cart")


# An SAT score ("twelve forty on the SAT", "1240 on the SAT").
score = distractor_kit.quantity(SAT, "{} on the SAT", say=_pairs)


def grade(ctx: Ctx) -> str:
    """A school grade ("tenth grade", "10th grade")."""
    n, said = ctx.rng.choice(GRADES)
    suffix = {3: "rd"}.get(n, "th")
    return f"{said if ctx.words else f'{n}{suffix}'} grade"


OWN: dict[str, Callable[[Ctx], str]] = {"REPS": reps, "MARKER": marker, "CART": cart, "SCORE": score,
                                        "GRADE": grade}  # fmt: skip
DISTRACTORS = distractor_kit.from_file(__file__, OWN, MARKED)
