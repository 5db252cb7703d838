"""v17's kept values: the kit's eighteen kinds over v17's own lists and v16's marked kinds (what and why:
``distractor_kit``'s docstring)."""

from __future__ import annotations

from bench.pii_corpus import distractor_kit
from bench.pii_corpus.v16.distractors import MARKED

AIRLINES = [("United", "UA"), ("Delta", "DL"), ("American", "AA"), ("Southwest", "WN"), ("Spirit", "NK"),
            ("Frontier", "F9"), ("Hawaiian", "HA")]  # fmt: skip
PRODUCTS = ["Pixel 8", "iPad Air", "LG C3 TV", "Roku Ultra", "Ring Doorbell 4", "Kindle Paperwhite",
            "Canon PIXMA TR4720", "Keurig K-Elite", "Shark AV2501", "Eero 6 router", "Fitbit Charge 6",
            "GE GTW465 washer"]  # fmt: skip
STATUSES = ["shipped", "processing", "delayed", "returned to sender", "awaiting pickup", "cancelled"]
AIMODELS = ["claude-3-haiku", "llama-3-8b", "gpt-4o-mini", "whisper-large"]

DISTRACTORS = distractor_kit.renderers(AIRLINES, PRODUCTS, STATUSES, AIMODELS) | MARKED
