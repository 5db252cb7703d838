"""Values that are **not** personal data, which a redactor must leave alone (v8's rules, v9's lists).

v8's label rule, unchanged: prices, quantities, times, non-birth dates, durations, percentages, distances,
temperatures, sizes, non-birth years, menu options, flight numbers, shipment statuses, product models,
versions, AI model names, error codes, exits, public roads, store and aisle numbers, model years and channels
are kept; order and tracking numbers are not in the half (the rule does not name them). v9's lists lean on
products named for people ("Hamilton Beach blender", "Murphy bed", "Franklin stove") and, in the templates,
English words that are also names used as words ("I hope", "the bill", "a grant", "the rose bush").
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.render_kit import Ctx

AIRLINES = [("Alaska", "AS"), ("JetBlue", "B6"), ("Southwest", "WN"), ("Breeze", "MX"), ("Avelo", "XP")]
PRODUCTS = ["Hamilton Beach blender", "Murphy bed", "Franklin stove", "Jenny Lind crib", "Morris chair",
            "Tiffany lamp", "Adirondack chair", "Bissell vacuum", "Hoover upright", "Weber grill", "Carhartt jacket",
            "Levi's 501", "Sonos Era 100", "Galaxy A15", "Roku Ultra", "Ninja Creami"]  # fmt: skip
STATUSES = ["processing", "shipped", "arriving late", "delivery attempted", "returned to sender", "picked up",
            "on hold", "lost in transit"]  # fmt: skip
AIMODELS = ["gpt-4o-2024-08-06", "claude-3-5-haiku-20241022", "gemini-1.5-pro-002", "mistral-large-2411",
            "qwen2.5-72b-instruct", "whisper-large-v3"]  # fmt: skip
ROADS = [("Interstate", "I-"), ("US Route", "US "), ("State Road", "SR ")]
ROAD_NUMBERS = [5, 10, 35, 40, 64, 75, 81, 95, 287, 410]
CARS = ["Tacoma", "Silverado", "Outback", "Civic", "Wrangler", "Camry", "Sienna"]

DISTRACTORS: dict[str, Callable[[Ctx], str]] = {
    **distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS),
    **distractor_kit.road_and_store_renderers(ROADS, ROAD_NUMBERS, CARS),
}
