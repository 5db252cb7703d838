"""v11's builder (issue 15, brief D11): the next release's held-out **test half**, one seed, 600 utterances.

``python bench/pii_corpus/v11/build.py`` rewrites ``test.jsonl`` and prints the counts table of its
README. What decides the bytes: the seed 20261211, the kind weights and shares below, and v11's templates,
slots (``slots.py``) and kept values (``distractors.py``), drawn by ``build_kit.balanced_build`` and said by
``render_kit.Renderer``. The lines are v2's format (``v2/score.py`` scores them); the file is scored once,
by the eval's owner, after the redactor freezes, and is not in ``bench/pii_eval.py`` until then.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import build_kit
from bench.pii_corpus.v11 import distractors, slots, templates

HERE = Path(__file__).resolve().parent
N = 600
SEED = 20_261_211
NUMERIC = ("PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "ACCOUNT_ID", "ZIP_CODE", "LAST_FOUR")
# the brief's floors set the weights: 150 names, 60 addresses, 50 birth dates; with the six numeric kinds said
# in words 62% of the time, about 170 numeric values come out spoken (the floor is 150)
BALANCE = {"PERSON": 3.2, "SPELLED": 0.4, "STREET_ADDRESS": 1.5, "ACCOUNT_ID": 1.2, "DATE_OF_BIRTH": 1.2,
           "PHONE_NUMBER": 1.0, "ZIP_CODE": 0.8, "EMAIL_ADDRESS": 0.8, "LAST_FOUR": 0.7, "CREDIT_CARD": 0.9,
           "US_SSN": 0.7}  # fmt: skip
DRAW = build_kit.Draw(
    half="v11",
    seed=SEED,
    no_pii_share=0.28,
    balance=BALANCE,
    no_pii_styles={"raw": 0.35, "punct": 0.15, "numerals": 0.2, "smart": 0.3},
    words_share={kind: 0.62 for kind in NUMERIC},
)
HALF = build_kit.SeededHalf(DRAW, N, templates, slots, distractors.DISTRACTORS, HERE / "test.jsonl")
TYPES, build, main = HALF.types, HALF.build, HALF.main


if __name__ == "__main__":
    main()
