"""Values that look like personal data and are not, marked so that redacting them costs preservation: the
kit's eighteen kinds over v25's own airlines, products, statuses and model names, and v16's order,
confirmation, tracking and dose renderers (a business's reference for a transaction or a quantity, not the
caller's identifier), reused, not copied.
"""

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
