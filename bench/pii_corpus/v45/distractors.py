"""Values that look like personal data and are not, marked so that redacting them costs preservation (what a
half's kept values are: ``distractor_kit``'s docstring): the kit's eighteen kinds over v45's own airlines,
products, statuses and model names, v16's order, confirmation, tracking and dose renderers (a business's
reference for a transaction or a quantity, not the caller's identifier), imported, and six kinds v45's own
desks hear, numbers that identify nobody, each one draw said in words or as written
(``distractor_kit.quantity``): a hotel room at the lost-and-found desk, inches of a hem at the alterations
shop, hive frames at the beekeeping-supply store, a dog's weight at the mobile vaccination clinic, a garage
level at the campus parking office and a school grade at the sports-physical clinic.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.distractor_kit import quantity
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Hawaiian", "HA"), ("Frontier", "F9"), ("Avelo", "XP"), ("Porter", "PD"), ("Icelandair", "FI"),
            ("Volaris", "Y4")]  # fmt: skip
PRODUCTS = ["bee suit", "smoker", "ten-frame deep box", "queen excluder", "garment bag", "bustle", "parking permit",
            "rabies shot", "donor card", "sports physical", "phone charger", "hive tool"]  # fmt: skip
STATUSES = ["ready for pickup", "being pressed", "in the safe", "voided", "shipped", "awaiting payment"]
AIMODELS = ["gemma-3", "deepseek-v3", "command-r", "granite-3"]

OWN: dict[str, Callable[[Ctx], str]] = {
    "GUESTROOM": quantity((214, 308, 517, 1122), "room {}", smart="Room {}"),
    "HEM": quantity((1, 2, 3), "{} inches off the hem", "{} in. off the hem"),
    "FRAMES": quantity((8, 10), "a {} frame hive", "a {}-frame hive"),
    "PUPLBS": quantity((12, 35, 60, 85), "{} pounds", "{} lbs"),
    "GARAGELVL": quantity((2, 3, 4, 5), "level {}", smart="Level {}"),
    "SCHOOLGRADE": quantity((6, 7, 8, 9), "grade {}", smart="Grade {}"),
}
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | OWN | MARKED
