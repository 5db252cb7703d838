"""Values that look like personal data and are not, marked so that redacting them costs preservation (what a
half's kept values are: ``distractor_kit``'s docstring): the kit's eighteen kinds over v46's own airlines,
products, statuses and model names, v16's order, confirmation, tracking and dose renderers (a business's
reference for a transaction or a quantity, not the caller's identifier), imported, and six kinds v46's own
desks hear, numbers that identify nobody, each one draw said in words or as written
(``distractor_kit.quantity``): a radon reading in picocuries per litre at the radon-testing company, a booth
number at the county fair's vendor office, a trailer's length on the harbor ferry's reservations line, a
karate rank in kyu at the dojo, gallons of heating oil at the fuel co-op and an aide's weekly hours at the
home-health agency.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.distractor_kit import quantity
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Sun Country", "SY"), ("Breeze", "MX"), ("Aer Lingus", "EI"), ("Icelandair", "FI"),
            ("Volaris", "Y4"), ("WestJet", "WS")]  # fmt: skip
PRODUCTS = ["radon kit", "mitigation fan", "vendor permit", "booth tent", "ferry pass", "car deck spot",
            "home study packet", "records request", "gi uniform", "sparring gear", "oil delivery",
            "budget plan"]  # fmt: skip
STATUSES = ["scheduled", "processed", "on standby", "pending review", "delivered", "approved"]
AIMODELS = ["mistral-large", "llama-4", "phi-4", "qwen-3"]

OWN: dict[str, Callable[[Ctx], str]] = {
    "PCIL": quantity((2, 4, 6, 9, 12), "{} picocuries", "{} pCi/L"),
    "BOOTHNO": quantity((14, 27, 48, 112, 205), "booth {}", smart="Booth {}"),
    "TRAILERFT": quantity((16, 20, 24, 30), "a {} foot trailer", "a {}-ft trailer"),
    "KYU": quantity((3, 5, 7, 9), "rank {} kyu"),
    "OILGAL": quantity((100, 150, 200, 275), "{} gallons", "{} gal"),
    "AIDEHRS": quantity((12, 20, 25, 40), "{} hours a week", "{} hrs a week"),
}
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | OWN | MARKED
