"""Write v25's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v25/build.py``.

v25 is a representative held-out half (brief B25): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v25 import distractors, slots, templates

N, SEED = 600, 20_261_225
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v25's lines are service desks where a caller is looked up before anything changes (a dental office, a cable
# and internet provider, a city water department, an auto insurer's claims line, a veterinary clinic, a
# student-loan servicer, a furniture store's delivery desk, a hotel's reservations line, a clinic's billing
# office, a mail-order pharmacy): the name and the callback number lead, the account, policy or customer number
# next (the number on the bill is the key at cable, water, insurance and loan desks), the service or delivery
# address and the e-mail more than v24 drew them (installs, deliveries, claims and e-billing), the birth date
# and the last four less than v24's pharmacy and credit-union lines, the ZIP as a second check, spelled names a
# little more, whole cards and SSNs least (PCI DSS moves card entry to the keypad; the SSN only at a loan
# servicer). The author's weights, set before the first draw, with every floor of check.py met by the weights'
# shares of some 570 entities (addresses 1.15 / 11.32 = 58 against 50, names 3.3 / 11.32 = 166 against 150,
# birth dates 1.1 / 11.32 = 55 against 40)
WEIGHTS = {"PERSON": 2.7, "SPELLED": 0.6, "PHONE_NUMBER": 1.7, "ACCOUNT_ID": 1.5, "DATE_OF_BIRTH": 1.1,
           "STREET_ADDRESS": 1.15, "EMAIL_ADDRESS": 0.9, "ZIP_CODE": 0.5, "LAST_FOUR": 0.8,
           "CREDIT_CARD": 0.25, "US_SSN": 0.12}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v25's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v25", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v25's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
