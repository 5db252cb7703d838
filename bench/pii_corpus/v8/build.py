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
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import build_kit
from bench.pii_corpus.render_kit import Renderer
from bench.pii_corpus.v8 import templates
from bench.pii_corpus.v8.distractors import DISTRACTORS
from bench.pii_corpus.v8.slots import PLAIN, SLOT_TYPES, STYLES, fill

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
TYPES = tuple(sorted(set(SLOT_TYPES.values())))

DRAW = build_kit.Draw("v8", SEED, NO_PII_SHARE, BALANCE, NO_PII_STYLES, WORDS_SHARE)
RENDERER = Renderer(SLOT_TYPES, fill, DISTRACTORS, templates.FILLERS, templates.LEAD_INS, PLAIN)


def build(n: int = N) -> list[dict[str, Any]]:
    """The half's lines, from its seed (``build_kit.balanced_build`` with this half's figures and content)."""
    return build_kit.balanced_build(DRAW, n, templates.PII, templates.NO_PII, RENDERER)


def counts_table(lines: list[dict[str, Any]]) -> str:
    return build_kit.counts_table(lines, TYPES, STYLES)


def main() -> None:
    build_kit.main(build, HERE / "test.jsonl", "write bench/pii_corpus/v8/test.jsonl", TYPES, STYLES)


if __name__ == "__main__":
    main()
