"""Write v48's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v48/build.py``.

v48 is a representative held-out half (brief B48) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v48's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v48 import distractors, slots, templates

N, SEED = 600, 20_270_117
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v48's lines are a notary and apostille service, a farm's CSA share office, a bowling center's league desk, a
# sewing-machine repair shop, a shoe-repair shop, an ambulance company's billing office, a climbing gym and a
# deep-sea fishing charter's booking line. The name leads (4.3: every desk; the notary's journal, the league
# roster, the charter's passenger list, the climbing waiver), then the phone (2.7: the repair shops, the farm
# and the charter call back), the account number (2.6: the ambulance bill's patient account, Medicare and
# Medicaid IDs, league and share member numbers, climber IDs), the address (2.1: the CSA delivers, the sewing
# shop ships, the ambulance bill is mailed to it and the run started there), the birth date (1.8: the ambulance
# office verifies with it, the climbing waiver and the notary's journal record it), the e-mail (1.4: share
# newsletters, league sheets, booking receipts, scanned documents), the last four (1.1: card refunds and the
# social's last four), the spelled name (0.7: a notarized document's and a roster's exact spelling), the whole
# card (0.6: the charter's deposit, the CSA's season and the repair shops), the ZIP (0.5) and the SSN (0.35:
# the ambulance office's insurance lookup). The author's weights, set before the first draw; every floor of
# check.py and its expected count from throwaway runs on other seeds: README "Draws"
WEIGHTS = {"PERSON": 4.3, "SPELLED": 0.7, "PHONE_NUMBER": 2.7, "ACCOUNT_ID": 2.6, "DATE_OF_BIRTH": 1.8,
           "STREET_ADDRESS": 2.1, "EMAIL_ADDRESS": 1.4, "ZIP_CODE": 0.5, "LAST_FOUR": 1.1,
           "CREDIT_CARD": 0.6, "US_SSN": 0.35}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v48's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v48", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v48's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
