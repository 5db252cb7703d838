"""Write v37's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v37/build.py``.

v37 is a representative held-out half (brief B37): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v37 import distractors, slots, templates

N, SEED = 600, 20_270_106
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v37's lines are a children's hospital scheduling line, a lawn-care service, a state unemployment office, an
# appliance-repair dispatcher, a dermatology practice, a gym chain's cancellations desk, a parking-permit office
# and a plumbing contractor. Against v36's weights (sum 15.35) these sum to 16.35: names (3.7: a child patient
# and a parent, a claimant and a former employer's contact, co-holders of a gym account) and spelled names
# (0.75: a chart and a benefit claim carry the exact name), the phone (2.4: the dispatcher, the plumber and the
# lawn crew call back), the account number (2.3: medical record and insurance IDs, claim IDs, permit, gym-member
# and work-order numbers), the birth date (1.6: the hospital, the dermatologist and the unemployment office
# verify by it), the address (1.9: service visits and the permit address), the e-mail (1.05), the whole card
# (0.5) and the SSN (0.75: an unemployment claim is filed under it) more; the ZIP (0.5) and the last four (0.9)
# less. The author's weights, set before the first draw. Throwaway runs of this builder over v37's templates
# with 100 seeds that are not this one (no file written) gave, mean (sd) against each floor of check.py:
# entities 609 (18) within 520-720, names 165 (5.0) against 150, addresses 70.2 (2.0) against 50, spoken
# numeric 178 (7.1) against 150, without PII 180 (9.6) against 150, birth dates 59.5 (1.8) against 40, "oh"
# for zero 61 (6.7) against 25, spelled surnames 28 (0.9) against 15, a unit 29 (4.1) against 10, Gmail 15.5
# (3.2) against 8, Medicare IDs 14.7 (3.7) against 6, phone numbers said twice 12.6 (2.8) against 4: each
# clears by two sd or more (README "Draws": the spoken-numeric figure was recounted after the draw)
WEIGHTS = {"PERSON": 3.7, "SPELLED": 0.75, "PHONE_NUMBER": 2.4, "ACCOUNT_ID": 2.3, "DATE_OF_BIRTH": 1.6,
           "STREET_ADDRESS": 1.9, "EMAIL_ADDRESS": 1.05, "ZIP_CODE": 0.5, "LAST_FOUR": 0.9,
           "CREDIT_CARD": 0.5, "US_SSN": 0.75}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v37's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v37", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v37's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
