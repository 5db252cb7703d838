"""Write v17's ``test.jsonl`` from its seed and print the counts: ``python bench/pii_corpus/v17/build.py``.

v17 is a representative held-out half (brief D17): each kind is drawn at a weight argued from how often
callers hand it to a phone agent (README mix table), nothing chosen for novelty; the kit's
``balanced_build`` keeps every kind near its share.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.pii_corpus import build_kit  # noqa: E402
from bench.pii_corpus.render_kit import Ctx  # noqa: E402
from bench.pii_corpus.v17 import distractors, slots, templates  # noqa: E402

N, SEED = 600, 20_261_217
OUT = Path(__file__).resolve().parent / "test.jsonl"
NUMERIC = ("PHONE_NUMBER", "ACCOUNT_ID", "ZIP_CODE", "LAST_FOUR", "CREDIT_CARD", "US_SSN")
# how often each kind comes up on a service call (README): names nearly always, callback numbers and account
# IDs next, birth date and address to verify the caller, then last four, e-mail and ZIP; full card numbers
# and SSNs least, since PCI rules move card entry to the keypad
WEIGHTS = {"PERSON": 2.9, "SPELLED": 0.45, "PHONE_NUMBER": 1.45, "ACCOUNT_ID": 1.2, "DATE_OF_BIRTH": 1.05,
           "STREET_ADDRESS": 1.05, "EMAIL_ADDRESS": 0.65, "ZIP_CODE": 0.5, "LAST_FOUR": 0.7,
           "CREDIT_CARD": 0.35, "US_SSN": 0.3}  # fmt: skip
SPOKEN_SHARE = 0.6  # of each numeric kind said in words, for the floor of 150 spoken numeric identifiers
QUIET = 0.3  # utterances without PII: most of a call is not data exchange; 0.3 keeps the floor of 150 clear
# transcript styles of the utterances without PII: smart format most (ConversationRelay's default recognizer)
QUIET_STYLES = {"smart": 0.5, "raw": 0.22, "punct": 0.14, "numerals": 0.14}
DRAW = build_kit.Draw("v17", SEED, QUIET, WEIGHTS, QUIET_STYLES, dict.fromkeys(NUMERIC, SPOKEN_SHARE))
HALF = build_kit.SeededHalf(DRAW, N, templates, slots, distractors.DISTRACTORS, OUT)
TYPES, build, main = HALF.types, HALF.build, HALF.main


def voiced_half(
    half: str, seed: int, weights: dict[str, float], n: int, templates: ModuleType, slots: ModuleType,
    distractors: Mapping[str, Callable[[Ctx], str]], out: Path,
) -> build_kit.SeededHalf:  # fmt: skip
    """A half drawn as v17 drew (its share without PII, its transcript styles, each numeric kind said in words
    at its share) with its own seed, kind weights, templates, slots and kept values: v18-v26's builders, which
    had each written these lines out. Each such half is representative: its kinds drawn at weights argued from
    how often callers hand them to a phone agent (its README's mix table), its own; the share said in words, the
    share of turns without PII and their transcript styles v17's (the same sources, the same floors; v18-v37's
    docstrings had each said so, issue 18)."""
    draw = build_kit.Draw(half, seed, QUIET, weights, QUIET_STYLES, dict.fromkeys(NUMERIC, SPOKEN_SHARE))
    return build_kit.SeededHalf(draw, n, templates, slots, distractors, out)


if __name__ == "__main__":
    main()
