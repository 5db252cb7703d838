"""Write v52's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v52/build.py``.

v52 is a representative held-out half (brief B52) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v52's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v52 import distractors, slots, templates

N, SEED = 600, 20_270_121
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v52's lines are a roll-off dumpster rental company, a hospital's financial-assistance office, a rent-to-own
# store, a urology practice and a taxi company's dispatch and lost-item line. The name leads (4.7: every desk, and
# the hospital, the urology practice and the taxi line name a patient, a guarantor, a driver or a rider besides
# the caller), then the phone (2.9: a cab is dispatched to a callback number, a dumpster driver calls ahead), the
# account number (2.5: patient account and medical record numbers, Medicaid and insurance IDs, a rent-to-own
# customer number, a taxi-voucher rider ID; at least 2.2 so the Medicare floor clears by two sd), the address
# (2.3: a dumpster is dropped at it, a cab picks up at it, furniture is delivered to it, an assistance decision is
# mailed to it), the birth date (1.6: hospital and urology verification), the e-mail (1.4: invoices, portal,
# receipts), the last four (1.2: rent-to-own autopay, a dumpster deposit), the spelled name (0.65), the ZIP
# (0.55: a hauler's service area), the SSN (0.5: financial-assistance applications ask for it) and the whole card
# (0.45). The author's weights, set before the first draw; every floor of check.py and its expected count from
# throwaway runs on other seeds: README "Draws"
WEIGHTS = {"PERSON": 4.7, "SPELLED": 0.65, "PHONE_NUMBER": 2.9, "ACCOUNT_ID": 2.5, "DATE_OF_BIRTH": 1.6,
           "STREET_ADDRESS": 2.3, "EMAIL_ADDRESS": 1.4, "ZIP_CODE": 0.55, "LAST_FOUR": 1.2,
           "CREDIT_CARD": 0.45, "US_SSN": 0.5}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v52's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v52", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v52's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
