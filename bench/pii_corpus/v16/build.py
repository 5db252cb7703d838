"""Write v16's ``test.jsonl`` from its seed: ``python bench/pii_corpus/v16/build.py`` (prints the counts).

v16 is a representative test half (brief D16): each kind is drawn at a weight argued from how often a
service line hears it (README mix table), not for novelty. The draw is the kit's ``balanced_build``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.pii_corpus import build_kit  # noqa: E402
from bench.pii_corpus.v16 import distractors, slots, templates  # noqa: E402

N, SEED = 600, 20_261_216
OUT = ROOT / "bench" / "pii_corpus" / "v16" / "test.jsonl"
SAID_IN_WORDS = ("PHONE_NUMBER", "ACCOUNT_ID", "ZIP_CODE", "LAST_FOUR", "CREDIT_CARD", "US_SSN")
# relative weight of each kind on a service line (README): a name in nearly every call, then the callback
# number and the account or member ID, then birth date and address for verification; card's last four,
# e-mail and ZIP less; whole cards and SSNs least (PCI pushes cards to keypad entry)
WEIGHTS = {"PERSON": 3.0, "SPELLED": 0.4, "PHONE_NUMBER": 1.4, "ACCOUNT_ID": 1.25, "DATE_OF_BIRTH": 1.0,
           "STREET_ADDRESS": 1.0, "EMAIL_ADDRESS": 0.6, "ZIP_CODE": 0.55, "LAST_FOUR": 0.7,
           "CREDIT_CARD": 0.4, "US_SSN": 0.35}  # fmt: skip
IN_WORDS = 0.6  # of each numeric kind said in words: the brief's floor of 150 spoken numeric identifiers
WITHOUT_PII = 0.27
# styles of the utterances without PII: smart-formatted most (ConversationRelay's Deepgram default)
QUIET_STYLES = {"smart": 0.48, "raw": 0.24, "punct": 0.14, "numerals": 0.14}
DRAW = build_kit.Draw("v16", SEED, WITHOUT_PII, WEIGHTS, QUIET_STYLES, dict.fromkeys(SAID_IN_WORDS, IN_WORDS))
HALF = build_kit.SeededHalf(DRAW, N, templates, slots, distractors.DISTRACTORS, OUT)
TYPES, build, main = HALF.types, HALF.build, HALF.main


if __name__ == "__main__":
    main()
