"""Values that look like personal data and are not, marked so that redacting them costs preservation (what a
half's kept values are: ``distractor_kit``'s docstring): the kit's eighteen kinds over v41's own airlines,
products, statuses and model names, v16's order, confirmation, tracking and dose renderers (a business's
reference for a transaction or a quantity, not the caller's identifier), imported, and six kinds v41's own
desks hear, numbers that identify nobody, each one draw said in words or as written
(``distractor_kit.quantity``): a piano's pitch at the piano tuner, a campsite number at the state-park
reservations line, a transcript's page count at the court-reporting firm, an allergy-serum vial number at the
allergy clinic, a crack's length at the auto-glass shop and cans of formula at the WIC office.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.distractor_kit import quantity
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Hawaiian", "HA"), ("Spirit", "NK"), ("Iberia", "IB"), ("Avelo", "XP"), ("Lufthansa", "LH"),
            ("Flair", "F8")]  # fmt: skip
PRODUCTS = ["shingles shot", "flu shot", "piano bench", "damper pedal", "tent pad", "firewood bundle",
            "windshield", "wiper blades", "deposition transcript", "exhibit binder", "serum kit",
            "formula"]  # fmt: skip
STATUSES = ["confirmed", "under review", "shipped", "cancelled", "ready", "on order"]
AIMODELS = ["granite-3", "olmo-2", "deepseek-v3", "gemma-2"]

OWN: dict[str, Callable[[Ctx], str]] = {
    "HERTZ": quantity((415, 432, 440, 442), "tuned to {} hertz", "tuned to {} Hz"),
    "CAMPSITE": quantity((7, 14, 23, 38, 51, 66), "campsite {}", smart="Site {}"),
    "PAGES": quantity((40, 85, 120, 210, 350), "about {} pages", "about {} pp."),
    "VIAL": quantity((1, 2, 3, 4), "vial number {}", "vial #{}"),
    "CRACKIN": quantity((3, 6, 9, 12), "a {} inch crack", "a {}-inch crack"),
    "CANS": quantity((4, 6, 9, 12), "{} cans of formula"),
}
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | OWN | MARKED
