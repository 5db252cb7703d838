"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v35's own airlines, products, statuses and model names (``distractors.toml``); v16's
order, confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not
the caller's identifier), reused, not copied; and five kinds v35's own desks hear, numbers that identify
nobody: an aligner tray at the orthodontist, a head count at the caterer, a pool's size at the pool service, a
tire size at the bike shop and a child's age in months at the daycare's enrollment desk.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words
from bench.pii_corpus.v16.distractors import MARKED

TRAYS = ((4, 18), (9, 22), (12, 30), (15, 24), (20, 40), (6, 14))  # aligner tray of a series
GUESTS = (60, 75, 90, 120, 150, 180, 200, 250)  # a catered event's head count
POOLS = ((12, 24), (14, 28), (16, 32), (18, 36), (20, 40))  # rectangular pool, feet
WHEELS = ("26", "27.5", "29", "700c")  # bike wheel sizes
MONTHS = (6, 9, 12, 14, 18, 20, 24, 30)  # a child's age at a daycare's enrollment desk


def _count(n: int) -> str:
    """A head count as callers say it: "a hundred fifty", "two hundred fifty", "ninety"."""
    high, low = divmod(n, 100)
    if not high:
        return number_words(n)
    head = "a hundred" if high == 1 else f"{number_words(high)} hundred"
    return f"{head} {number_words(low)}" if low else head


def tray(ctx: Ctx) -> str:
    """An aligner tray ("tray nine of twenty two", "tray 9 of 22")."""
    n, of = ctx.rng.choice(TRAYS)
    return f"tray {number_words(n)} of {number_words(of)}" if ctx.words else f"tray {n} of {of}"


# A head count ("a hundred fifty guests", "150 guests").
guests = distractor_kit.quantity(GUESTS, "{} guests", say=_count)


def pool(ctx: Ctx) -> str:
    """A pool's size ("sixteen by thirty two feet", "16 by 32 feet")."""
    wide, long = ctx.rng.choice(POOLS)
    return f"{number_words(wide)} by {number_words(long)} feet" if ctx.words else f"{wide} by {long} feet"


def wheel(ctx: Ctx) -> str:
    """A wheel size ("twenty nine inch wheels", "29 inch wheels", "seven hundred c wheels")."""
    size = ctx.rng.choice(WHEELS)
    if not ctx.words:
        return f"{size} wheels" if size.endswith("c") else f"{size} inch wheels"
    said = {"26": "twenty six inch", "27.5": "twenty seven and a half inch", "29": "twenty nine inch",
            "700c": "seven hundred c"}[size]  # fmt: skip
    return f"{said} wheels"


# A child's age in months ("eighteen months old", "18 months old").
age = distractor_kit.quantity(MONTHS, "{} months old")


OWN: dict[str, Callable[[Ctx], str]] = {"TRAY": tray, "GUESTS": guests, "POOL": pool, "WHEEL": wheel,
                                        "AGE": age}  # fmt: skip
DISTRACTORS = distractor_kit.from_file(__file__, OWN, MARKED)
