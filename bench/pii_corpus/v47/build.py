"""Write v47's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v47/build.py``.

v47 is a representative held-out half (brief B47) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v47's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v47 import distractors, slots, templates

N, SEED = 600, 20_270_116
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v47's lines are a tire shop, a state lottery's prize-claims office, a music store's instrument-rental desk, a
# florist's delivery line, an adult-education GED testing center, a carpet-cleaning company, a timeshare
# owner-services line and a pawn shop. The name leads (4.4: every desk; the lottery pays the named claimant, the
# florist writes the card), then the phone (2.9: the tire shop, the florist's driver, the cleaners and the test
# center call back), the account number (2.5: rental account, claimant, player's club, GED candidate, student,
# Medicare, owner, customer and fleet numbers), the address (2.0: the florist and the cleaners come to it, the
# test center mails a diploma and the lottery a check to it), the birth date (1.6: the lottery's age check, the
# GED registration and the pawn shop's ID), the e-mail (1.3: rental contracts, invoices, score reports, owner
# portals), the last four (1.3: card refunds and the social's last four), the spelled name (0.65: a claim form
# and a florist's card), the whole card (0.55: the tire shop, the florist, the cleaners and the pawn shop take
# it), the ZIP (0.55) and the SSN (0.4: a lottery prize's tax form). The author's weights, set before the first
# draw; every floor of check.py and its expected count from throwaway runs on other seeds: README "Draws"
WEIGHTS = {"PERSON": 4.4, "SPELLED": 0.65, "PHONE_NUMBER": 2.9, "ACCOUNT_ID": 2.5, "DATE_OF_BIRTH": 1.6,
           "STREET_ADDRESS": 2.0, "EMAIL_ADDRESS": 1.3, "ZIP_CODE": 0.55, "LAST_FOUR": 1.3,
           "CREDIT_CARD": 0.55, "US_SSN": 0.4}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v47's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v47", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v47's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
