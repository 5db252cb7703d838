"""Values that are **not** personal data, which a redactor must leave alone.

Not personal data: what describes a purchase, a booking, a shipment, a product, a place in a queue or the
clock, and does not by itself single out or reach a caller: prices and balances, order quantities, times,
dates that are not a birth date (appointments, due dates), day-of-month, durations, percentages, distances,
temperatures, sizes, years that are not a birth date, menu options, flight numbers, shipment status words
(what a tracking page says), product models, firmware and app versions, AI model names, error codes; and new
in v7, values shaped like a caller's data that are not: products named like streets ("Pine Ridge sectional",
"Hampton Bay fan"), a highway exit or a public road ("exit forty two", "Interstate 35"), store and aisle
numbers, a vehicle's model year, a TV channel. Each
renderer returns the text only; ``build.py`` marks it in ``distractors``. The renderers v6 and v7 share are
``distractor_kit``'s, drawing from this half's lists.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v7.slots import Ctx

AIRLINES = [("Alaska", "AS"), ("Southwest", "WN"), ("Breeze", "MX"), ("Avelo", "XP"), ("JetBlue", "B6")]
# product names that read like an address or a name: the street-like distractors
PRODUCTS = ["Pine Ridge sectional", "Hampton Bay ceiling fan", "Oak Creek recliner", "Willow Lane crib",
            "Harbor Point grill", "Forest Hills mattress", "Summit Drive treadmill", "Galaxy S24", "Moto G Power",
            "Traeger Pro 575", "Ninja Foodi", "Bissell 2252", "Chevy Trailblazer", "Ford Maverick"]  # fmt: skip
STATUSES = ["pre-transit", "departed facility", "arrived at hub", "on the truck", "delivery attempted",
            "return to sender", "ready for pickup", "signed for"]  # fmt: skip
AIMODELS = ["gpt-4o-2024-08-06", "claude-3-5-sonnet-20241022", "mistral-small-2409", "nova-2-phonecall",
            "whisper-large-v3", "qwen2.5-7b-instruct"]  # fmt: skip
ROADS = [("Interstate", "I-"), ("Route", "Route "), ("Loop", "Loop ")]


ROAD_NUMBERS = [5, 10, 35, 40, 66, 75, 95, 285, 410, 610]
CARS = ["Camry", "Silverado", "Outback", "Civic", "Tahoe", "Sienna"]


# the kinds v6 had too (distractor_kit, over this half's lists), and v7's new ones
DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    **distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS),
    **distractor_kit.road_and_store_renderers(ROADS, ROAD_NUMBERS, CARS),
}  # fmt: skip
