"""Write v38's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v38/build.py``.

v38 is a representative held-out half (brief B38): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v38 import distractors, slots, templates

N, SEED = 600, 20_270_107
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v38's lines are a hospice intake line, a boat marina, a county animal-control line, a wedding venue, a sleep
# clinic, an EV charging network's support line, a laundromat's pickup service and a music school. Against v37's
# weights (sum 16.35) these sum to 16.25: the phone (2.5: the marina, the laundry driver, animal control and the
# hospice nurse call back), the account number (2.4: patient and insurance IDs, Medicare, slip, charging-member,
# student and laundry accounts), the e-mail (1.1: contracts, study results and lesson reminders go by mail), the
# ZIP (0.6: the pickup area and the nearest charger are found by it), the last four (1.0) and the whole card
# (0.55: deposits at the venue, the marina and the school, the charging card on file) more; the spelled name
# (0.7), the birth date (1.5: only the hospice and the sleep clinic verify by it) and the SSN (0.3: no desk here
# files under it) less; names (3.7) and the address (1.9) as v37. The author's weights, set before the first
# draw; every floor of check.py and its expected count from throwaway runs on other seeds: README "Draws"
WEIGHTS = {"PERSON": 3.7, "SPELLED": 0.7, "PHONE_NUMBER": 2.5, "ACCOUNT_ID": 2.4, "DATE_OF_BIRTH": 1.5,
           "STREET_ADDRESS": 1.9, "EMAIL_ADDRESS": 1.1, "ZIP_CODE": 0.6, "LAST_FOUR": 1.0,
           "CREDIT_CARD": 0.55, "US_SSN": 0.3}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v38's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v38", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v38's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
