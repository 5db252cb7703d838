"""Write v36's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v36/build.py``.

v36 is a representative held-out half (brief B36): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v36 import distractors, slots, templates

N, SEED = 600, 20_270_105
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v36's lines are a chiropractor's office, a heating-and-cooling company, a toll road's account center, a funeral
# home, an animal shelter's adoption desk, a driving school, a home medical-equipment (CPAP) supplier and a
# roofing contractor. Against v35's weights (sum 14.85) these sum to 15.35: names (3.6: the decedent and the next
# of kin at the funeral home, the student and a parent at the driving school, co-adopters at the shelter), the
# account number (2.1: toll accounts, insurance member IDs at the chiropractor, Medicare at the CPAP supplier,
# learner's permits, roof claims), the address (1.8: the HVAC crew, the roofer, the shelter's home visit and the
# toll statement all go to a place), the last four (1.0: the card that replenishes a toll account), the whole
# card (0.45: a roof deposit, an adoption fee, a toll top-up) and the SSN (0.55: a funeral home files the death
# certificate with the decedent's SSN) more; spelled names (0.7), the callback phone (2.2), the birth date (1.4:
# the chiropractor, the CPAP supplier and the driving school verify by it), the e-mail (1.0) and the ZIP (0.55)
# less. The author's weights, set before the first draw. The balancing draw (build_kit) holds each kind at its
# weight's share of the entities drawn, so the one random quantity is the number of entities; throwaway runs of
# this builder over v36's templates with 200 seeds that are not this one (no file written) gave, mean (sd)
# against each floor of check.py: entities 606 (20) within 520-720, names 169 (5.7) against 150, addresses 70.5
# (2.4) against 50, spoken numeric 175 (6.9) against 150, without PII 180 (11) against 150, birth dates 55 (2.0)
# against 40, "oh" for zero 60 (6.3) against 25, spelled surnames 28 (1.0) against 15, a unit 30 (4.7) against
# 10, Gmail 16.3 (2.9) against 8, Medicare IDs 14.0 (3.5) against 6, phone numbers said twice 11.5 (2.5)
# against 4: each clears by two sd or more (three earlier runs at names 3.35 and e-mail 0.9 gave names 161,
# sd 7, and Gmail 15, sd 4.5, under two sd, so both were raised before the first draw)
WEIGHTS = {"PERSON": 3.6, "SPELLED": 0.7, "PHONE_NUMBER": 2.2, "ACCOUNT_ID": 2.1, "DATE_OF_BIRTH": 1.4,
           "STREET_ADDRESS": 1.8, "EMAIL_ADDRESS": 1.0, "ZIP_CODE": 0.55, "LAST_FOUR": 1.0,
           "CREDIT_CARD": 0.45, "US_SSN": 0.55}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v36's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v36", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v36's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
