"""Seeded writer of v14's ``test.jsonl`` (issue 15, brief D14): the next release's held-out test half, a
representative sample of how callers give personal data to a phone agent.

``python bench/pii_corpus/v14/build.py`` writes the 600 lines from seed 20261214 and prints the counts table
v14's README quotes. The weights below are the mix v14's README argues for (its table: phenomenon, share,
source); they were set once from those sources and the brief's floors, not tuned to any redactor figure
(none was computed). It is scored once, by the eval's owner, after the redactor freezes, and is not
registered in ``bench/pii_eval.py`` before that.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.pii_corpus import build_kit  # noqa: E402
from bench.pii_corpus.v14 import distractors, slots, templates  # noqa: E402

N, SEED = 600, 20_261_214
OUT = ROOT / "bench" / "pii_corpus" / "v14" / "test.jsonl"
_SAID_IN_WORDS = 0.6  # of each numeric kind: what the brief's floor of 150 spoken numeric values needs
# relative weight of each kind: names in nearly every verification, then phone, account/member IDs, birth
# dates and addresses; e-mail, ZIP and a card's last four less; whole card numbers and SSNs least
WEIGHTS = {"PERSON": 3.0, "SPELLED": 0.45, "PHONE_NUMBER": 1.35, "ACCOUNT_ID": 1.25, "DATE_OF_BIRTH": 1.0,
           "STREET_ADDRESS": 1.0, "EMAIL_ADDRESS": 0.6, "ZIP_CODE": 0.65, "LAST_FOUR": 0.7, "CREDIT_CARD": 0.5,
           "US_SSN": 0.4}  # fmt: skip
DRAW = build_kit.Draw(
    half="v14",
    seed=SEED,
    no_pii_share=0.26,
    balance=WEIGHTS,
    # utterances without PII: smart-formatted most (ConversationRelay's default transcriber formats)
    no_pii_styles={"raw": 0.25, "punct": 0.1, "numerals": 0.15, "smart": 0.5},
    words_share={k: _SAID_IN_WORDS for k in ("PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "ACCOUNT_ID", "ZIP_CODE",
                                             "LAST_FOUR")},
)  # fmt: skip

HALF = build_kit.SeededHalf(DRAW, N, templates, slots, distractors.DISTRACTORS, OUT)
TYPES, build, main = HALF.types, HALF.build, HALF.main


if __name__ == "__main__":
    main()
