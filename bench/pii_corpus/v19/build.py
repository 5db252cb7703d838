"""Write v19's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v19/build.py``.

v19 is a representative held-out half (brief B14): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v19 import distractors, slots, templates

N, SEED = 600, 20_261_219
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# a name in most turns that carry data; a callback number and an account ID to find the record; birth date and
# address to verify; last four, e-mail, ZIP; whole cards and SSNs least (PCI DSS moves card entry to the keypad)
WEIGHTS = {"PERSON": 2.8, "SPELLED": 0.5, "PHONE_NUMBER": 1.4, "ACCOUNT_ID": 1.2, "DATE_OF_BIRTH": 1.1,
           "STREET_ADDRESS": 1.1, "EMAIL_ADDRESS": 0.6, "ZIP_CODE": 0.5, "LAST_FOUR": 0.7,
           "CREDIT_CARD": 0.3, "US_SSN": 0.3}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v19's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v19", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v19's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
