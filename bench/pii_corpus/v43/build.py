"""Write v43's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v43/build.py``.

v43 is a representative held-out half (brief B43) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v43's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v43 import distractors, slots, templates

N, SEED = 600, 20_270_112
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v43's lines are a prosthetics clinic, a gun range's membership desk, a food-delivery courier support line, a
# county recorder's deeds office, a mobile-home park office, a travel-nurse staffing agency, a golf course's
# tee-time line and a water-heater installer. The name leads (4.3: every desk; a deed copy is found by the
# owner's name), then the phone (2.6: the courier, the installer, the tee sheet and the recruiter call back)
# and the address (2.2: the installer comes to it, the courier delivers to it, the deeds office and the park
# office file by it), the account number (2.2: patient, Medicare, range member, courier, nursing-licence,
# resident, golf member and customer numbers), the birth date (1.6: the clinic and the range verify with it),
# the e-mail (1.4: tee-time and deed-copy receipts), the last four (1.1), the spelled name (0.7: a deed
# grantee's exact spelling), the ZIP (0.5), the whole card (0.5: the range, the course, the installer and the
# deeds office take it) and the SSN (0.35: the staffing agency's hiring papers). The author's weights, set
# before the first draw; every floor of check.py and its expected count from throwaway runs on other seeds:
# README "Draws"
WEIGHTS = {"PERSON": 4.3, "SPELLED": 0.7, "PHONE_NUMBER": 2.6, "ACCOUNT_ID": 2.2, "DATE_OF_BIRTH": 1.6,
           "STREET_ADDRESS": 2.2, "EMAIL_ADDRESS": 1.4, "ZIP_CODE": 0.5, "LAST_FOUR": 1.1,
           "CREDIT_CARD": 0.5, "US_SSN": 0.35}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v43's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v43", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v43's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
