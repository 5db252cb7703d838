"""Write v23's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v23/build.py``.

v23 is a representative held-out half (brief B23): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v23 import distractors, slots, templates

N, SEED = 600, 20_261_223
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v23's lines are service lines that key a visit, a delivery or a bill on a place (internet install, water,
# moving, county tax, car rental, hotel): the street address and its ZIP are asked more than v22 drew them, the
# e-mail of an e-bill or a booking a little more, a name spelled a little more (dental and vet charts, claims);
# the callback number and the account, claim, policy or loan number still lead the identifiers, a little below
# v22; birth date and last four as often as a record is checked; whole cards and SSNs least (PCI DSS moves card
# entry to the keypad): the author's weights, set before the first draw
WEIGHTS = {"PERSON": 2.5, "SPELLED": 0.6, "PHONE_NUMBER": 1.5, "ACCOUNT_ID": 1.2, "DATE_OF_BIRTH": 1.0,
           "STREET_ADDRESS": 1.2, "EMAIL_ADDRESS": 0.9, "ZIP_CODE": 0.5, "LAST_FOUR": 0.8,
           "CREDIT_CARD": 0.25, "US_SSN": 0.15}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v23's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v23", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v23's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
