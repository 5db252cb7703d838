"""Values that look like personal data and are not, marked so that redacting them costs preservation (what a
half's kept values are: ``distractor_kit``'s docstring): the kit's eighteen kinds over v47's own airlines,
products, statuses and model names, v16's order, confirmation, tracking and dose renderers (a business's
reference for a transaction or a quantity, not the caller's identifier), imported, and six kinds v47's own
desks hear, numbers that identify nobody, each one draw said in words or as written
(``distractor_kit.quantity``): a tire's pressure at the tire shop, an instrument rental's months at the music
store, the roses of a florist's order, a GED subject score at the testing center, the rooms a carpet cleaner does and a
piece's gold karat at the pawn shop.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.distractor_kit import quantity
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Hawaiian", "HA"), ("Frontier", "F9"), ("Avelo", "XP"), ("Porter", "PD"), ("Icelandair", "FI"),
            ("Copa", "CM")]  # fmt: skip
PRODUCTS = ["all-season tire", "spare tire", "student violin", "trumpet", "rose bouquet", "sympathy wreath",
            "stain treatment", "area rug cleaning", "gold chain", "pawn loan", "scratch ticket",
            "GED practice test"]  # fmt: skip
STATUSES = ["ready for pickup", "in the shop", "delivered", "forfeited", "approved", "out for delivery"]
AIMODELS = ["gemma-2", "claude-haiku", "gpt-4o-mini", "command-r"]

OWN: dict[str, Callable[[Ctx], str]] = {
    "TIREPSI": quantity((30, 32, 35, 36, 44), "{} psi", smart="{} PSI"),
    "RENTMO": quantity((3, 6, 9, 12), "a {} month rental", "a {}-month rental"),
    "STEMS": quantity((6, 12, 18, 24), "{} roses"),
    "GEDSCORE": quantity((145, 152, 160, 171), "a {}"),
    "CARPETRM": quantity((2, 3, 4, 5), "{} rooms"),
    "KARAT": quantity((10, 14, 18, 22), "{} karat", "{}K"),
}
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | OWN | MARKED
