"""Write v27's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v27/build.py``.

v27 is a representative held-out half (brief B27): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v27 import distractors, slots, templates

N, SEED = 600, 20_261_227
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v27's lines are a bank's card services, a dental office, an airline's loyalty desk, a city's water utility, a
# student-loan servicer, an auto insurer's claims line and a vet clinic: the name leads and is spelled more
# than v26 spelled it (the loyalty desk matches the name on a ticket letter by letter), the callback number
# more (the dental office, the vet and the claims line call back), the service address more (the water utility
# keys on it, the claims line asks where it happened), the e-mail more (itineraries, claim forms), the ZIP a
# little more (card services check the billing ZIP), the SSN more (the student-loan servicer verifies with it);
# the birth date and the last four less than v26 drew them (no health plan or fraud line here), whole cards rare
# (PCI DSS moves card entry to the keypad). The author's weights, set before the first draw, with every floor of
# check.py met by the weights' shares of some 590 entities (addresses 1.3 / 12.15 = 63 against 50, names
# 3.55 / 12.15 = 172 against 150, birth dates 1.2 / 12.15 = 58 against 40, spoken numeric about 0.66 of
# 5.3 / 12.15 = 170 against 150)
WEIGHTS = {"PERSON": 2.9, "SPELLED": 0.65, "PHONE_NUMBER": 1.75, "ACCOUNT_ID": 1.6, "DATE_OF_BIRTH": 1.2,
           "STREET_ADDRESS": 1.3, "EMAIL_ADDRESS": 0.8, "ZIP_CODE": 0.5, "LAST_FOUR": 0.95,
           "CREDIT_CARD": 0.2, "US_SSN": 0.3}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v27's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v27", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v27's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
