"""Write v49's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v49/build.py``.

v49 is a representative held-out half (brief B49) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v49's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v49 import distractors, slots, templates

N, SEED = 600, 20_270_118
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v49's lines are an escape-room venue's bookings line, a community theatre box office, a vending-machine refund
# line, a county assessor's homestead-exemption line, a hot-air balloon ride operator, an upholstery shop, a
# piano-moving company and a sign-language interpreter agency. The name leads (4.3: every desk; a little below
# v47's), then the phone (2.6: the balloon operator, the upholsterer and the interpreter agency call back), the
# account number (2.3: escape-room loyalty card, theatre subscriber, piano-storage customer, driver's licence read
# to the assessor, Medicaid and Medicare for interpreting at a clinic, client and customer numbers; at least 2.2
# so the Medicare floor clears by two sd), the address (2.2: the balloon crew's and the upholsterer's pickups
# and the piano mover come to it, the exemption is for it, the refund check is mailed to it), the birth date
# (1.5: the exemption and the balloon operator's passenger list), the e-mail (1.5: e-tickets, room bookings,
# pickup reminders, assignment details), the last four (1.1: the box office and the vending refund), the spelled
# name (0.7: an exemption's or a passenger list's name must be exact), the ZIP (0.6: pickup and moving areas),
# the whole card (0.6: tickets, flights, a move's deposit) and the SSN (0.45: homestead-exemption applications
# ask for it in several states). The author's weights, set before the first draw; every floor of check.py and
# its expected count from throwaway runs on other seeds: README "Draws"
WEIGHTS = {"PERSON": 4.3, "SPELLED": 0.7, "PHONE_NUMBER": 2.6, "ACCOUNT_ID": 2.3, "DATE_OF_BIRTH": 1.5,
           "STREET_ADDRESS": 2.2, "EMAIL_ADDRESS": 1.5, "ZIP_CODE": 0.6, "LAST_FOUR": 1.1,
           "CREDIT_CARD": 0.6, "US_SSN": 0.45}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v49's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v49", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v49's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
