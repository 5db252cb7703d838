"""v25's kept values: the kit's eighteen kinds over v25's own lists and v16's marked kinds (what and why:
``distractor_kit``'s docstring)."""

from __future__ import annotations

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Southwest", "WN"), ("American", "AA"), ("Frontier", "F9"), ("Spirit", "NK"), ("Hawaiian", "HA"),
            ("Breeze", "MX"), ("Air Canada", "AC")]  # fmt: skip
PRODUCTS = ["Pixel 8", "Roku Ultra", "Kindle Paperwhite", "Fire TV Stick", "Ring Doorbell", "eero Pro",
            "Netgear Nighthawk", "Instant Pot", "Keurig K-Mini", "Roomba i3", "HP DeskJet",
            "Sonos One"]  # fmt: skip
STATUSES = ["delayed", "delivered", "processing", "shipped", "backordered", "cancelled"]
AIMODELS = ["llama-3.1-8b", "gpt-4o", "claude-3-haiku", "gemini-1.5-pro"]

DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | MARKED
