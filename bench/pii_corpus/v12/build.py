"""v12's builder (issue 15, brief D12): the next release's held-out **test half**, seed 20261212, 600 utterances.

``python bench/pii_corpus/v12/build.py`` rewrites ``test.jsonl`` and prints the counts table of its README.
The bytes follow from the seed, the weights below, v12's templates, slots and kept values, drawn by
``build_kit.balanced_build`` and said by ``render_kit.Renderer``. v2's line format (``v2/score.py`` scores
it); scored once, by the eval's owner, after the redactor freezes; not in ``bench/pii_eval.py`` until then.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import build_kit
from bench.pii_corpus.v12 import distractors, slots, templates

HERE = Path(__file__).resolve().parent
N = 600
SEED = 20_261_212
# the floors (150 names, 60 addresses, 50 birth dates, 150 spoken numeric values) set these weights
WEIGHTS = {"PERSON": 3.3, "SPELLED": 0.35, "STREET_ADDRESS": 1.5, "ACCOUNT_ID": 1.2, "DATE_OF_BIRTH": 1.2,
           "PHONE_NUMBER": 1.1, "ZIP_CODE": 0.7, "EMAIL_ADDRESS": 0.8, "LAST_FOUR": 0.6, "CREDIT_CARD": 0.8,
           "US_SSN": 0.7}  # fmt: skip
SAID_SHARE = {
    kind: 0.64 for kind in ("PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "ACCOUNT_ID", "ZIP_CODE", "LAST_FOUR")
}
DRAW = build_kit.Draw("v12", SEED, 0.27, WEIGHTS, {"raw": 0.3, "punct": 0.2, "numerals": 0.2, "smart": 0.3},
                      SAID_SHARE)  # fmt: skip
HALF = build_kit.SeededHalf(DRAW, N, templates, slots, distractors.DISTRACTORS, HERE / "test.jsonl")
TYPES, build, main = HALF.types, HALF.build, HALF.main


if __name__ == "__main__":
    main()
