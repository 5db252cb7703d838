"""Write v46's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v46/build.py``.

v46 is a representative held-out half (brief B46) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v46's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v46 import distractors, slots, templates

N, SEED = 600, 20_270_115
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v46's lines are a radon-testing company, a county fair's vendor office, a harbor's ferry reservations line, a
# state foster-care licensing office, a hospital's medical-records release desk, a karate dojo, a heating-oil
# co-op and a home-health aide agency. The name leads (4.2: every desk; a licence, a chart, a vendor permit and
# a ferry booking are filed under a name), then the account number (2.7: medical record, co-op member, foster
# licence, vendor, student, home-health client and Medicare numbers), the phone (2.5: the oil driver, the
# tester and the aide agency call back), the address (2.4: the radon tester, the oil truck, the aide and the
# home study go to it), the birth date (2.1: a records release and a licensing file verify with it), the e-mail
# (1.1: reports and packets), the last four (0.9), the spelled name (0.85: a release form and a licence must
# spell the name exactly), the ZIP (0.5: the oil co-op's delivery area), the SSN (0.5: the foster licence's
# background check) and the whole card (0.35: the vendor fee, the test kit, the oil). The author's weights, set
# before the first draw; every floor of check.py and its expected count from throwaway runs on other seeds:
# README "Draws"
WEIGHTS = {"PERSON": 4.2, "SPELLED": 0.85, "PHONE_NUMBER": 2.5, "ACCOUNT_ID": 2.7, "DATE_OF_BIRTH": 2.1,
           "STREET_ADDRESS": 2.4, "EMAIL_ADDRESS": 1.1, "ZIP_CODE": 0.5, "LAST_FOUR": 0.9,
           "CREDIT_CARD": 0.35, "US_SSN": 0.5}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v46's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v46", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v46's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
