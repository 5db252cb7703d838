"""Values that look like personal data and are not, marked so that redacting them costs preservation (what a
half's kept values are: ``distractor_kit``'s docstring): the kit's eighteen kinds over v43's own airlines,
products, statuses and model names, v16's order, confirmation, tracking and dose renderers (a business's
reference for a transaction or a quantity, not the caller's identifier), imported, and six kinds v43's own
desks hear, numbers that identify nobody, each one draw said in words or as written
(``distractor_kit.quantity``): a prosthetic sock's ply at the prosthetics clinic, a shooting lane at the gun
range, the holes of a round at the golf course, a contract's weeks at the travel-nurse agency, a tank's gallons
at the water-heater installer and the bags of an order at the food-delivery courier line.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.distractor_kit import quantity
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Alaska", "AS"), ("Sun Country", "SY"), ("Breeze", "MX"), ("Aer Lingus", "EI"),
            ("Allegiant", "G4"), ("WestJet", "WS")]  # fmt: skip
PRODUCTS = ["socket liner", "prosthetic foot", "range pass", "ear muffs", "burrito bowl", "family meal",
            "tee time", "golf cart", "tankless heater", "expansion tank", "certified deed copy",
            "scrub set"]  # fmt: skip
STATUSES = ["scheduled", "pending", "out for delivery", "recorded", "on hold", "filled"]
AIMODELS = ["mistral-large", "phi-4", "qwen-2.5", "llama-3.3"]

OWN: dict[str, Callable[[Ctx], str]] = {
    "SOCKPLY": quantity((1, 3, 5, 6), "a {} ply sock", "a {}-ply sock"),
    "LANE": quantity((2, 5, 8, 11, 14), "lane {}", smart="Lane {}"),
    "HOLES": quantity((9, 18, 27), "{} holes"),
    "CONTRACTWK": quantity((8, 13, 26), "a {} week contract", "a {}-week contract"),
    "TANKGAL": quantity((30, 40, 50, 75), "a {} gallon tank", "a {}-gal tank"),
    "BAGS": quantity((2, 3, 4, 6), "{} bags"),
}
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | OWN | MARKED
