"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v30's own airlines, products, statuses and model names (``distractors.toml``); v16's
order, confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not
the caller's identifier), reused, not copied; and five kinds v30's own desks hear, numbers that identify
nobody: a count of shares at the brokerage, a gas bill's therms at the gas utility, a library call number, a
phone's storage at the repair shop, and a delivery window at the furniture store.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words
from bench.pii_corpus.v16.distractors import MARKED

SHARE_COUNTS = (5, 10, 12, 20, 25, 40, 50, 75, 100, 150, 200, 300, 500)  # round lots and odd lots
THERM_RANGE = (18, 240)  # a home's monthly gas use, summer to winter
CALL_CLASSES = (133, 305, 362, 509, 616, 641, 746, 796, 811, 917, 940, 973)  # Dewey hundreds a branch shelves
GIGABYTES = (32, 64, 128, 256, 512)  # phone storage sizes
WINDOWS = ((8, 12), (9, 1), (10, 2), (11, 3), (12, 4), (1, 5), (2, 6))  # a four-hour delivery window


# A count of shares in an order ("two hundred shares", "200 shares"): a quantity, nobody's number.
shares = distractor_kit.quantity(SHARE_COUNTS, "{} shares")


def therms(ctx: Ctx) -> str:
    """A month's gas use ("a hundred and twelve therms", "112 therms")."""
    n = ctx.rng.randint(*THERM_RANGE)
    return f"{number_words(n) if ctx.words else n} therms"


def call_number(ctx: Ctx) -> str:
    """A library call number: a Dewey class and a decimal ("six forty one point five", "641.5")."""
    whole, part = ctx.rng.choice(CALL_CLASSES), ctx.rng.randint(1, 9)
    if not ctx.words:
        return f"{whole}.{part}"
    tail = number_words(whole % 100) if whole % 100 >= 10 else f"oh {number_words(whole % 100)}"
    return f"{number_words(whole // 100)} {tail} point {number_words(part)}"


# A phone's storage ("a hundred twenty eight gigs", "128GB").
gigabytes = distractor_kit.quantity(GIGABYTES, "{} gigs", smart="{}GB")


def window(ctx: Ctx) -> str:
    """A delivery window ("between ten and two", "10 to 2")."""
    start, end = ctx.rng.choice(WINDOWS)
    if ctx.words:
        return f"between {number_words(start)} and {number_words(end)}"
    return f"{start} to {end}"


OWN: dict[str, Callable[[Ctx], str]] = {"SHARES": shares, "THERMS": therms, "CALLNO": call_number,
                                        "GIGS": gigabytes, "WINDOW": window}  # fmt: skip
DISTRACTORS = distractor_kit.from_file(__file__, MARKED, OWN)
