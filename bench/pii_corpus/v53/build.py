"""Write v53's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v53/build.py``.

v53 is a representative held-out half (brief B53) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v53's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v53 import distractors, slots, templates

N, SEED = 600, 20_270_122
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v53's lines are a community pool's swim-lesson desk, a tuxedo rental shop, a county weights-and-measures office,
# a hospital's chaplaincy line, a bus charter company and a hearing-loop installer. The name leads (4.7: every
# desk, and the chaplaincy line, the pool and the tux shop name a patient, a child or a groom besides the caller),
# then the phone (3.1: a chaplain calls back, a driver texts, a fitting is confirmed by phone), the account number
# (2.7: pool membership, hospital patient and record numbers, a charter customer account, a scale owner's device
# licence; above v51's 2.4 so the Medicare floor clears by two sd), the address (2.2: a bus pickup, an install
# site, a pump's station, a billing address), the e-mail (1.9: charter quotes, loop proposals, inspection
# reports), the birth date (1.5: a swimmer's age group, a patient's wristband), the last four (1.2: lesson fees,
# a deposit), the spelled name (0.65: a charter contract, a patient's chart), the ZIP (0.6: a bus's service
# area), the whole card (0.6: tux and bus deposits) and the SSN (0.3: a device-licence application). The author's
# weights, set before the first draw; every floor of check.py and its expected count from throwaway runs on
# other seeds: README "Draws"
WEIGHTS = {"PERSON": 4.7, "SPELLED": 0.65, "PHONE_NUMBER": 3.1, "ACCOUNT_ID": 2.7, "DATE_OF_BIRTH": 1.5,
           "STREET_ADDRESS": 2.2, "EMAIL_ADDRESS": 1.9, "ZIP_CODE": 0.6, "LAST_FOUR": 1.2,
           "CREDIT_CARD": 0.6, "US_SSN": 0.3}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v53's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v53", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v53's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
