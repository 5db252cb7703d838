"""Write v51's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v51/build.py``.

v51 is a representative held-out half (brief B51) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v51's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v51 import distractors, slots, templates

N, SEED = 600, 20_270_120
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v51's lines are a hospital's lactation-consultant line, a key-duplication kiosk's support line, a county
# extension office, a dance studio, a sod farm and a ham-radio licensing examiner team. The name leads (4.5:
# every desk, and the lactation line and the dance studio name a baby or a child besides the caller), then the
# account number (2.4: hospital patient number, insurance member and Medicaid IDs at the lactation line, a
# student ID, the FCC registration number the examiners need, an extension client number; at least 2.2 so the
# Medicare floor clears by two sd), the phone (2.4), the address (2.0: sod is delivered to it, the soil sample
# came from it, the FCC mails nothing but needs a mailing address), the e-mail (1.8: kiosk receipts, soil
# reports, the FCC's licence notice, the studio's parent portal), the birth date (1.7: a newborn's at the
# lactation line, a dancer's age group), the last four (1.2: kiosk refunds, studio tuition on file), the spelled
# name (0.6), the ZIP and the whole card (0.5 each: a delivery area, a pallet deposit) and the SSN (0.35: the
# FCC's CORES registration asks for a taxpayer ID). The author's weights, set before the first draw; every floor
# of check.py and its expected count from throwaway runs on other seeds: README "Draws"
WEIGHTS = {"PERSON": 4.5, "SPELLED": 0.6, "PHONE_NUMBER": 2.7, "ACCOUNT_ID": 2.4, "DATE_OF_BIRTH": 1.7,
           "STREET_ADDRESS": 2.0, "EMAIL_ADDRESS": 1.8, "ZIP_CODE": 0.6, "LAST_FOUR": 1.3,
           "CREDIT_CARD": 0.5, "US_SSN": 0.35}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v51's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v51", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v51's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
