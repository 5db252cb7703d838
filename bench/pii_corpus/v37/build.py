"""Write v37's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v37/build.py``.

v37 is a representative held-out half (brief B37) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v37's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v37 import distractors, slots, templates

N, SEED = 600, 20_270_106
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# WEIGHTS_COMMENT
WEIGHTS = {"PERSON": 3.7, "SPELLED": 0.75, "PHONE_NUMBER": 2.4, "ACCOUNT_ID": 2.3, "DATE_OF_BIRTH": 1.6,
           "STREET_ADDRESS": 1.9, "EMAIL_ADDRESS": 1.05, "ZIP_CODE": 0.5, "LAST_FOUR": 0.9,
           "CREDIT_CARD": 0.5, "US_SSN": 0.75}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v37's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v37", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v37's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
