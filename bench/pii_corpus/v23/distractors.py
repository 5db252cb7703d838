"""v23's kept values: the kit's eighteen kinds over v23's own lists and v16's marked kinds (what and why:
``distractor_kit``'s docstring)."""

from __future__ import annotations

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("American", "AA"), ("Southwest", "WN"), ("Spirit", "NK"), ("Frontier", "F9"), ("Hawaiian", "HA"),
            ("Breeze", "MX"), ("Air Canada", "AC")]  # fmt: skip
PRODUCTS = ["iPhone 15", "Pixel 8a", "Ring Doorbell", "Roku Ultra", "Kindle Paperwhite", "Fitbit Charge 6",
            "PlayStation 5", "Shark Navigator", "Instant Pot Duo", "AirPods Pro", "Fire TV Stick",
            "HP DeskJet 2755e"]  # fmt: skip
STATUSES = ["processing", "shipped", "delayed", "awaiting pickup", "cancelled", "delivered"]
AIMODELS = ["llama-3-8b", "gpt-4o-mini", "claude-3-haiku", "gemini-1.5-pro"]

DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | MARKED
