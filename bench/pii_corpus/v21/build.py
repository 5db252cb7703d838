"""Write v21's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v21/build.py``.

v21 is a representative held-out half (brief B16): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v21 import distractors, slots, templates

N, SEED = 600, 20_261_221
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# a name in most turns that carry data, spelled a little more often than v20 drew it (a spelling follows a name
# the agent cannot place); a callback number most, then the birth date that verifies, then the account ID;
# address; last four a little more than v20 (verification by the last four of an SSN or card); e-mail, ZIP;
# whole cards and SSNs least (PCI DSS moves card entry to the keypad): the author's weights
WEIGHTS = {"PERSON": 2.6, "SPELLED": 0.6, "PHONE_NUMBER": 1.5, "ACCOUNT_ID": 1.0, "DATE_OF_BIRTH": 1.2,
           "STREET_ADDRESS": 1.0, "EMAIL_ADDRESS": 0.7, "ZIP_CODE": 0.45, "LAST_FOUR": 0.8,
           "CREDIT_CARD": 0.25, "US_SSN": 0.25}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v21's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v21", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v21's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
