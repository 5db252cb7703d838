"""Write the v3 spoken-PII tuning corpus ``tune.jsonl`` (tuning only; v2's test half stays the test set).

Deterministic from one seed. Same line format, entity types and forms as v2 (so v2's score.py scores it):
{"id", "text", "form", "template", "entities": [{"start", "end", "type", "value", "form"}],
"distractors": [{"start", "end", "kind"}]}; ``form`` is the transcript style (raw, punct, numerals, smart).

Run: ``python bench/pii_corpus/v3/build.py`` (rewrites tune.jsonl; prints the counts per type and form).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import build_kit, render_kit
from bench.pii_corpus.v2.build import SLOT, STYLES
from bench.pii_corpus.v2.context import Ctx
from bench.pii_corpus.v3 import templates
from bench.pii_corpus.v3.distractors import DISTRACTORS
from bench.pii_corpus.v3.lexicon import lexicon
from bench.pii_corpus.v3.slots import SLOT_TYPES, fill

TYPES = tuple(sorted(set(SLOT_TYPES.values())))
HERE = Path(__file__).resolve().parent
SEED = 15_003
N = 800
STYLE_WEIGHTS = {"raw": 0.4, "punct": 0.15, "numerals": 0.15, "smart": 0.3}
NO_PII_SHARE = 0.28
BALANCE = {"PERSON": 1.8, "PERSON_SPELLED": 0.6, "US_SSN": 1.0, "CREDIT_CARD": 1.0, "PHONE_NUMBER": 1.0,
           "DATE_OF_BIRTH": 1.0, "ACCOUNT_ID": 1.0, "ZIP_CODE": 1.0, "EMAIL_ADDRESS": 1.0, "STREET_ADDRESS": 1.0,
           "LAST_FOUR": 1.0}  # fmt: skip
# words a caller says before a value; never inside a gold span (the scorer would count them as identifying)
LEAD_INS = ["let me see", "hold on", "okay so", "one sec"]


DRAW = build_kit.StyleDraw("v3", SEED, NO_PII_SHARE, STYLE_WEIGHTS, BALANCE, "SPELLED")


def build(n: int = N) -> list[dict[str, Any]]:
    """The half's lines (build_kit.style_drawn_build with v3's figures, templates and base word lists)."""
    lex = lexicon().base
    return build_kit.style_drawn_build(
        DRAW, n, templates.PII, templates.NO_PII, SLOT, SLOT_TYPES,
        lambda template, rng, style: render(template, Ctx(rng=rng, lex=lex, style=style)),
        line_keys_first=True,
    )  # fmt: skip


def render(template: str, ctx: Ctx) -> dict[str, Any]:
    """render_kit's left-to-right fill with v3's literal text (a lead-in may come before any value) and a
    capital for a name opening the utterance."""
    return render_kit.fill_left_to_right(
        template, ctx, SLOT_TYPES, fill, DISTRACTORS,
        lambda piece, first, nxt: _literal(piece, ctx, first, before_value=nxt is not None),
        opens=lambda text: not text and not ctx.lower, slot=SLOT,
    )  # fmt: skip


def _literal(piece: str, ctx: Ctx, first: bool, before_value: bool) -> str:
    r = ctx.rng
    words = render_kit.said_words(piece, ctx)
    if len(words) > 2 and r.random() < (0.3 if ctx.style == "raw" else 0.12):
        k = r.randrange(1, len(words) - 1)
        if words[k - 1] and words[k]:
            words.insert(k, r.choice(templates.FILLERS))
    if first and words[0] and r.random() < 0.08:  # a restart: the first word said twice
        render_kit.say_first_twice(words, ctx, ",")
    text = " ".join(words)
    if before_value and text.endswith(" ") and len(text) > 1 and r.random() < 0.1:
        lead = r.choice(LEAD_INS)
        text += lead + (", " if not ctx.lower else " ")  # "the member number is let me see, B as in ..."
    return text


def main() -> None:
    build_kit.main(build, HERE / "tune.jsonl", "write bench/pii_corpus/v3/tune.jsonl", TYPES, STYLES,
                   "non-PII number slots")  # fmt: skip


if __name__ == "__main__":
    main()
