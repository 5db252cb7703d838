"""Write v22's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v22/build.py``.

v22 is a representative held-out half (brief B22): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v22 import distractors, slots, templates

N, SEED = 600, 20_261_222
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# the identifiers a verification asks for lead: a callback number most, then the account, member or policy
# number (health, insurance, utility and carrier lines key the call on it), then the last four (of an SSN, a
# card or a phone) and the e-mail of the portal login, each a little more than v21 drew them; a name in most
# turns that carry data, spelled a little less often; the birth date and the address as often as a record is
# checked; ZIP; whole cards and SSNs least (PCI DSS moves card entry to the keypad): the author's weights
WEIGHTS = {"PERSON": 2.4, "SPELLED": 0.5, "PHONE_NUMBER": 1.6, "ACCOUNT_ID": 1.3, "DATE_OF_BIRTH": 1.1,
           "STREET_ADDRESS": 1.0, "EMAIL_ADDRESS": 0.8, "ZIP_CODE": 0.4, "LAST_FOUR": 0.9,
           "CREDIT_CARD": 0.3, "US_SSN": 0.2}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v22's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v22", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v22's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
