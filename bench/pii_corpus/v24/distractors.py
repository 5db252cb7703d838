"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v24's own airlines, products, statuses and model names, and v16's order,
confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not the
caller's identifier), reused, not copied.
"""

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
