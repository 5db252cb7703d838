"""v20's kept values: the kit's eighteen kinds over v20's own lists and v16's marked kinds (what and why:
``distractor_kit``'s docstring)."""

from __future__ import annotations

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Delta", "DL"), ("United", "UA"), ("JetBlue", "B6"), ("Alaska", "AS"), ("Allegiant", "G4"),
            ("Sun Country", "SY"), ("WestJet", "WS")]  # fmt: skip
PRODUCTS = ["Galaxy S23", "MacBook Air", "Nest Thermostat", "Apple TV 4K", "Dyson V8", "Echo Dot",
            "HP DeskJet 2755e", "Samsung Frame TV", "Ninja Air Fryer", "Garmin Forerunner 55",
            "Netgear Orbi", "Whirlpool washer"]  # fmt: skip
STATUSES = ["pending", "in transit", "on hold", "out for delivery", "backordered", "refunded"]
AIMODELS = ["gpt-4o", "mistral-7b", "gemini-1.5-flash", "llama-3.1-70b"]

DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | MARKED
