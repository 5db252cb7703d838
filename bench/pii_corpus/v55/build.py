"""Write v55's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v55/build.py``.

v55 is a representative held-out half (brief B55) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v55's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v55 import distractors, slots, templates

N, SEED = 600, 20_270_124
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v55's lines are a county well-water testing lab, an apple orchard's pick-your-own and cider line, a stair-lift
# dealer, a storm-shelter installer, a college alumni office's reunion desk and a hospital's lactation line. The
# name leads (4.8: every desk, and the lactation line names a mother and a baby, the alumni desk a maiden name and
# a classmate), then the phone (3.4: lab results, a measuring visit, a consultant's callback), the account
# number (2.9: alumni IDs, hospital patient and record numbers, insurance member IDs, a dealer's customer
# number, a well permit; high enough that v19's Medicare floor clears by two sd), the address (2.1: three of the
# six desks come to the house: the well, the lift, the shelter; below v53's, as the
# spoken-numeric floor needed the phone raised), the e-mail (1.8: lab reports, quotes, reunion
# news), the birth date (1.6: a mother and a newborn, an alumnus verified), the last four (1.0: deposits,
# picking fees), the spelled name (0.7: a name badge, a baby's chart), the ZIP (0.5: an installer's service
# area), the whole card (0.5: a shelter or lift deposit) and the SSN (0.25: stair-lift financing). The author's
# weights, set before the first draw; every floor of check.py and its expected count from throwaway runs on
# other seeds: README "Draws"
WEIGHTS = {"PERSON": 4.8, "SPELLED": 0.7, "PHONE_NUMBER": 3.4, "ACCOUNT_ID": 2.9, "DATE_OF_BIRTH": 1.6,
           "STREET_ADDRESS": 2.1, "EMAIL_ADDRESS": 1.8, "ZIP_CODE": 0.5, "LAST_FOUR": 1.0,
           "CREDIT_CARD": 0.5, "US_SSN": 0.25}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v55's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v55", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v55's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
