"""v22's kept values: the kit's eighteen kinds over v22's own lists and v16's marked kinds (what and why:
``distractor_kit``'s docstring)."""

from __future__ import annotations

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Delta", "DL"), ("United", "UA"), ("Alaska", "AS"), ("JetBlue", "B6"), ("Sun Country", "SY"),
            ("Allegiant", "G4"), ("WestJet", "WS")]  # fmt: skip
PRODUCTS = ["Galaxy S24", "Moto G Power", "Nest Thermostat", "Apple Watch SE", "iPad Air", "Echo Dot",
            "Xbox Series S", "Dyson V8", "Ninja Air Fryer", "Bose QuietComfort 45", "Chromecast",
            "Brother HL-L2350DW"]  # fmt: skip
STATUSES = ["pending", "in transit", "backordered", "out for delivery", "on hold", "refunded"]
AIMODELS = ["gemini-1.5-flash", "mistral-7b", "claude-3-sonnet", "gpt-4-turbo"]

DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | MARKED
