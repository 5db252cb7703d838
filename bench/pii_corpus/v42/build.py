"""Write v42's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v42/build.py``.

v42 is a representative held-out half (brief B42) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v42's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v42 import distractors, slots, templates

N, SEED = 600, 20_270_111
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v42's lines are a crematory, a transmission shop, a state Medicaid enrollment line, a university housing
# office, a horse-boarding stable, a hospital's patient-transport desk, a youth sports league's registration
# line and a tattoo studio. The name (4.0: every desk opens with it, the crematory and the league name a second
# person, the decedent or the child) leads; the account number (2.8: Medicaid ID, student ID, medical record
# number, player ID, boarder account; the Medicaid line and the transport desk key on it) and the phone (2.5:
# the transport driver, the shop and the stable call back) follow; the birth date (1.9: Medicaid, the transport
# desk and the league's age groups; the tattoo studio checks age), the address (1.7: pickup for the transport
# van and the tow, mail for Medicaid and the crematory), the e-mail (1.4: housing, league and consent forms go
# by mail), the last four (0.9), the spelled name (0.75: the death certificate and the jersey must be exact),
# the ZIP (0.7: Medicaid service areas), the whole card (0.5: the shop, the stable, the studio and the
# crematory take it) and the SSN (0.4: Medicaid enrollment asks for it). The author's weights, set before the
# first draw; every floor of check.py and its expected count from throwaway runs on other seeds: README "Draws"
WEIGHTS = {"PERSON": 4.0, "SPELLED": 0.75, "PHONE_NUMBER": 2.5, "ACCOUNT_ID": 2.8, "DATE_OF_BIRTH": 1.9,
           "STREET_ADDRESS": 1.7, "EMAIL_ADDRESS": 1.4, "ZIP_CODE": 0.7, "LAST_FOUR": 0.9,
           "CREDIT_CARD": 0.5, "US_SSN": 0.4}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v42's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v42", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v42's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
