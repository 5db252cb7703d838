"""Seeded writer of v13's ``test.jsonl`` (issue 15, brief D13): the next release's held-out test half.

``python bench/pii_corpus/v13/build.py`` writes the 600 lines from seed 20261213 and prints the counts table
v13's README quotes. Everything that shapes the bytes is here or in v13's modules: the weights of the
balancing draw (``build_kit.balanced_build``), the templates, the slots, the kept values. It is scored once,
by the eval's owner, after the redactor freezes, and is not registered in ``bench/pii_eval.py`` before that.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import build_kit
from bench.pii_corpus.v13 import distractors, slots, templates

HERE = Path(__file__).resolve().parent
OUT = HERE / "test.jsonl"
N, SEED = 600, 20_261_213
NUMERIC = ("PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "ACCOUNT_ID", "ZIP_CODE", "LAST_FOUR")
# relative weights of each kind; chosen so the brief's floors (150 names, 60 addresses, 50 birth dates,
# 150 spoken numeric values) hold with room, not tuned to any redactor figure (none was computed)
DRAW = build_kit.Draw(
    half="v13",
    seed=SEED,
    no_pii_share=0.26,
    balance=dict(PERSON=3.2, SPELLED=0.4, STREET_ADDRESS=1.45, ACCOUNT_ID=1.25, DATE_OF_BIRTH=1.2,
                 PHONE_NUMBER=1.1, ZIP_CODE=0.7, EMAIL_ADDRESS=0.75, LAST_FOUR=0.6, CREDIT_CARD=0.8, US_SSN=0.7),
    no_pii_styles=dict(raw=0.3, punct=0.25, numerals=0.15, smart=0.3),
    words_share=dict.fromkeys(NUMERIC, 0.66),
)  # fmt: skip
HALF = build_kit.SeededHalf(DRAW, N, templates, slots, distractors.DISTRACTORS, OUT)
TYPES, build, main = HALF.types, HALF.build, HALF.main


if __name__ == "__main__":
    main()
