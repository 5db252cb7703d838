"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v39's own airlines, products, statuses and model names; v16's order, confirmation,
tracking and dose renderers (a business's reference for a transaction or a quantity, not the caller's
identifier), reused, not copied; and seven kinds v39's own desks hear, numbers that identify nobody: a train
number at the commuter-rail lost-and-found, a pane count at the window-cleaning company, a flue's inches at the
chimney sweep, a tree's height at the tree service, a voting precinct at the voter-registration office, a chair
number at the dialysis center and hours fasted before a blood draw at the lab.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import number_words
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Allegiant", "G4"), ("Frontier", "F9"), ("WestJet", "WS"), ("Icelandair", "FI"), ("Copa", "CM"),
            ("Avianca", "AV")]  # fmt: skip
PRODUCTS = ["umbrella", "laptop bag", "squeegee kit", "chimney cap", "stump grinder", "wood chipper",
            "dialysis bag", "fistula sleeve", "specimen cup", "gas cap", "voter card", "monthly pass"]  # fmt: skip
STATUSES = ["logged", "unclaimed", "dispatched", "pending review", "approved", "on hold"]
AIMODELS = ["mistral-small", "gpt-4.1-mini", "qwen-2.5", "command-r"]
TRAINS = (104, 217, 331, 418, 526, 742, 913)  # a commuter train's number
PANES = (12, 18, 24, 30, 36, 48)  # windows on a house
FLUE_INCHES = (6, 8, 10, 12)  # a chimney flue's size
TREE_FEET = (25, 40, 60, 75, 90)  # a tree's height
PRECINCTS = (3, 7, 12, 19, 24, 31)  # a voting precinct
CHAIRS = (2, 5, 9, 11, 14)  # a dialysis chair
FAST_HOURS = (8, 10, 12)  # hours fasted before a blood draw


def train(ctx: Ctx) -> str:
    """A commuter train's number ("train four eighteen", "train 418")."""
    n = ctx.rng.choice(TRAINS)
    return f"train {number_words(n // 100)} {number_words(n % 100)}" if ctx.words else f"train {n}"


def panes(ctx: Ctx) -> str:
    """Windows on a house ("thirty six windows", "36 windows")."""
    n = ctx.rng.choice(PANES)
    return f"{number_words(n)} windows" if ctx.words else f"{n} windows"


def flue(ctx: Ctx) -> str:
    """A flue's size ("an eight inch flue", "an 8-inch flue")."""
    n = ctx.rng.choice(FLUE_INCHES)
    article = "an" if n == 8 else "a"  # "an eight", "an 8-inch"
    return f"{article} {number_words(n)} inch flue" if ctx.words else f"{article} {n}-inch flue"


def tree_feet(ctx: Ctx) -> str:
    """A tree's height ("a sixty foot oak", "a 60 ft oak")."""
    n = ctx.rng.choice(TREE_FEET)
    return f"a {number_words(n)} foot oak" if ctx.words else f"a {n} ft oak"


def precinct(ctx: Ctx) -> str:
    """A voting precinct ("precinct nineteen", "Precinct 19")."""
    n = ctx.rng.choice(PRECINCTS)
    return f"precinct {number_words(n)}" if ctx.words else f"Precinct {n}"


def chair(ctx: Ctx) -> str:
    """A dialysis chair ("chair eleven", "chair #11")."""
    n = ctx.rng.choice(CHAIRS)
    return f"chair {number_words(n)}" if ctx.words else f"chair #{n}"


def fast_hours(ctx: Ctx) -> str:
    """Hours fasted before a draw ("twelve hours fasting", "12 hrs fasting")."""
    n = ctx.rng.choice(FAST_HOURS)
    return f"{number_words(n)} hours fasting" if ctx.words else f"{n} hrs fasting"


OWN: dict[str, Callable[[Ctx], str]] = {"TRAIN": train, "PANES": panes, "FLUE": flue, "TREEFT": tree_feet,
                                        "PRECINCT": precinct, "CHAIR": chair, "FASTHRS": fast_hours}  # fmt: skip
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | OWN | MARKED
