"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v33's own airlines, products, statuses and model names (``distractors.toml``); v16's
order, confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not
the caller's identifier), reused, not copied; and five kinds v33's own desks hear, numbers that identify
nobody: a parking zone at the permit office, a sunscreen's SPF at the dermatology practice, a benefit week at
the unemployment office, a pipe's size at the plumber, and a lawn's square footage at the lawn-care service.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words
from bench.pii_corpus.v16.distractors import MARKED

ZONES = (3, 6, 8, 11, 14, 19, 22, 27)  # residential parking-permit zones
SPFS = (15, 30, 45, 50, 70, 100)  # sunscreen sun protection factors
WEEKS = (1, 2, 3, 5, 8, 12, 16, 20)  # benefit weeks of an unemployment claim
PIPES = ("half inch", "three quarter inch", "one inch", "inch and a half")
PIPES_SHORT = ("1/2 in", "3/4 in", "1 in", "1.5 in")
SQFT = (2000, 3500, 4000, 5000, 7500, 9000)  # a lawn's square footage


# A parking zone ("zone fourteen", "zone 14").
zone = distractor_kit.quantity(ZONES, "zone {}")


# A sunscreen's SPF ("SPF fifty", "SPF 50").
spf = distractor_kit.quantity(SPFS, "SPF {}")


# A week of an unemployment claim ("week twelve", "week 12").
benefit_week = distractor_kit.quantity(WEEKS, "week {}")


def pipe(ctx: Ctx) -> str:
    """A pipe's size ("three quarter inch pipe", "3/4 in pipe")."""
    k = ctx.rng.randrange(len(PIPES))
    return f"{PIPES[k] if ctx.words else PIPES_SHORT[k]} pipe"


def sqft(ctx: Ctx) -> str:
    """A lawn's area ("five thousand square feet", "5,000 sq ft")."""
    n = ctx.rng.choice(SQFT)
    if not ctx.words:
        return f"{n:,} sq ft" if ctx.style == "smart" else f"{n} sq ft"
    said = f"{number_words(n // 1000)} thousand" + (f" {number_words(n % 1000)}" if n % 1000 else "")
    return f"{said} square feet"


OWN: dict[str, Callable[[Ctx], str]] = {"ZONE": zone, "SPF": spf, "BWEEK": benefit_week, "PIPE": pipe,
                                        "SQFT": sqft}  # fmt: skip
DISTRACTORS = distractor_kit.from_file(__file__, MARKED, OWN)
