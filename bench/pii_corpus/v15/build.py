"""Seeded writer of v15's ``test.jsonl`` (issue 15, brief D15): the next release's held-out test half, a
representative sample of how callers give personal data to a phone agent.

``python bench/pii_corpus/v15/build.py`` writes the 600 lines from seed 20261215 and prints the counts
table v15's README quotes. The weights are the mix the README argues for (its table: phenomenon, share,
source), set once from those sources and the brief's floors; no redactor figure was computed or looked at.
Scored once, by the eval's owner, after the redactor freezes; not registered in ``bench/pii_eval.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.pii_corpus import build_kit  # noqa: E402
from bench.pii_corpus.v15 import distractors, slots, templates  # noqa: E402

N, SEED = 600, 20_261_215
OUT = ROOT / "bench" / "pii_corpus" / "v15" / "test.jsonl"
NUMERIC = ("PHONE_NUMBER", "ACCOUNT_ID", "ZIP_CODE", "LAST_FOUR", "CREDIT_CARD", "US_SSN")
# how much of each kind a service line hears, relative (README: names in almost every call, then the
# callback number and the account or member ID, birth date and address to verify; e-mail, ZIP and a
# card's last four less; a whole card or SSN least, as PCI rules push cards to keypads and IVRs)
KIND_WEIGHTS = {"PERSON": 2.9, "SPELLED": 0.45, "PHONE_NUMBER": 1.4, "ACCOUNT_ID": 1.3, "DATE_OF_BIRTH": 0.95,
                "STREET_ADDRESS": 1.0, "EMAIL_ADDRESS": 0.6, "ZIP_CODE": 0.6, "LAST_FOUR": 0.7,
                "CREDIT_CARD": 0.45, "US_SSN": 0.35}  # fmt: skip
WORDS_SHARE = 0.58  # of each numeric kind said in words: what the brief's floor of 150 spoken numeric needs
# (half, seed, share of utterances without PII, kind weights, their styles, share of each kind said in words);
# without PII the transcript is smart-formatted most (ConversationRelay's default Deepgram formats)
NO_PII_STYLES = {"raw": 0.22, "punct": 0.13, "numerals": 0.15, "smart": 0.5}
DRAW = build_kit.Draw("v15", SEED, 0.27, KIND_WEIGHTS, NO_PII_STYLES, dict.fromkeys(NUMERIC, WORDS_SHARE))

HALF = build_kit.SeededHalf(DRAW, N, templates, slots, distractors.DISTRACTORS, OUT)
TYPES, build, main = HALF.types, HALF.build, HALF.main


if __name__ == "__main__":
    main()
