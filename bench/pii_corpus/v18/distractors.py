"""v18's kept values: the kit's eighteen kinds over v18's own lists and v16's marked kinds (what and why:
``distractor_kit``'s docstring)."""

from __future__ import annotations

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Alaska", "AS"), ("JetBlue", "B6"), ("Delta", "DL"), ("United", "UA"), ("Allegiant", "G4"),
            ("Sun Country", "SY"), ("Breeze", "MX")]  # fmt: skip
PRODUCTS = ["Galaxy S23", "MacBook Air M2", "Nest Thermostat E", "Dyson V11", "Whirlpool WRF555 fridge",
            "Xbox Series S", "Bose QC45", "Vizio M55 TV", "Instant Pot Duo 7", "Arlo Pro 4 camera",
            "Apple Watch SE", "Netgear Nighthawk R7000"]  # fmt: skip
STATUSES = ["in transit", "on hold", "out for delivery", "backordered", "label created", "refunded"]
AIMODELS = ["gpt-4o", "claude-3-5-sonnet", "gemini-1.5-flash", "mistral-7b"]

DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | MARKED
