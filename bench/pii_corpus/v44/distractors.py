"""Values that look like personal data and are not, marked so that redacting them costs preservation (what a
half's kept values are: ``distractor_kit``'s docstring): the kit's eighteen kinds over v44's own airlines,
products, statuses and model names, v16's order, confirmation, tracking and dose renderers (a business's
reference for a transaction or a quantity, not the caller's identifier), imported, and six kinds v44's own
desks hear, numbers that identify nobody, each one draw said in words or as written
(``distractor_kit.quantity``): a dive's depth in feet at the scuba school, a wetsuit's thickness, the inches of
snow that start a plow run, a dog's weight at the groomer, a resident's room at the nursing home and an
internet plan's speed at the cable dispatch line.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.distractor_kit import quantity
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Hawaiian", "HA"), ("Frontier", "F9"), ("Avelo", "XP"), ("Copa", "CM"), ("Porter", "PD"),
            ("Condor", "DE")]  # fmt: skip
PRODUCTS = ["cable modem", "mesh router", "regulator rental", "dive computer", "plow contract", "salt treatment",
            "nail trim", "de-shedding bath", "bail bond", "immunization record", "respite stay",
            "filing packet"]  # fmt: skip
STATUSES = ["dispatched", "posted", "en route", "past due", "filed", "certified"]
AIMODELS = ["gemma-3", "claude-haiku", "command-r", "granite-3"]

OWN: dict[str, Callable[[Ctx], str]] = {
    "DIVEFT": quantity((30, 40, 60, 80, 100), "{} feet", "{} ft"),
    "WETSUITMM": quantity((3, 5, 7), "a {} mil wetsuit", "a {}mm wetsuit"),
    "SNOWIN": quantity((2, 3, 4, 6, 8), "{} inches of snow", '{}" of snow', smart="{} in. of snow"),
    "DOGWT": quantity((12, 25, 40, 65, 90), "{} pounds", "{} lbs"),
    "RESROOM": quantity((104, 112, 215, 230, 318), "room {}", smart="Room {}"),
    "MBPS": quantity((100, 300, 500, 940), "{} megs", "{} Mbps"),
}
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | OWN | MARKED
