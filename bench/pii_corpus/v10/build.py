"""Write v10's ``test.jsonl``, the spoken-PII **test half** of the next release (issue 15): scored once, never
tuned on.

The file follows from one seed (20261210) and the kits: ``build_kit.balanced_build`` picks 600 utterances
by v10's kind weights below, and ``render_kit.Renderer`` says each with v10's templates, slots and non-PII
values. Line format, types, entity forms and span rules are v2's, so ``v2/score.py`` scores it. It is not
registered in ``bench/pii_eval.py`` (the eval's owner does that once the redactor is frozen).

Run ``python bench/pii_corpus/v10/build.py`` to rewrite the file and print its counts (types by entity form
and transcript style: the table in the README); ``check.py`` checks the file without any redactor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import build_kit
from bench.pii_corpus.v10 import distractors, slots, templates

HERE = Path(__file__).resolve().parent
SEED, N = 20_261_210, 600
# Names weigh most (the brief asks for 150 or more), then addresses, IDs and birth dates (50 or more); six
# numeric kinds are said in words about three times in five, which puts 150 or more spoken numeric
# identifiers in the half.
WEIGHTS = dict(PERSON=3.2, SPELLED=0.45, STREET_ADDRESS=1.5, ACCOUNT_ID=1.2, DATE_OF_BIRTH=1.1, PHONE_NUMBER=1.0,
               ZIP_CODE=0.8, EMAIL_ADDRESS=0.8, LAST_FOUR=0.7, CREDIT_CARD=0.9, US_SSN=0.7)  # fmt: skip
SAID_IN_WORDS = dict.fromkeys(
    ("PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "ACCOUNT_ID", "ZIP_CODE", "LAST_FOUR"), 0.62
)
DRAW = build_kit.Draw("v10", SEED, 0.28, WEIGHTS, {"raw": 0.35, "punct": 0.15, "numerals": 0.2, "smart": 0.3},
                      SAID_IN_WORDS)  # fmt: skip
HALF = build_kit.SeededHalf(DRAW, N, templates, slots, distractors.DISTRACTORS, HERE / "test.jsonl")
TYPES, build, main = HALF.types, HALF.build, HALF.main


if __name__ == "__main__":
    main()
