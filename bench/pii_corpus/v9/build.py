"""Write the v9 spoken-PII **test half** ``test.jsonl`` (scored once per release, never used for tuning).

Deterministic from one seed (20261209), over the kits: ``build_kit.balanced_build`` draws 600 utterances
with v9's weights, ``render_kit.Renderer`` fills v9's templates with v9's slots and non-PII values. v2's line
format, types, forms and span rules (v2's ``score.py`` scores it; v9 is not registered in
``bench/pii_eval.py``: that file's owner does it after the redactor freezes).

``python bench/pii_corpus/v9/build.py`` rewrites test.jsonl and prints the counts per type, entity form and
transcript style (the table its README quotes); ``check.py`` beside it checks the file without any redactor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import build_kit
from bench.pii_corpus.v9 import distractors, slots, templates

HERE = Path(__file__).resolve().parent
SEED = 20_261_209
N = 600
# names weigh most (the brief asks for 150 or more), then addresses and IDs; numbers said in words more
# often than not, so that 150 or more spoken numeric identifiers are in the half
DRAW = build_kit.Draw(
    half="v9",
    seed=SEED,
    no_pii_share=0.28,
    balance={
        "PERSON": 3.2,
        "SPELLED": 0.45,
        "STREET_ADDRESS": 1.5,
        "ACCOUNT_ID": 1.2,
        "DATE_OF_BIRTH": 0.95,
        "PHONE_NUMBER": 1.0,
        "ZIP_CODE": 0.8,
        "EMAIL_ADDRESS": 0.8,
        "LAST_FOUR": 0.7,
        "CREDIT_CARD": 0.9,
        "US_SSN": 0.7,
    },
    no_pii_styles={"raw": 0.35, "punct": 0.15, "numerals": 0.2, "smart": 0.3},
    words_share={
        k: 0.62 for k in ("PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "ACCOUNT_ID", "ZIP_CODE", "LAST_FOUR")
    },
)
HALF = build_kit.SeededHalf(DRAW, N, templates, slots, distractors.DISTRACTORS, HERE / "test.jsonl")
TYPES, build, main = HALF.types, HALF.build, HALF.main


if __name__ == "__main__":
    main()
