"""Values that look like personal data and are not, marked so that redacting them costs preservation (what a
half's kept values are: ``distractor_kit``'s docstring): the kit's eighteen kinds over v49's own airlines,
products, statuses and model names, v16's order, confirmation, tracking and dose renderers (a business's
reference for a transaction or a quantity, not the caller's identifier), imported, and six kinds v49's own
desks hear, numbers that identify nobody, each one draw said in words or as written
(``distractor_kit.quantity``): a seat at the theatre box office, the players of a group at the escape-room venue, a
machine's number at the vending-machine refund line, yards of fabric at the upholstery shop, the flights of
stairs at the piano mover and the hours of an interpreting assignment at the interpreter agency.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.distractor_kit import quantity
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Hawaiian", "HA"), ("Avelo", "XP"), ("Porter", "PD"), ("Icelandair", "FI"), ("Contour", "LF"),
            ("Silver Airways", "3M")]  # fmt: skip
PRODUCTS = ["season subscription", "matinee ticket", "private room", "gift voucher", "snack machine",
            "coin changer", "recliner cushion", "boat seat", "piano dolly", "climate storage", "sunrise flight",
            "exemption form"]  # fmt: skip
STATUSES = ["approved", "under review", "packed", "mailed", "waitlisted", "confirmed"]
AIMODELS = ["gemma-2", "command-r", "granite-3", "olmo-2"]

OWN: dict[str, Callable[[Ctx], str]] = {
    "SEATNO": quantity((4, 11, 17, 22, 108), "seat {}", smart="Seat {}"),
    "PLAYERS": quantity((3, 4, 6, 8), "{} players"),
    "MACHINE": quantity((12, 37, 104, 215), "machine {}", smart="Machine {}"),
    "YARDS": quantity((3, 6, 8, 12), "{} yards of fabric", "{} yd of fabric"),
    "STAIRS": quantity((1, 2, 3, 4), "{} flights of stairs"),
    "INTERPHRS": quantity((2, 3, 4, 8), "a {} hour assignment", "a {}-hour assignment"),
}
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | OWN | MARKED
