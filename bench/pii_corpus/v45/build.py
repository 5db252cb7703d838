"""Write v45's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v45/build.py``.

v45 is a representative held-out half (brief B45) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v45's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v45 import distractors, slots, templates

N, SEED = 600, 20_270_114
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v45's lines are a sports-physical clinic, a wedding-dress alterations shop, a county jail's inmate-deposit
# line, a hotel's lost-and-found desk, an eye-bank donor line, a campus parking office, a beekeeping-supply
# store and a mobile dog-vaccination clinic. The name leads (4.5: every desk; an inmate's deposit and a found
# item are filed by name), then the phone (2.9: the shop, the hotel, the vaccination van and the bee store call
# back) and the account number (2.6: patient, inmate, donor-registry, student, faculty, staff, customer and
# Medicare numbers; the jail and the parking office key on them), the address (2.1: bees, found items and
# permits are shipped, the van comes to it, the donor registry files it), the birth date (1.7: the clinic, the
# jail and the donor registry verify with it), the e-mail (1.35: permit portal, fitting reminders, shipping),
# the last four (1.0), the spelled name (0.65: an inmate's name as on the booking sheet), the whole card (0.6:
# deposits, alterations, bee orders, permits), the ZIP (0.45) and the SSN (0.2: rare; a registry or jail may ask
# the last four). The author's weights, set before the first draw; every floor of check.py and its expected
# count from throwaway runs on other seeds: README "Draws"
WEIGHTS = {"PERSON": 4.5, "SPELLED": 0.65, "PHONE_NUMBER": 2.9, "ACCOUNT_ID": 2.6, "DATE_OF_BIRTH": 1.7,
           "STREET_ADDRESS": 2.1, "EMAIL_ADDRESS": 1.35, "ZIP_CODE": 0.45, "LAST_FOUR": 1.0,
           "CREDIT_CARD": 0.6, "US_SSN": 0.2}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v45's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v45", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v45's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
