"""Write v39's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v39/build.py``.

v39 is a representative held-out half (brief B39): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v39 import distractors, slots, templates

N, SEED = 600, 20_270_108
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v39's lines are a kidney dialysis center, a commuter-rail lost-and-found, a window-cleaning company, a chimney
# sweep, a county voter-registration office, a tree-service company, a clinical lab's patient service center and
# a vehicle emissions-testing station. Against v38's weights (sum 16.25) these sum to 16.95: the name (3.9) and
# the spelled name (0.8: the voter roll and the lab's specimen label must match the exact name), the birth date
# (1.8: the dialysis center, the lab and the voter office verify by it), the address (2.2: four of the eight
# desks send a crew or a ballot to it), the ZIP (0.7: service areas and polling places are found by it) and the
# last four (1.2: a voter registration takes the last four of the SSN when there is no driver's licence number)
# more; the phone (2.3), the account number (2.3: patient, insurance, Medicare, voter, rail and customer numbers),
# the whole card (0.4: the trades take payment on site, the clinics bill insurance) and the SSN (0.25) less; the
# e-mail (1.1) as v38. The author's weights, set before the first draw; every floor of check.py and its expected
# count from throwaway runs on other seeds: README "Draws"
WEIGHTS = {"PERSON": 3.9, "SPELLED": 0.8, "PHONE_NUMBER": 2.3, "ACCOUNT_ID": 2.3, "DATE_OF_BIRTH": 1.8,
           "STREET_ADDRESS": 2.2, "EMAIL_ADDRESS": 1.1, "ZIP_CODE": 0.7, "LAST_FOUR": 1.2,
           "CREDIT_CARD": 0.4, "US_SSN": 0.25}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v39's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v39", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v39's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
