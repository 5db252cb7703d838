"""Write v29's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v29/build.py``.

v29 is a representative held-out half (brief B29): v17's draw (``v17.build.voiced_half``) over its own
names, streets, templates and kind weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.v17 import build as v17
from bench.pii_corpus.v29 import distractors, slots, templates

N, SEED = 600, 20_261_229
OUT = Path(__file__).resolve().parent / "test.jsonl"
TYPES = slots.TYPES
# v29's lines are a rental-car counter, a school district's office, a courier's redelivery line, a county tax
# assessor, a life insurer's claims desk, a satellite-TV provider, an optician, a storage-unit office and a
# retirement-plan administrator. Against v28's weights (sum 13.0) these sum to 13.65, so as shares of the draw:
# the SSN more (+19%: a life claim asks for the insured's, a rollover for the participant's), whole cards more
# (+11%: the rental deposit, the storage lot's autopay; still rare, PCI DSS moves card entry to the keypad), the
# e-mail (+7%: claim forms and receipts) and the last four (+5%) a little more; the ZIP (-13%) and the birth
# date (-8%) less (the courier, the assessor and the storage lot do not ask for them); names, spelled names,
# the callback number, the policy / student / plan / tenant / satellite account number and the address within
# 3% of v28's (every desk but the courier keys on an account; the courier, the assessor and the dish install
# on an address). The author's weights, set before the first draw, with every floor of check.py met by the
# weights over some 610 entities, each by more than two standard deviations (README "Draws": the balancing draw
# over v29's templates' slot kinds, 400 other seeds, no rendering): names 3.85 / 13.65 -> 171 (sd 6) against
# 150, addresses 67 (sd 3) against 50, birth dates 56 (sd 2) against 40, spoken numeric 0.65 of 275 numeric =
# 179 (sd 7) against 150, spelled surnames 29 against 15, without PII 180 (sd 11) against 150, e-mails 40 of
# which 40% Gmail = 16 (sd 3) against 8, account IDs 89 of which one in six Medicare = 15 (sd 3.5) against 6,
# numbers said twice 10 (sd 2.6) against 4, "oh" for zero some 50 against 25, a unit in some 27 addresses
# against 10
WEIGHTS = {"PERSON": 3.2, "SPELLED": 0.65, "PHONE_NUMBER": 1.7, "ACCOUNT_ID": 2.0, "DATE_OF_BIRTH": 1.25,
           "STREET_ADDRESS": 1.5, "EMAIL_ADDRESS": 0.9, "ZIP_CODE": 0.5, "LAST_FOUR": 1.1,
           "CREDIT_CARD": 0.35, "US_SSN": 0.5}  # fmt: skip
# v17's draw (v6-v17's build and command line) over v29's seed, weights, templates, slots and kept values
HALF = v17.voiced_half("v29", SEED, WEIGHTS, N, templates, slots, distractors.DISTRACTORS, OUT)
build = HALF.build  # v29's lines, the same on every run (seeded)

if __name__ == "__main__":
    HALF.main()
