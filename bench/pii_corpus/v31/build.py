"""Write v31's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v31/build.py``.

v31 is a representative held-out half (brief B31): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v31 import distractors, slots, templates

N, SEED = 600, 20_261_231
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v31's lines are a ride-share company's driver support line, a fertility clinic, a pet insurer, a concert
# ticketing line, a solar installer, a community college registrar, a home-warranty company and a food bank's
# intake line. Against v30's weights (sum 13.95) these sum to 13.8, so as shares of the draw: the e-mail more
# (+19%: tickets, student logins, claim forms and solar proposals go by e-mail), the ZIP (+12%: ticket buyers'
# billing ZIP, the food bank's service area) and whole cards (+21%: ticket and deductible payments) more; the
# SSN (-28%: only the registrar's aid forms and the driver's tax form ask), the account number (-8%) and the
# birth date (-3%) less; names, spelled names, phone, address and last four at v30's raw weights (1% more as
# shares). The author's weights, set before the first draw. As v30's README did, the balancing draw is taken to
# keep each kind at its share of some 610 entities (v31's templates use the slots as v30's do: 146 PII
# templates, 22 phone templates with the same four {AGAIN}), so the floors of check.py: names 3.85 / 13.8 ->
# 170 (sd 6.4) against 150, addresses 71 (sd 2.5) against 50, birth dates 57 (sd 2) against 40, spoken numeric
# 0.65 of 267 numeric = 174 (sd 8) against 150, spelled surnames 29 against 15, without PII 180 (sd 11) against
# 150, e-mails 44 of which 40.4% Gmail = 18 (sd 3.3) against 8, account IDs 88 of which one in six Medicare = 15
# (sd 3.5) against 6, numbers said twice 11 (sd 3) against 4, "oh" for zero some 50 against 25, a unit in some
# 28 addresses against 10: each by more than two standard deviations
WEIGHTS = {"PERSON": 3.2, "SPELLED": 0.65, "PHONE_NUMBER": 1.9, "ACCOUNT_ID": 2.0, "DATE_OF_BIRTH": 1.3,
           "STREET_ADDRESS": 1.6, "EMAIL_ADDRESS": 1.0, "ZIP_CODE": 0.5, "LAST_FOUR": 1.0,
           "CREDIT_CARD": 0.3, "US_SSN": 0.35}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v31's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v31", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v31's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
