"""v21's kept values: the kit's eighteen kinds over v21's own lists and v16's marked kinds (what and why:
``distractor_kit``'s docstring)."""

from __future__ import annotations

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("American", "AA"), ("Southwest", "WN"), ("Spirit", "NK"), ("Frontier", "F9"), ("Hawaiian", "HA"),
            ("Breeze", "MX"), ("Air Canada", "AC")]  # fmt: skip
PRODUCTS = ["iPhone 15", "Pixel 8", "Ring Doorbell", "Roku Ultra", "Kindle Paperwhite", "Fire TV Stick",
            "Canon PIXMA TS3520", "LG OLED C3", "Instant Pot Duo", "Fitbit Charge 6",
            "Eero Pro 6", "Keurig K-Mini"]  # fmt: skip
STATUSES = ["processing", "shipped", "delayed", "awaiting pickup", "canceled", "returned"]
AIMODELS = ["claude-3-haiku", "gpt-4o-mini", "llama-3-8b", "phi-3-mini"]

DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | MARKED
