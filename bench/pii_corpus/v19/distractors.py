"""v19's kept values: the kit's eighteen kinds over v19's own lists and v16's marked kinds (what and why:
``distractor_kit``'s docstring)."""

from __future__ import annotations

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("Hawaiian", "HA"), ("Spirit", "NK"), ("Frontier", "F9"), ("Southwest", "WN"), ("American", "AA"),
            ("Avelo", "XP"), ("Air Canada", "AC")]  # fmt: skip
PRODUCTS = ["Pixel 8", "iPad Air", "Ring Video Doorbell 4", "Roku Ultra", "Shark Navigator NV352",
            "Kindle Paperwhite", "Canon PIXMA TR4720", "LG C3 OLED TV", "Keurig K-Elite", "Fitbit Charge 6",
            "Eero 6 router", "GE Profile dishwasher"]  # fmt: skip
STATUSES = ["processing", "shipped", "delayed", "awaiting pickup", "returned to sender", "canceled"]
AIMODELS = ["gpt-4o-mini", "llama-3-8b", "claude-3-haiku", "whisper-large-v3"]

DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | MARKED
