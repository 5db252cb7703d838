"""Write v32's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v32/build.py``.

v32 is a representative held-out half (brief B32): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v32 import distractors, slots, templates

N, SEED = 600, 20_270_101
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v32's lines are a hearing-aid clinic, a car-loan lender's collections desk, a moving-truck rental, a
# senior-living community's admissions office, a county court clerk, a propane delivery company, a cruise line's
# booking desk and a credit bureau's dispute line. Against v31's weights (sum 13.8) these sum to 14.1, so as
# shares of the draw: the birth date (+11%: the hearing clinic's Medicare patients, admissions, the clerk's case
# look-up and the bureau all verify by it), the address (+4%: propane and truck drop-offs, disputed addresses on
# a credit report), the SSN (+40%: the bureau's dispute and freeze, the lender's hardship file) and the spelled
# name (+5%: court records and cruise manifests must match a passport or docket) more; the phone (-7%), the
# e-mail (-17%: older callers at the clinic, admissions and propane) and the ZIP (-12%) less; names 3% more,
# account number, last four and whole card at v31's raw weights (2% less as shares). The author's weights, set
# before the first draw. v32's templates use the slots as v31's do (146 PII templates, 22 phone templates with
# the same four {AGAIN}), so scaling v31's printed mix (634 entities) by each share ratio, the floors of
# check.py: names 177 (sd 11) against 150, addresses 76 (sd 8) against 50, birth dates 68 (sd 8) against 40,
# spoken numeric some 175 (sd 8) against 150, spelled surnames 32 against 15, without PII 172 (sd 11, v17's
# share, no weight moves it) against 150, e-mails 38 of which 40% Gmail = 15 (sd 3.1) against 8, account IDs 90
# of which one in six Medicare = 15 (sd 3.5) against 6, numbers said twice 10 (sd 3) against 4, "oh" for zero
# some 52 against 25, a unit in some 31 addresses against 10, entities some 630 within 520-720: each by more
# than two standard deviations
WEIGHTS = {"PERSON": 3.3, "SPELLED": 0.7, "PHONE_NUMBER": 1.8, "ACCOUNT_ID": 2.0, "DATE_OF_BIRTH": 1.5,
           "STREET_ADDRESS": 1.7, "EMAIL_ADDRESS": 0.85, "ZIP_CODE": 0.45, "LAST_FOUR": 1.0,
           "CREDIT_CARD": 0.3, "US_SSN": 0.5}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v32's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v32", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v32's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
