"""Write v44's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v44/build.py``.

v44 is a representative held-out half (brief B44) over its own names, streets and templates: each kind is drawn
at a weight argued from how often callers hand it to a phone agent (README mix table). The share said in words,
the share of turns without PII and their transcript styles are v17's (imported: the same sources, the same
floors); the kind weights are v44's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v44 import distractors, slots, templates

N, SEED = 600, 20_270_113
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v44's lines are a bail-bonds office, a cable-internet technician dispatch line, a courthouse's small-claims
# desk, a county health department's immunization records line, a scuba-diving school, a snow-plowing service,
# a dog groomer and a nursing-home billing office. The name leads (4.0: every desk; the bond, the claim and the
# record are filed under a name), then the phone (2.7: dispatch, the plow driver and the groomer call back), the
# account number (2.6: cable account, nursing-home resident, diver certification, immunization registry,
# client, Medicare and jail booking numbers), the address (2.3: the tech, the plow and the process server go to
# it), the birth date (1.9: the immunization line and the bond verify with it), the e-mail (1.2: records and
# statements), the last four (1.0), the spelled name (0.8: a court form and a bond must spell the defendant
# exactly), the ZIP (0.6: the plow's and the cable's service area), the SSN (0.45: the bond cosigner and the
# nursing home's Medicaid papers) and the whole card (0.4: the bond premium, the groomer, the plow). The
# author's weights, set before the first draw; every floor of check.py and its expected count from throwaway
# runs on other seeds: README "Draws"
WEIGHTS = {"PERSON": 4.0, "SPELLED": 0.8, "PHONE_NUMBER": 2.7, "ACCOUNT_ID": 2.6, "DATE_OF_BIRTH": 1.9,
           "STREET_ADDRESS": 2.3, "EMAIL_ADDRESS": 1.2, "ZIP_CODE": 0.6, "LAST_FOUR": 1.0,
           "CREDIT_CARD": 0.4, "US_SSN": 0.45}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v44's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v44", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v44's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
