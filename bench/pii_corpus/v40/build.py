"""Write v40's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v40/build.py``.

v40 is a representative held-out half (brief B40): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v40 import distractors, slots, templates

N, SEED = 600, 20_270_109
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v40's lines are a ski resort's rentals desk, a paratransit booking line, a boarding kennel, a college
# financial-aid office, a county jury-duty line, a state boat-registration office, a farm-supply co-op and a
# well-drilling contractor. Against v39's weights (sum 16.95) these sum to 17.45: the name (4.0: every desk
# opens on it, and names keep the 150 floor with over two standard deviations to spare), the spelled name (0.9:
# the FAFSA and the jury list match the exact name), the phone (2.5: paratransit calls the rider before pickup,
# the kennel and the driller call back), the account number (2.6: student, juror, rider, co-op member, kennel
# client, boat owner and Medicare numbers), the birth date (1.9: financial aid, the jury office and paratransit
# verify by it), the e-mail (1.2: aid letters and jury notices go by e-mail), the whole card (0.45: rentals,
# boarding and feed are paid by phone) and the SSN (0.3: the FAFSA) more; the address (2.0), the ZIP (0.6) and
# the last four (1.0) less. The author's weights, set before the first draw; every floor of check.py and its
# expected count from throwaway runs on eight other seeds: README "Draws"
WEIGHTS = {"PERSON": 4.0, "SPELLED": 0.9, "PHONE_NUMBER": 2.5, "ACCOUNT_ID": 2.6, "DATE_OF_BIRTH": 1.9,
           "STREET_ADDRESS": 2.0, "EMAIL_ADDRESS": 1.2, "ZIP_CODE": 0.6, "LAST_FOUR": 1.0,
           "CREDIT_CARD": 0.45, "US_SSN": 0.3}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v40's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v40", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v40's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
