"""Write the v7 spoken-PII **test half** ``test.jsonl`` (scored once per release, never used for tuning).

Deterministic from one seed (20261206). v2's line format, entity types, forms and span rules, so v2's
``score.py`` (and ``bench/pii_eval.py --sets v7``) scores it: {"id", "text", "form", "template",
"entities": [{"start", "end", "type", "value", "form"}], "distractors": [{"start", "end", "kind"}]};
``form`` is the transcript style (raw, punct, numerals, smart).

Run: ``python bench/pii_corpus/v7/build.py`` (rewrites test.jsonl, prints the counts per type and form);
``python bench/pii_corpus/v7/check.py`` checks what it wrote without any redactor.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import build_kit
from bench.pii_corpus.v7 import templates
from bench.pii_corpus.v7.distractors import DISTRACTORS
from bench.pii_corpus.v7.slots import PLAIN, SLOT_TYPES, STYLES, Ctx, fill

HERE = Path(__file__).resolve().parent
SEED = 20_261_206
N = 600
NO_PII_SHARE = 0.29
# how often each kind comes up on the line (relative): addresses, IDs and spoken digits up, where the last test
# half was weakest
BALANCE = {"PERSON": 1.4, "SPELLED": 0.45, "STREET_ADDRESS": 1.4, "ACCOUNT_ID": 1.3, "DATE_OF_BIRTH": 1.0,
           "PHONE_NUMBER": 1.1, "ZIP_CODE": 0.85, "EMAIL_ADDRESS": 0.85, "LAST_FOUR": 0.75, "CREDIT_CARD": 0.8,
           "US_SSN": 0.75}  # fmt: skip
# share of each kind said in words (raw or punct transcripts); the numeric ones more often, so that at least
# 150 spoken numeric identifiers are in the half
WORDS_SHARE = {"PHONE_NUMBER": 0.6, "US_SSN": 0.6, "CREDIT_CARD": 0.6, "ACCOUNT_ID": 0.6, "ZIP_CODE": 0.6,
               "LAST_FOUR": 0.6}  # fmt: skip
NO_PII_STYLES = {"raw": 0.3, "punct": 0.2, "numerals": 0.2, "smart": 0.3}
SLOT = re.compile(r"\{([A-Z0-9]+)\}")
PUNCT = re.compile(r"[,.?!;:]")
TYPES = tuple(sorted(set(SLOT_TYPES.values())))


def build(n: int = N) -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    out = []
    seen: Counter[str] = Counter()
    for i in range(n):
        pii = rng.random() >= NO_PII_SHARE
        if pii:
            wanted = build_kit.lagging_kind(seen, BALANCE, rng)
            index = build_kit.template_for(templates.PII, wanted, SLOT, SLOT_TYPES, rng)
            share = WORDS_SHARE.get(wanted, 0.5)
            in_words = seen[f"{wanted}/words"] * (1 - share) <= seen[f"{wanted}/numerals"] * share
            style = rng.choice(["raw", "raw", "punct"] if in_words else ["numerals", "smart", "smart"])
            pool = templates.PII
        else:
            index = rng.randrange(len(templates.NO_PII))
            style = rng.choices(list(NO_PII_STYLES), weights=list(NO_PII_STYLES.values()))[0]
            pool = templates.NO_PII
        line = render(pool[index], Ctx(rng=rng, style=style))
        for e in line["entities"]:
            kind = "SPELLED" if e["form"] == "spelled" else e["type"]
            seen.update([kind, f"{kind}/{'words' if style in ('raw', 'punct') else 'numerals'}"])
        out.append({"id": f"v7-{i:04d}", "text": line["text"], "form": style,
                    "template": f"v7/{'pii' if pii else 'no_pii'}/{index}",
                    "entities": line["entities"], "distractors": line["distractors"]})  # fmt: skip
    return out


def render(template: str, ctx: Ctx) -> dict[str, Any]:
    """Fill the template left to right, keeping the offsets of every PII value and non-PII value."""
    text = ""
    entities: list[dict[str, Any]] = []
    distractors: list[dict[str, Any]] = []
    pieces = SLOT.split(template)
    for j, piece in enumerate(pieces):
        if j % 2 == 0:
            nxt = pieces[j + 1] if j + 1 < len(pieces) else ""
            text += _literal(piece, ctx, first=j == 0, before_value=nxt in SLOT_TYPES)
            continue
        if piece in PLAIN:  # a place after an address: plain words, neither PII nor a marked value
            text += PLAIN[piece](ctx)
            continue
        if piece in SLOT_TYPES:
            said, value, form = fill(piece, ctx)
            said = said.lower() if ctx.lower else said
            entities.append({"start": len(text), "end": len(text) + len(said), "type": SLOT_TYPES[piece],
                             "value": value, "form": form})  # fmt: skip
        else:
            said = DISTRACTORS[piece](ctx)
            said = said.lower() if ctx.lower else said
            distractors.append({"start": len(text), "end": len(text) + len(said), "kind": piece})
        text += said
    return {"text": text, "entities": entities, "distractors": distractors}


def _literal(piece: str, ctx: Ctx, first: bool, before_value: bool) -> str:
    """Template text as the recognizer writes it: lower case without punctuation in raw and numerals
    transcripts; now and then a filler between two words, a restart ("the the", "my- my"), or a lead-in
    right before a value (outside its span)."""
    r = ctx.rng
    if ctx.lower:
        piece = PUNCT.sub("", piece).lower()
    ws = piece.split(" ")
    if len(ws) > 3 and r.random() < (0.28 if ctx.style == "raw" else 0.1):
        k = r.randrange(1, len(ws) - 1)
        if ws[k - 1] and ws[k] and not ws[k - 1].endswith(","):
            f = r.choice(templates.FILLERS)
            ws.insert(k, f.lower() if ctx.lower else (f + ","))
    if first and ws[0] and r.random() < 0.07:
        head = PUNCT.sub("", ws[0])
        ws.insert(0, head.lower() if ctx.lower else head + "-")
    out = " ".join(ws)
    if before_value and out.endswith((" is ", " was ", "'s ")) and r.random() < 0.12:
        out += r.choice(templates.LEAD_INS) + (" " if ctx.lower else ", ")
    return out


def counts_table(lines: list[dict[str, Any]]) -> str:
    return build_kit.counts_table(lines, TYPES, STYLES)


def main() -> None:
    build_kit.main(build, HERE / "test.jsonl", "write bench/pii_corpus/v7/test.jsonl", TYPES, STYLES)


if __name__ == "__main__":
    main()
