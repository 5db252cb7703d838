"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v38's own airlines, products, statuses and model names; v16's order, confirmation,
tracking and dose renderers (a business's reference for a transaction or a quantity, not the caller's
identifier), reused, not copied; and six kinds v38's own desks hear, numbers that identify nobody: a boat slip's
length in feet at the marina, a charger's kilowatts at the EV charging network, a laundry bag's pounds at the
laundromat's pickup service, a guest count at the wedding venue, hours slept a night at the sleep clinic and a
lesson's minutes at the music school, each one draw said in words or as written (``distractor_kit.quantity``).
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.distractor_kit import quantity
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Sun Country", "SY"), ("Breeze", "MX"), ("Porter", "PD"), ("Aer Lingus", "EI"), ("Volaris", "Y4"),
            ("Hawaiian", "HA")]  # fmt: skip
PRODUCTS = ["charging cable", "charging card", "dock box", "shore power cord", "laundry bag", "garment bag",
            "CPAP mask", "sleep study kit", "hospital bed", "violin", "rental cello", "dance floor"]  # fmt: skip
STATUSES = ["scheduled", "out for pickup", "waitlisted", "refunded", "under review", "ready"]
AIMODELS = ["llama-3.1", "gemini-flash", "claude-haiku", "phi-3"]
OWN: dict[str, Callable[[Ctx], str]] = {
    "SLIPFT": quantity(
        (20, 24, 28, 30, 36, 40, 45), "a {} foot slip", "a {}' slip"
    ),  # a marina slip's length
    "KILOWATT": quantity(
        (7, 11, 19, 50, 150, 350), "the {} kilowatt charger", "the {} kW charger"
    ),  # EV charger
    "POUNDS": quantity((10, 12, 15, 20, 25, 30), "{} pounds", "{} lbs"),  # a laundry pickup bag's weight
    "GUESTS": quantity((40, 75, 90, 120, 150, 200), "{} guests"),  # a wedding's head count
    "SLEEPHRS": quantity((3, 4, 5, 6), "maybe {} hours", "maybe {} hrs"),  # hours slept a night
    "LESSONMIN": quantity((30, 45, 60), "{} minute lessons", "{}-minute lessons"),  # a music lesson's length
}
DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | OWN | MARKED
