"""Values that are **not** personal data, which a redactor must leave alone (v8's and v9's rules, v10's lists).

The label rule, unchanged from v8 and v9: prices, quantities, times, non-birth dates (appointments),
durations, percentages, distances, temperatures, sizes, non-birth years, menu options, flight numbers,
shipment statuses, product models, versions, AI model names, error codes, exits, public roads, store and
aisle numbers, model years and channels are kept; order and tracking numbers are not in the half (the rule
does not name them). v10's products are named for people or places that are also surnames ("Stetson hat",
"Phillips screwdriver", "Kohler toilet"), and its templates without PII use name-words as words ("a will",
"the mark", "frank about", "the gale", "a sterling record").
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx

AIRLINES = [
    ("Frontier", "F9"),
    ("Spirit", "NK"),
    ("Allegiant", "G4"),
    ("Sun Country", "SY"),
    ("Hawaiian", "HA"),
]
PRODUCTS = ["Stetson hat", "Phillips screwdriver", "Kohler toilet", "Moen faucet", "Graco stroller", "Schwinn bike",
            "Dyson purifier", "Cuisinart toaster", "Keurig brewer", "Yeti cooler", "Wellington boots",
            "Jacuzzi tub", "Pixel 8a", "Kindle Scribe", "Fitbit Charge 6", "Maytag dryer"]  # fmt: skip
STATUSES = ["label created", "out for delivery", "held at the depot", "awaiting pickup", "in customs",
            "delayed by weather", "signature required", "refused"]  # fmt: skip
AIMODELS = ["gpt-4.1-mini-2025-04-14", "claude-3-7-sonnet-20250219", "llama-3.1-8b-instruct",
            "gemini-2.0-flash-001", "phi-3-mini-4k-instruct", "nova-2-phonecall"]  # fmt: skip
ROADS = [("Interstate", "I-"), ("Highway", "Hwy "), ("Route", "Rt ")]
ROAD_NUMBERS = [15, 25, 70, 80, 84, 89, 93, 190, 215, 495]
CARS = ["Corolla", "Forester", "Ranger", "Odyssey", "Highlander", "Escape", "Tucson"]

DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    **distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS),
    **distractor_kit.road_and_store_renderers(ROADS, ROAD_NUMBERS, CARS),
}
