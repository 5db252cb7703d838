"""Write v50's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v50/build.py``.

v50 is a representative held-out half (brief B50) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v50's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v50 import distractors, slots, templates

N, SEED = 600, 20_270_119
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v50's lines are a medical-alert pendant company's subscriber line, a senior home-delivered meals program, an
# aquarium's membership desk, a pottery studio's class bookings, a podiatry office, a motorcycle dealer's parts
# counter, a lawn-sprinkler repair company and a state vital-records office. The name leads (4.4: every desk; a
# pendant has an emergency contact, a meal client a neighbour with a key), then the account number (2.6:
# pendant subscriber, meals client, aquarium member, podiatry patient, Medicare and Medicaid for the pendant
# and meals programs and the podiatrist, a driver's licence to the vital-records office, dealer rewards), the
# phone (2.5: the meals driver, the sprinkler crew, the parts counter and the pendant's responders call back),
# the address (2.3: meals, pendants and sprinklers go to it, a certificate is mailed to it, parts are shipped to
# it), the birth date (1.7: a birth-certificate order is for a birth date, the podiatrist and the meals program
# ask it), the e-mail (1.2: receipts, membership cards, studio log-ins), the last four (0.9: the membership
# renewal and the social's last four), the spelled name (0.8: a birth certificate and a mother's maiden name
# must be exact), the ZIP (0.5: meals and sprinkler service areas), the whole card (0.5: certificates, clay,
# classes, parts) and the SSN (0.4: some vital-records and meals forms). The author's weights, set before the
# first draw; every floor of check.py and its expected count from throwaway runs on other seeds: README "Draws"
WEIGHTS = {"PERSON": 4.4, "SPELLED": 0.8, "PHONE_NUMBER": 2.5, "ACCOUNT_ID": 2.6, "DATE_OF_BIRTH": 1.7,
           "STREET_ADDRESS": 2.3, "EMAIL_ADDRESS": 1.2, "ZIP_CODE": 0.5, "LAST_FOUR": 0.9,
           "CREDIT_CARD": 0.5, "US_SSN": 0.4}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v50's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v50", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v50's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
