"""Write the v5 spoken-PII **test half** ``test.jsonl`` (scored once per release, never used for tuning).

Deterministic from one seed (20261204). v2's line format, entity types, forms and span rules, so v2's
``score.py`` (and ``bench/pii_eval.py``) scores it: {"id", "text", "form", "template", "entities": [{"start",
"end", "type", "value", "form"}], "distractors": [{"start", "end", "kind"}]}; ``form`` is the transcript style
(raw, punct, numerals, smart).

Run: ``python bench/pii_corpus/v5/build.py`` (rewrites test.jsonl, prints the counts per type and form);
``python bench/pii_corpus/v5/check.py`` checks what it wrote without any redactor.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import build_kit, render_kit
from bench.pii_corpus.v5 import templates
from bench.pii_corpus.v5.distractors import DISTRACTORS
from bench.pii_corpus.v5.slots import SLOT_TYPES, STYLES, Ctx, fill

HERE = Path(__file__).resolve().parent
SEED = 20_261_204
N = 600
STYLE_WEIGHTS = {"raw": 0.33, "punct": 0.17, "numerals": 0.17, "smart": 0.33}
NO_PII_SHARE = 0.34
# how often each kind comes up on a contact center's line (relative)
BALANCE = {"PERSON": 1.6, "SPELLED": 0.45, "DATE_OF_BIRTH": 1.2, "PHONE_NUMBER": 1.2, "ACCOUNT_ID": 1.3,
           "STREET_ADDRESS": 1.1, "ZIP_CODE": 0.8, "LAST_FOUR": 0.75, "EMAIL_ADDRESS": 0.8, "CREDIT_CARD": 0.75,
           "US_SSN": 0.7}  # fmt: skip
SLOT = re.compile(r"\{([A-Z0-9]+)\}")
PUNCT = re.compile(r"[,.?!;:]")
TYPES = tuple(sorted(set(SLOT_TYPES.values())))


def build(n: int = N) -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    out = []
    seen: Counter[str] = Counter()
    for i in range(n):
        pii = rng.random() >= NO_PII_SHARE
        pool = templates.PII if pii else templates.NO_PII
        style = rng.choices(list(STYLE_WEIGHTS), weights=list(STYLE_WEIGHTS.values()))[0]
        if pii:
            wanted = build_kit.lagging_kind(seen, BALANCE, rng)
            index = build_kit.template_for(pool, wanted, SLOT, SLOT_TYPES, rng)
            said_in_words = (
                seen[f"{wanted}/words"] <= seen[f"{wanted}/numerals"]
            )  # half of each kind in words
            style = rng.choice(["raw", "raw", "punct"] if said_in_words else ["numerals", "smart", "smart"])
        else:
            index = rng.randrange(len(pool))
        line = render(pool[index], Ctx(rng=rng, style=style))
        for e in line["entities"]:
            kind = build_kit.balance_kind(e)
            seen.update([kind, f"{kind}/{'words' if style in ('raw', 'punct') else 'numerals'}"])
        out.append({"id": f"v5-{i:04d}", "text": line["text"], "form": style,
                    "template": f"v5/{'pii' if pii else 'no_pii'}/{index}",
                    "entities": line["entities"], "distractors": line["distractors"]})  # fmt: skip
    return out


def render(template: str, ctx: Ctx) -> dict[str, Any]:
    """render_kit's left-to-right fill with v5's literal text (a lead-in before a PII value other than a
    name), a capital for a value opening a sentence, and no "." dropped after a value."""
    return render_kit.fill_left_to_right(
        template, ctx, SLOT_TYPES, fill, DISTRACTORS,
        lambda piece, first, nxt: _literal(
            piece, ctx, first, before_value=nxt in SLOT_TYPES and SLOT_TYPES[nxt] != "PERSON"
        ),
        opens=lambda text: not ctx.lower and (not text.strip() or text.rstrip().endswith((".", "?", "!"))),
        slot=SLOT, drop_double_period=False,
    )  # fmt: skip


def _literal(piece: str, ctx: Ctx, first: bool, before_value: bool) -> str:
    """Template text as the recognizer writes it: lower case without punctuation in raw and numerals
    transcripts; now and then a filler between two words, a restart, or a lead-in before a value."""
    r = ctx.rng
    ws = render_kit.said_words(piece, ctx)
    if len(ws) > 3 and r.random() < (0.3 if ctx.style == "raw" else 0.12):
        k = r.randrange(1, len(ws) - 1)
        if ws[k - 1] and ws[k]:
            filler = r.choice(templates.FILLERS)
            ws.insert(k, filler.lower() if ctx.lower else filler if filler[0] == "I" else filler + ",")
    if first and ws[0] and r.random() < 0.08:  # a restart: "my- my", "the the"
        render_kit.say_first_twice(ws, ctx, "-")
    out = " ".join(ws)
    if before_value and out.endswith(("is ", "number ")) and r.random() < 0.1:
        out += r.choice(templates.LEAD_INS) + (" " if ctx.lower else ", ")
    return out


def counts_table(lines: list[dict[str, Any]]) -> str:
    return build_kit.counts_table(lines, TYPES, STYLES, "non-PII slots")


def main() -> None:
    build_kit.main(build, HERE / "test.jsonl", "write bench/pii_corpus/v5/test.jsonl", TYPES, STYLES,
                   "non-PII slots")  # fmt: skip


if __name__ == "__main__":
    main()
