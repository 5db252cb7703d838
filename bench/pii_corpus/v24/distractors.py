"""v24's kept values: the kit's eighteen kinds over v24's own lists and v16's marked kinds (what and why:
``distractor_kit``'s docstring)."""

from __future__ import annotations

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Alaska", "AS"), ("JetBlue", "B6"), ("Delta", "DL"), ("United", "UA"), ("Allegiant", "G4"),
            ("Sun Country", "SY"), ("WestJet", "WS")]  # fmt: skip
PRODUCTS = ["Galaxy S24", "Moto G Power", "iPad Air", "Apple Watch SE", "Echo Dot", "Nest Thermostat",
            "Chromecast", "Xbox Series S", "Ninja Air Fryer", "Bose QuietComfort", "Canon PIXMA",
            "Dyson V8"]  # fmt: skip
STATUSES = ["on hold", "out for delivery", "in transit", "ready for pickup", "returned", "pending"]
AIMODELS = ["mistral-7b", "gpt-4.1-mini", "claude-3.5-sonnet", "gemini-2.0-flash"]

DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | MARKED
