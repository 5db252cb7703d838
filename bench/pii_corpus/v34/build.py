"""Write v34's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v34/build.py``.

v34 is a representative held-out half (brief B34): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v34 import distractors, slots, templates

N, SEED = 600, 20_270_103
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v34's lines are a physical-therapy clinic, a pest-control company, a roadside-assistance line, a title and
# escrow office, a tutoring company, a city sanitation line, a blood-donor center and a locksmith. Against v33's
# weights (sum 13.95) these sum to 14.35: the callback phone (2.2: the tow driver and the locksmith call back),
# the address (1.9: pest control, sanitation, the locksmith, the title office and the tow all go to a place),
# the ZIP (0.55: service areas) and the whole card (0.35: a lockout or a treatment paid on the call) more;
# names (3.3), the birth date (1.2: only the clinic and the donor center verify by it), the e-mail (0.9), the
# last four (1.0) and the SSN (0.35: the title office alone, for the closing) less; spelled names and the
# account number at v33's weights. The author's weights, set before the first draw. The balancing draw
# (build_kit) holds each kind at its weight's share of the entities drawn, so the one random quantity is the
# number of entities; worked from v34's templates (each kind's mean slots per template holding it) they are
# 1.50 per PII turn, 633 at the expected 420 PII turns and 602 at a low 400 (v17's quiet share 0.3, sd 11
# turns). At 602 the floors of check.py read: names 4.0 / 14.35 = 168 against 150, addresses 80 against 50,
# spoken numeric 6.35 / 14.35 x 602 x 0.6 (v17's words share) = 160 against 150 (v33 drew 0.63: 168), birth
# dates 50 against 40, spelled surnames 29 against 15, without PII some 180 (sd 11) against 150, e-mails 38 of
# which 40% Gmail (v16's domains, a business domain one in five) = 15 (sd 3) against 8, account IDs 80 of which
# one in six Medicare = 13 (sd 3.3) against 6, numbers said twice 5 of 28 phone templates x 63 phone turns = 11
# (sd 3.2) against 4, "oh" for zero some 60 against 25, a unit in 40% of 80 addresses = 32 against 10, entities
# 602-663 within 520-720
WEIGHTS = {"PERSON": 3.3, "SPELLED": 0.7, "PHONE_NUMBER": 2.2, "ACCOUNT_ID": 1.9, "DATE_OF_BIRTH": 1.2,
           "STREET_ADDRESS": 1.9, "EMAIL_ADDRESS": 0.9, "ZIP_CODE": 0.55, "LAST_FOUR": 1.0,
           "CREDIT_CARD": 0.35, "US_SSN": 0.35}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v34's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v34", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v34's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
