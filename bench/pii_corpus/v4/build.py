"""Write the v4 spoken-PII **test half** ``test.jsonl`` (scored once per release, never used for tuning).

Deterministic from one seed. v2's line format, entity types, forms and span rules, so v2's ``score.py``
scores it: {"id", "text", "form", "template", "entities": [{"start", "end", "type", "value", "form"}],
"distractors": [{"start", "end", "kind"}]}; ``form`` is the transcript style (raw, punct, numerals, smart).

Run: ``python bench/pii_corpus/v4/build.py`` (rewrites test.jsonl; prints the counts per type and form).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import build_kit, render_kit
from bench.pii_corpus.v4 import templates
from bench.pii_corpus.v4.distractors import DISTRACTORS
from bench.pii_corpus.v4.slots import SLOT_TYPES, STYLES, Ctx, fill

HERE = Path(__file__).resolve().parent
SEED = 20_261_203
N = 600
STYLE_WEIGHTS = {"raw": 0.35, "punct": 0.15, "numerals": 0.15, "smart": 0.35}
NO_PII_SHARE = 0.36
# what a contact center hears most: names, dates of birth, phones, member IDs, addresses
BALANCE = {"PERSON": 1.7, "PERSON_SPELLED": 0.5, "DATE_OF_BIRTH": 1.25, "PHONE_NUMBER": 1.2, "ACCOUNT_ID": 1.2, "STREET_ADDRESS": 1.05,
           "ZIP_CODE": 0.8, "LAST_FOUR": 0.8, "EMAIL_ADDRESS": 0.75, "CREDIT_CARD": 0.75, "US_SSN": 0.65}  # fmt: skip
SLOT = re.compile(r"\{([A-Z0-9_]+)\}")
PUNCT = re.compile(r"[,.?!;:]")
TYPES = tuple(sorted(set(SLOT_TYPES.values())))


DRAW = build_kit.StyleDraw("v4", SEED, NO_PII_SHARE, STYLE_WEIGHTS, BALANCE, "SPELL")


def build(n: int = N) -> list[dict[str, Any]]:
    """The half's lines (build_kit.style_drawn_build with v4's figures and templates)."""
    return build_kit.style_drawn_build(
        DRAW, n, templates.PII, templates.NO_PII, SLOT, SLOT_TYPES,
        lambda template, rng, style: render(template, Ctx(rng=rng, style=style)),
        line_keys_first=False,
    )  # fmt: skip


def render(template: str, ctx: Ctx) -> dict[str, Any]:
    """render_kit's left-to-right fill with v4's literal text (a lead-in only before a PII value) and a
    capital for a value opening a sentence."""
    return render_kit.fill_left_to_right(
        template, ctx, SLOT_TYPES, fill, DISTRACTORS,
        lambda piece, first, nxt: _literal(piece, ctx, first, before_value=nxt in SLOT_TYPES),
        opens=lambda text: not ctx.lower and (not text or text.rstrip().endswith((".", "?", "!"))), slot=SLOT,
    )  # fmt: skip


def _literal(piece: str, ctx: Ctx, first: bool, before_value: bool) -> str:
    r = ctx.rng
    words = render_kit.said_words(piece, ctx)
    if len(words) > 2 and r.random() < (0.3 if ctx.style == "raw" else 0.12):
        k = r.randrange(1, len(words) - 1)
        if words[k - 1] and words[k]:
            words.insert(k, r.choice(templates.FILLERS))
    if first and words[0] and r.random() < 0.07:  # a restart: the first word said twice
        render_kit.say_first_twice(words, ctx, "...")
    text = " ".join(words)
    if before_value and text.endswith(("is ", "it's ", "'s ", "was ")) and r.random() < 0.12:
        text += r.choice(templates.LEAD_INS) + (" " if ctx.lower else ", ")  # before the span, never in it
    return text


def counts_table(lines: list[dict[str, Any]]) -> str:
    return build_kit.counts_table(lines, TYPES, STYLES, "non-PII number slots")


def main() -> None:
    build_kit.main(build, HERE / "test.jsonl", "write bench/pii_corpus/v4/test.jsonl", TYPES, STYLES,
                   "non-PII number slots")  # fmt: skip


if __name__ == "__main__":
    main()
