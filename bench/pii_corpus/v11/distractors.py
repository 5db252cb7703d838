"""Values that are **not** personal data, which a redactor must leave alone (v10's rules, v11's lists).

The label rule, unchanged from v8-v10: prices, quantities, times, non-birth dates (appointments), durations,
percentages, distances, temperatures, sizes, non-birth years, menu options, flight numbers, shipment
statuses, product models, versions, AI model names, error codes, exits, public roads, store and aisle
numbers, model years and channels are marked values to keep; order and tracking numbers are not in the half
(the rule does not name them). v11's products carry model numbers that look like IDs ("WH-1000XM5",
"Roomba j7", "HS-2200 sander") or are named for people ("Dickies jacket", "Wrangler jeans"); its templates
without PII name businesses that sound like streets ("the Maple Avenue Diner") and use name-words as words
("a fair shake", "an honest penny").
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx

AIRLINES = [("Alaska", "AS"), ("JetBlue", "B6"), ("Breeze", "MX"), ("Avelo", "XP"), ("Southwest", "WN")]
PRODUCTS = ["WH-1000XM5 headphones", "Roomba j7", "HS-2200 sander", "Galaxy A54", "Series 9 watch",
            "Dickies jacket", "Wrangler jeans", "Carhartt beanie", "Levi's 501", "Instant Pot Duo 7",
            "Ninja AF101 fryer", "Echo Dot 5", "Brita filter", "Vitamix 5200", "iPad Air 13",
            "Kenmore 417 washer"]  # fmt: skip
STATUSES = ["in transit", "at the sorting facility", "returned to sender", "out for redelivery",
            "address needs attention", "picked up", "left at the front desk"]  # fmt: skip
AIMODELS = ["gpt-4.1-nano-2025-04-14", "claude-sonnet-4-20250514", "llama-3.3-70b-instruct", "deepseek-v3",
            "granite-3.1-8b-instruct", "parakeet-tdt-0.6b-v2"]  # fmt: skip
ROADS = [("Loop", "Loop "), ("County Route", "CR "), ("Farm Road", "FR "), ("Spur", "Spur ")]
ROAD_NUMBERS = [12, 20, 33, 49, 71, 101, 202, 360, 610]
CARS = ["Prius", "Crosstrek", "Maverick", "Accord", "Telluride", "Kona", "Frontier"]

DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    **distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS),
    **distractor_kit.road_and_store_renderers(ROADS, ROAD_NUMBERS, CARS),
}
