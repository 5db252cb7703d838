"""Write the v6 spoken-PII **test half** ``test.jsonl`` (scored once per release, never used for tuning).

Deterministic from one seed (20261205). v2's line format, entity types, forms and span rules, so v2's
``score.py`` (and ``bench/pii_eval.py --sets v6``) scores it: {"id", "text", "form", "template",
"entities": [{"start", "end", "type", "value", "form"}], "distractors": [{"start", "end", "kind"}]};
``form`` is the transcript style (raw, punct, numerals, smart).

Run: ``python bench/pii_corpus/v6/build.py`` (rewrites test.jsonl, prints the counts per type and form);
``python bench/pii_corpus/v6/check.py`` checks what it wrote without any redactor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import build_kit
from bench.pii_corpus.v6 import distractors, slots, templates

HERE = Path(__file__).resolve().parent
SEED = 20_261_205
N = 600
NO_PII_SHARE = 0.31
# how often each kind comes up on the line (relative); addresses and IDs up, where the last test half was weak
BALANCE = {"PERSON": 1.5, "SPELLED": 0.45, "STREET_ADDRESS": 1.3, "ACCOUNT_ID": 1.25, "DATE_OF_BIRTH": 1.1,
           "PHONE_NUMBER": 1.1, "ZIP_CODE": 0.8, "EMAIL_ADDRESS": 0.85, "LAST_FOUR": 0.7, "CREDIT_CARD": 0.75,
           "US_SSN": 0.7}  # fmt: skip
NO_PII_STYLES = {"raw": 0.3, "punct": 0.2, "numerals": 0.2, "smart": 0.3}

DRAW = build_kit.Draw("v6", SEED, NO_PII_SHARE, BALANCE, NO_PII_STYLES, {})
HALF = build_kit.SeededHalf(DRAW, N, templates, slots, distractors.DISTRACTORS, HERE / "test.jsonl")
TYPES, build, main = HALF.types, HALF.build, HALF.main


if __name__ == "__main__":
    main()
