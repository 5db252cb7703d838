"""v26's kept values: the kit's eighteen kinds over v26's own lists and v16's marked kinds (what and why:
``distractor_kit``'s docstring)."""

from __future__ import annotations

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Alaska", "AS"), ("Delta", "DL"), ("JetBlue", "B6"), ("Allegiant", "G4"), ("Sun Country", "SY"),
            ("WestJet", "WS"), ("Avelo", "XP")]  # fmt: skip
PRODUCTS = ["iPhone 15", "Galaxy A54", "Apple Watch", "Nest Thermostat", "Peloton Bike", "Fitbit Charge",
            "Moto G", "Chromebook", "Echo Dot", "Wyze Cam", "Canon Pixma", "Xbox Series S"]  # fmt: skip
STATUSES = ["pending", "out for delivery", "on hold", "in transit", "returned", "approved"]
AIMODELS = ["mistral-7b", "gpt-4o-mini", "claude-3-sonnet", "gemma-2-9b"]

DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | MARKED
