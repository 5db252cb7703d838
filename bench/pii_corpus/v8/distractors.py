"""Values that are **not** personal data, which a redactor must leave alone.

Not personal data: what describes a purchase, a booking, a shipment, a product, a place in a queue or the
clock, and does not by itself single out or reach a caller: prices and balances, order quantities, times,
dates that are not a birth date (appointments, due dates), day-of-month, durations, percentages, distances,
temperatures, sizes, years that are not a birth date, menu options, flight numbers, shipment status words
(what a tracking page says), product models, firmware and app versions, AI model names, error codes, a highway
exit or a public road, store and aisle numbers, a vehicle's model year, a TV channel (v7's kinds, over new
lists). v8's lists lean on what a name recognizer takes for a person or an address: products named with a
surname or a given name ("Kirkland recliner", "Lincoln Navigator", "Graham cracker", "Marshall speaker") or a
street ("Mill Creek futon"), and, in the templates, towns and streets named for people ("the Lincoln Street
pantry", "the Florence branch"). Each
renderer returns the text only; ``build.py`` marks it in ``distractors``. The renderers v6-v8 share are
``distractor_kit``'s, drawing from this half's lists.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v8.slots import Ctx

AIRLINES = [
    ("Hawaiian", "HA"),
    ("Frontier", "F9"),
    ("Spirit", "NK"),
    ("Sun Country", "SY"),
    ("Allegiant", "G4"),
]
# product names that read like an address or a name: the street-like distractors
PRODUCTS = ["Kirkland recliner", "Lincoln Navigator", "Marshall speaker", "Mill Creek futon", "Ashley Furniture bed",
            "Kenmore washer", "Morgan Hill bunk bed", "Whitney Park bookcase", "Graham Street lamp", "Pixel 9",
            "Kindle Scribe", "Dyson V15", "Instant Pot Duo", "Honda Odyssey"]  # fmt: skip
STATUSES = ["label created", "in transit", "out for delivery", "held at customs", "awaiting carrier pickup",
            "delivered to mailroom", "exception", "rescheduled"]  # fmt: skip
AIMODELS = ["gpt-4.1-mini-2025-04-14", "claude-3-7-sonnet-20250219", "gemini-2.0-flash-001", "llama-3.3-70b",
            "nova-3-medical", "phi-4-mini"]  # fmt: skip
ROADS = [("Interstate", "I-"), ("Route", "Route "), ("Highway", "Hwy ")]


ROAD_NUMBERS = [8, 15, 20, 25, 45, 55, 70, 80, 90, 94]
CARS = ["Corolla", "Ram", "Forester", "Accord", "Explorer", "Odyssey"]


# the kinds v6 had too (distractor_kit, over this half's lists), and v7's (same renderers, v8's lists)
DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    **distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS),
    **distractor_kit.road_and_store_renderers(ROADS, ROAD_NUMBERS, CARS),
}  # fmt: skip
