"""Write v54's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v54/build.py``.

v54 is a representative held-out half (brief B54) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v54's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v54 import distractors, slots, templates

N, SEED = 600, 20_270_123
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v54's lines are a church-organ tuner, a roller rink's party bookings, an orthopedic brace fitter, a grain
# elevator's scale house, a hospital infusion center's scheduling line and a lumber yard's contractor desk. The
# name leads (4.8: every desk, and the rink, the infusion line and the organ tuner name a child, a patient or an
# organist besides the caller), then the phone (3.0: a tuner calls ahead, a driver texts, a fitter calls when the
# brace is in), the account number (3.2: brace and infusion patient numbers, insurance member IDs, a grower's
# patron account, a contractor's charge account; 2.8 left the Medicare floor 1.9 sd clear in 40 throwaway
# runs on other seeds, so 3.2 before the first draw), the
# address (2.1: a jobsite, a church, a farm, a billing address), the e-mail (1.8: tuning estimates, settlement
# sheets, lumber quotes), the birth date (1.6: a patient's chart and a birthday child's age), the last four
# (1.1: party deposits, tuning bills), the spelled name (0.7: a patient's chart, scale tickets), the ZIP (0.7: a
# lumber delivery area), the whole card (0.55: party deposits, lumber) and the SSN (0.25: a grower's patron form).
# The author's weights, set before the first draw; every floor of check.py and its expected count from throwaway
# runs on other seeds: README "Draws"
WEIGHTS = {"PERSON": 4.8, "SPELLED": 0.7, "PHONE_NUMBER": 3.0, "ACCOUNT_ID": 3.2, "DATE_OF_BIRTH": 1.6,
           "STREET_ADDRESS": 2.1, "EMAIL_ADDRESS": 1.8, "ZIP_CODE": 0.7, "LAST_FOUR": 1.1,
           "CREDIT_CARD": 0.55, "US_SSN": 0.25}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v54's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v54", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v54's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
