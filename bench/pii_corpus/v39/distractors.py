"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v39's own airlines, products, statuses and model names (``distractors.toml``); v16's
order, confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not
the caller's identifier), reused, not copied; and seven kinds v39's own desks hear, numbers that identify
nobody: a train number at the commuter-rail lost-and-found, a pane count at the window-cleaning company, a
flue's inches at the chimney sweep, a tree's height at the tree service, a voting precinct at the
voter-registration office, a chair number at the dialysis center and hours fasted before a blood draw at the
lab; all but the flue one draw said in words or as written (``distractor_kit.quantity``).
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.distractor_kit import quantity
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words
from bench.pii_corpus.v16.distractors import MARKED

FLUE_INCHES = (6, 8, 10, 12)  # a chimney flue's size


def flue(ctx: Ctx) -> str:
    """A flue's size ("an eight inch flue", "an 8-inch flue"): the article follows the number, so not a
    ``quantity``."""
    n = ctx.rng.choice(FLUE_INCHES)
    article = "an" if n == 8 else "a"  # "an eight", "an 8-inch"
    return f"{article} {number_words(n)} inch flue" if ctx.words else f"{article} {n}-inch flue"


def _hundreds(n: int) -> str:
    """A train number said in two parts ("four eighteen")."""
    return f"{number_words(n // 100)} {number_words(n % 100)}"


OWN: dict[str, Callable[[Ctx], str]] = {
    "TRAIN": quantity((104, 217, 331, 418, 526, 742, 913), "train {}", say=_hundreds),  # a commuter train
    "PANES": quantity((12, 18, 24, 30, 36, 48), "{} windows"),  # windows on a house
    "FLUE": flue,
    "TREEFT": quantity((25, 40, 60, 75, 90), "a {} foot oak", "a {} ft oak"),  # a tree's height
    "PRECINCT": quantity((3, 7, 12, 19, 24, 31), "precinct {}", "Precinct {}"),  # a voting precinct
    "CHAIR": quantity((2, 5, 9, 11, 14), "chair {}", "chair #{}"),  # a dialysis chair
    "FASTHRS": quantity(
        (8, 10, 12), "{} hours fasting", "{} hrs fasting"
    ),  # hours fasted before a blood draw
}
DISTRACTORS = distractor_kit.from_file(__file__, OWN, MARKED)
