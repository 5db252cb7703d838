"""Write v26's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v26/build.py``.

v26 is a representative held-out half (brief B26): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v26 import distractors, slots, templates

N, SEED = 600, 20_261_226
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v26's lines are desks that check who is calling before they read out or change anything (a health plan's
# member services, an electric utility, a card issuer's fraud line, a wireless carrier, a pediatric clinic, a car
# dealer's service desk, a property manager's office, a tax preparer, a gym's membership desk, a moving
# company): the name leads, then the callback number and the member, account or policy number (the health
# plan, utility and carrier key), the birth date and the last four more than v25 drew them (the health plan,
# the pediatric clinic and the card issuer verify with them), the e-mail, ZIP and spelled names a little less,
# whole cards and SSNs rare (PCI DSS moves card entry to the keypad; the SSN at the tax preparer). The author's
# weights, set before the first draw, with every floor of check.py met by the weights' shares of some 570
# entities (addresses 1.2 / 11.6 = 59 against 50, names 3.35 / 11.6 = 165 against 150, birth dates
# 1.3 / 11.6 = 64 against 40)
WEIGHTS = {"PERSON": 2.8, "SPELLED": 0.55, "PHONE_NUMBER": 1.6, "ACCOUNT_ID": 1.6, "DATE_OF_BIRTH": 1.3,
           "STREET_ADDRESS": 1.2, "EMAIL_ADDRESS": 0.75, "ZIP_CODE": 0.45, "LAST_FOUR": 1.0,
           "CREDIT_CARD": 0.2, "US_SSN": 0.15}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v26's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v26", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v26's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
