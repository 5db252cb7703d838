"""Write the v8 spoken-PII **test half** ``test.jsonl`` (scored once per release, never used for tuning).

Deterministic from one seed (20261207). v2's line format, entity types, forms and span rules, so v2's
``score.py`` scores it (v8 is not registered in ``bench/pii_eval.py``; that file's owner does it): {"id",
"text", "form", "template", "entities": [{"start", "end", "type", "value", "form"}], "distractors": [{"start",
"end", "kind"}]};
``form`` is the transcript style (raw, punct, numerals, smart).

Run: ``python bench/pii_corpus/v8/build.py`` (rewrites test.jsonl, prints the counts per type and form);
``python bench/pii_corpus/v8/check.py`` checks what it wrote without any redactor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import build_kit
from bench.pii_corpus.v8 import distractors, slots, templates

HERE = Path(__file__).resolve().parent
SEED = 20_261_207
N = 600
NO_PII_SHARE = 0.27
# how often each kind comes up on the line (relative): names weigh most (v8 puts its weight on names no common
# list holds), then addresses and IDs
BALANCE = {"PERSON": 3.0, "SPELLED": 0.5, "STREET_ADDRESS": 1.4, "ACCOUNT_ID": 1.3, "DATE_OF_BIRTH": 1.0,
           "PHONE_NUMBER": 1.1, "ZIP_CODE": 0.85, "EMAIL_ADDRESS": 0.85, "LAST_FOUR": 0.75, "CREDIT_CARD": 0.8,
           "US_SSN": 0.75}  # fmt: skip
# share of each kind said in words (raw or punct transcripts); the numeric ones more often, so that at least
# 150 spoken numeric identifiers are in the half
WORDS_SHARE = {"PHONE_NUMBER": 0.6, "US_SSN": 0.6, "CREDIT_CARD": 0.6, "ACCOUNT_ID": 0.6, "ZIP_CODE": 0.6,
               "LAST_FOUR": 0.6}  # fmt: skip
NO_PII_STYLES = {"raw": 0.3, "punct": 0.2, "numerals": 0.2, "smart": 0.3}

DRAW = build_kit.Draw("v8", SEED, NO_PII_SHARE, BALANCE, NO_PII_STYLES, WORDS_SHARE)
HALF = build_kit.SeededHalf(DRAW, N, templates, slots, distractors.DISTRACTORS, HERE / "test.jsonl")
TYPES, build, main = HALF.types, HALF.build, HALF.main


if __name__ == "__main__":
    main()
