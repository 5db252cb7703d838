"""Values that are **not** personal data, which a redactor must leave alone.

Not personal data: what describes a purchase, a booking, a shipment, a product, a place in a queue or the
clock, and does not by itself single out or reach a caller: prices and balances, order quantities, times,
dates that are not a birth date (appointments, due dates), day-of-month, durations, percentages, distances,
temperatures, sizes, years that are not a birth date, menu options, flight numbers, shipment status words
(what a tracking page says), product models, firmware and app versions, AI model names, error codes. Each
renderer returns the text only; ``build.py`` marks it in ``distractors``. The renderers v6 and v7 share are
``distractor_kit``'s, drawing from this half's lists.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v6.slots import Ctx

AIRLINES = [
    ("Frontier", "F9"),
    ("Spirit", "NK"),
    ("Hawaiian", "HA"),
    ("Allegiant", "G4"),
    ("Sun Country", "SY"),
]
PRODUCTS = ["Pixel 8a", "Galaxy A15", "iPhone 13 mini", "Roku Ultra", "Weber Spirit E-310", "Keurig K-Elite",
            "Dyson V8", "Ring Doorbell 4", "Nest E", "Whirlpool WRS325", "Oticon Real 1", "Phonak Lumity 90"]  # fmt: skip
STATUSES = ["label created", "in transit", "out for delivery", "arriving late", "delivery exception",
            "held at facility", "awaiting pickup", "shipment received"]  # fmt: skip
AIMODELS = [
    "gpt-4.1-mini",
    "claude-3-haiku-20240307",
    "llama-3.3-70b",
    "nova-3-phonecall",
    "gemini-2.0-flash",
]


DISTRACTORS: dict[str, Callable[[Ctx], str]] = distractor_kit.renderers(
    AIRLINES, PRODUCTS, STATUSES, AIMODELS
)
