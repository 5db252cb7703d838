"""Write v41's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v41/build.py``.

v41 is a representative held-out half (brief B41): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v41 import distractors, slots, templates

N, SEED = 600, 20_270_110
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v41's lines are a pharmacy's vaccine line, a piano tuner, a state park's campground reservations line, a
# court-reporting firm, an allergy clinic, an auto-glass shop, a state WIC office and an immigration legal-aid
# clinic. The birth date (2.0: the pharmacy, the allergy clinic and WIC look a person up by it; a vaccine record
# is keyed on name and birth date) and the account number (2.6: insurance member, Medicare, WIC family ID, A-Number,
# park-pass and client numbers) weigh most after the name (3.9) and the phone (2.4); the address (1.8: the tuner
# and the glass van come to it, WIC and legal aid mail to it), the e-mail (1.3: campsite and transcript
# confirmations go by mail), the spelled name (0.8: an A-Number file and a court transcript need the exact
# spelling), the last four (1.0), the ZIP (0.6), the whole card (0.45: the campground, the tuner and the glass
# shop take it) and the SSN (0.3: WIC and legal aid only). The author's weights, set before the first draw;
# every floor of check.py and its expected count from throwaway runs on other seeds: README "Draws"
WEIGHTS = {"PERSON": 3.9, "SPELLED": 0.8, "PHONE_NUMBER": 2.4, "ACCOUNT_ID": 2.6, "DATE_OF_BIRTH": 2.0,
           "STREET_ADDRESS": 1.8, "EMAIL_ADDRESS": 1.3, "ZIP_CODE": 0.6, "LAST_FOUR": 1.0,
           "CREDIT_CARD": 0.45, "US_SSN": 0.3}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v41's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v41", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v41's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
