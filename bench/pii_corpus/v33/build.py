"""Write v33's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v33/build.py``.

v33 is a representative held-out half (brief B33): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v33 import distractors, slots, templates

N, SEED = 600, 20_270_102
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v33's lines are a children's hospital scheduling line, a lawn-care service, a state unemployment office, an
# appliance-repair dispatcher, a dermatology practice, a gym chain's cancellations desk, a parking-permit office
# and a plumbing contractor. Against v32's weights (sum 14.1) these sum to 13.95: names more (3.4: the children's
# hospital hears the parent's and the child's), the e-mail (0.95: the gym's cancellation receipt, the claim
# portal) and the last four (1.1: the gym's dues card) more; the account number (1.9), the birth date (1.3: only
# the hospital and the dermatologist verify by it), the address (1.6) and the SSN (0.45: the unemployment office
# alone) less; spelled names, phone, ZIP and whole card at v32's weights. The author's weights, set before the
# first draw. The balancing draw (build_kit) holds each kind at its weight's share of the entities drawn, and
# v26-v32 drew 575-641 entities (v32 582); at a low 560 the floors of check.py read: names 4.1 / 13.95 = 165
# against 150, addresses 64 against 50, birth dates 52 against 40, spoken numeric 6.0 / 13.95 x 560 x 0.66 (v17's
# words share, as v32 printed it) = 158 against 150, spelled surnames 28 against 15, without PII some 200 (v17's
# share) against 150, e-mails 38 of which some 35-40% Gmail = 14 (sd 3) against 8, account IDs 76 of which one
# in six Medicare = 13 (sd 3.3) against 6, numbers said twice some 10 (sd 3) against 4, "oh" for zero some 55
# against 25, a unit in 40% of 64 addresses = 26 against 10, entities within 520-720
WEIGHTS = {"PERSON": 3.4, "SPELLED": 0.7, "PHONE_NUMBER": 1.8, "ACCOUNT_ID": 1.9, "DATE_OF_BIRTH": 1.3,
           "STREET_ADDRESS": 1.6, "EMAIL_ADDRESS": 0.95, "ZIP_CODE": 0.45, "LAST_FOUR": 1.1,
           "CREDIT_CARD": 0.3, "US_SSN": 0.45}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v33's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v33", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v33's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
