"""Write the two halves of the spoken-PII evaluation corpus: ``tune.jsonl`` and ``test.jsonl``.

Deterministic: each half has its own seed, its own templates (templates_tune.py / templates_test.py) and
its own half of every word list (lexicon.py), so nothing in the test half was seen while tuning.
Each line: {"id", "text", "form", "template", "entities": [{"start", "end", "type", "value", "form"}],
"distractors": [{"start", "end", "kind"}]}; ``form`` is the transcript style (values.STYLES).

Run: ``python bench/pii_corpus/v2/build.py`` (rewrites both files; prints the counts per type and form).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import build_kit, render_kit
from bench.pii_corpus.v2 import templates_test, templates_tune
from bench.pii_corpus.v2.context import Ctx
from bench.pii_corpus.v2.distractors import DISTRACTORS
from bench.pii_corpus.v2.lexicon import lexicon
from bench.pii_corpus.v2.values import SLOT_TYPES, fill

STYLES = ("raw", "punct", "numerals", "smart")
HERE = Path(__file__).resolve().parent
SEEDS = {"tune": 15_001, "test": 15_002}
TEMPLATES: dict[str, ModuleType] = {"tune": templates_tune, "test": templates_test}
STYLE_WEIGHTS = {"raw": 0.4, "punct": 0.15, "numerals": 0.15, "smart": 0.3}
NO_PII_SHARE = 0.3
# relative number of entities per type: names are the commonest PII on a call; spelled surnames are a
# class of their own (a spelled name after a name)
BALANCE = {"PERSON": 1.6, "PERSON_SPELLED": 0.6, "US_SSN": 1.0, "CREDIT_CARD": 1.0, "PHONE_NUMBER": 1.0,
           "DATE_OF_BIRTH": 1.0, "ACCOUNT_ID": 1.0, "ZIP_CODE": 1.0, "EMAIL_ADDRESS": 1.0, "STREET_ADDRESS": 1.0,
           "LAST_FOUR": 1.0}  # fmt: skip
# a template's slot, "{SPELLED_LAST}": v2's and v3's names hold "_" (render_kit.SLOT, v4 on, does not)
SLOT = re.compile(r"\{([A-Z0-9_]+)\}")


def build_half(half: str, n: int) -> list[dict[str, Any]]:
    """One half's lines (build_kit.style_drawn_build with this half's seed, templates and word lists)."""
    mod, lex = TEMPLATES[half], lexicon(half)
    draw = build_kit.StyleDraw(half, SEEDS[half], NO_PII_SHARE, STYLE_WEIGHTS, BALANCE, "SPELLED_LAST")
    return build_kit.style_drawn_build(
        draw, n, mod.PII, mod.NO_PII, SLOT, SLOT_TYPES,
        lambda template, rng, style: render(template, Ctx(rng=rng, lex=lex, style=style), mod.FILLERS),
        line_keys_first=True,
    )  # fmt: skip


def render(template: str, ctx: Ctx, fillers: list[str]) -> dict[str, Any]:
    """render_kit's left-to-right fill with v2's literal text (no capital for a value opening a sentence)."""
    return render_kit.fill_left_to_right(
        template,
        ctx,
        SLOT_TYPES,
        fill,
        DISTRACTORS,
        lambda piece, first, _nxt: _literal(piece, ctx, fillers, first),
        slot=SLOT,
    )


def _literal(piece: str, ctx: Ctx, fillers: list[str], first: bool) -> str:
    r = ctx.rng
    words = render_kit.said_words(piece, ctx)
    # disfluencies: a filler between two words, or a restart at the start of the utterance
    if len(words) > 2 and r.random() < (0.35 if ctx.style == "raw" else 0.15):
        k = r.randrange(1, len(words) - 1)
        if words[k - 1] and words[k]:
            words.insert(k, r.choice(fillers).lower() if ctx.lower else r.choice(fillers))
    if first and words[0] and r.random() < 0.1:  # a restart: the first word said twice
        render_kit.say_first_twice(words, ctx, ",")
    return " ".join(words)


def counts_table(lines: list[dict[str, Any]]) -> str:
    """Markdown: entities per type and entity form, per type and utterance form, and utterances per form
    (build_kit's table over the types present, as this half's README quotes it)."""
    types = sorted({e["type"] for x in lines for e in x["entities"]})
    return build_kit.counts_table(lines, types, STYLES, "non-PII number slots")


def main() -> None:
    parser = argparse.ArgumentParser(description="write tune.jsonl and test.jsonl")
    parser.add_argument("--n", type=int, default=600, help="utterances per half")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    for half in ("tune", "test"):
        lines = build_half(half, args.n)
        path = args.out / f"{half}.jsonl"
        build_kit.write_lines(path, lines)
        print(
            f"### {path.name}: {len(lines)} utterances, {sum(len(x['entities']) for x in lines)} entities\n"
        )
        print(counts_table(lines) + "\n")


if __name__ == "__main__":
    main()
