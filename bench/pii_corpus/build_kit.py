"""What the seeded corpus builders (v2-v7) share: writing the ``.jsonl`` and the counts table.

Each half keeps its own templates, lexicons, seed and weights, and v2-v5 their own rendering (their rules
differ in details that shape the bytes of the committed files; v6's and v7's is ``render_kit``). This module
holds only what is the same code in them: the counts per type, entity form and transcript style that
``build.py`` prints (and each README quotes; v2-v7), writing the lines (v2-v7), the ``main`` that writes the
file and prints them (v3-v7), the balancing draw, the kind furthest behind its share and a template holding
it (v2-v7), the whole seeded draw of v6 and v7 (``balanced_build``; each half passes its ``Draw`` figures
and its ``Renderer``), and a v6-v13 half's ``build`` and ``main`` over its own modules (``SeededHalf``). Moving code here left every half's ``.jsonl`` byte-identical (sha256 before and after
in the commits that moved it).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.pii_corpus.render_kit import SLOT, Ctx, Renderer

Line = dict[str, Any]
ENTITY_FORMS = ("spoken", "written", "mixed", "plain", "spelled")


def counts_table(
    lines: list[Line], types: Sequence[str], styles: Sequence[str], slots_label: str = "non-PII slots"
) -> str:
    """Markdown: entities per type by entity form and by transcript style; utterances with and without PII
    by style; the non-PII slots by kind."""
    ents = [(e, x["form"]) for x in lines for e in x["entities"]]
    head = "| type | all | " + " | ".join(ENTITY_FORMS) + " | " + " | ".join(f"in {s}" for s in styles) + " |"
    rows = [head, "|" + "---|" * (2 + len(ENTITY_FORMS) + len(styles))]
    for t in (*types, "all"):
        sel = [(e, s) for e, s in ents if t in ("all", e["type"])]
        cells = [str(len(sel))] + [str(sum(e["form"] == f for e, _ in sel)) for f in ENTITY_FORMS]
        cells += [str(sum(s == st for _, s in sel)) for st in styles]
        rows.append(f"| {t} | " + " | ".join(cells) + " |")
    rows += ["", "| utterances | " + " | ".join(styles) + " | all |", "|" + "---|" * (len(styles) + 2)]
    for label, has in (("with PII", True), ("without PII", False)):
        utts = [x for x in lines if bool(x["entities"]) == has]
        rows.append(f"| {label} | " + " | ".join(str(sum(x["form"] == s for x in utts)) for s in styles)
                    + f" | {len(utts)} |")  # fmt: skip
    kinds = Counter(d["kind"] for x in lines for d in x["distractors"])
    rows += ["", f"{slots_label}: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))]
    return "\n".join(rows)


def write_lines(path: Path, lines: list[Line]) -> None:
    """One JSON object a line, UTF-8 as is (the committed format of every half)."""
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))


def main(
    build: Callable[[], list[Line]],
    default_out: Path,
    description: str,
    types: Sequence[str],
    styles: Sequence[str],
    slots_label: str = "non-PII slots",
) -> None:
    """A half's command line: ``--out`` (default its ``test.jsonl``); writes the lines and prints the counts."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args()
    lines = build()
    write_lines(args.out, lines)
    ents = sum(len(x["entities"]) for x in lines)
    print(f"### {args.out.name}: {len(lines)} utterances, {ents} entities\n")
    print(counts_table(lines, types, styles, slots_label))


def balance_kind(entity: Line, spelled: str = "SPELLED") -> str:
    """The kind an entity counts as in the balancing draw: its type, or ``spelled`` for a spelled name (a
    class of its own: "SPELLED" from v5 on, "PERSON_SPELLED" in v2-v4)."""
    return spelled if entity["form"] == "spelled" else str(entity["type"])


def lagging_kind(seen: Counter[str], balance: dict[str, float], rng: random.Random) -> str:
    """The kind of value furthest behind its share (``seen`` counts, ``balance`` relative weights); ties by
    ``rng``."""
    lag = {k: seen[k] / w for k, w in balance.items()}
    low = min(lag.values())
    return rng.choice(sorted(k for k, v in lag.items() if v == low))


def template_for(pool: list[str], wanted: str, slot: re.Pattern[str], slot_types: dict[str, str],
                 rng: random.Random, *, spell_slot: str = "SPELL", spelled: str = "SPELLED") -> int:  # fmt: skip
    """The index of a template of ``pool`` holding the wanted kind (``spelled`` for a ``spell_slot`` slot:
    "SPELLED" for ``{SPELL}`` from v5 on; v2's ``{SPELLED_LAST}``, v3's ``{SPELLED}`` and v4's ``{SPELL}``
    count as "PERSON_SPELLED")."""
    fits = [i for i, t in enumerate(pool)
            if wanted in {spelled if s == spell_slot else slot_types.get(s, "") for s in slot.findall(t)}]  # fmt: skip
    return rng.choice(fits)


@dataclass(frozen=True)
class Draw:
    """A half's balancing draw (v6, v7): its seed and size, the share of utterances without PII, the relative
    weight of each kind, the share of each kind said in words (0.5 when not named) and the style weights of
    utterances without PII."""

    half: str
    seed: int
    no_pii_share: float
    balance: dict[str, float]
    no_pii_styles: dict[str, float]
    words_share: dict[str, float] = field(default_factory=dict)


def balanced_build(draw: Draw, n: int, pii: list[str], no_pii: list[str], renderer: Renderer) -> list[Line]:
    """The n lines of a half: each utterance with PII holds the kind furthest behind its share, said in words
    (raw, punct) or numerals (numerals, smart) as the kind's words share asks; the rest without PII."""
    rng = random.Random(draw.seed)
    out = []
    seen: Counter[str] = Counter()
    for i in range(n):
        has_pii = rng.random() >= draw.no_pii_share
        if has_pii:
            wanted = lagging_kind(seen, draw.balance, rng)
            index = template_for(pii, wanted, SLOT, dict(renderer.slot_types), rng)
            share = draw.words_share.get(wanted, 0.5)
            in_words = seen[f"{wanted}/words"] * (1 - share) <= seen[f"{wanted}/numerals"] * share
            style = rng.choice(["raw", "raw", "punct"] if in_words else ["numerals", "smart", "smart"])
            pool = pii
        else:
            index = rng.randrange(len(no_pii))
            style = rng.choices(list(draw.no_pii_styles), weights=list(draw.no_pii_styles.values()))[0]
            pool = no_pii
        line = renderer.render(pool[index], Ctx(rng=rng, style=style))
        for e in line["entities"]:
            kind = balance_kind(e)
            seen.update([kind, f"{kind}/{'words' if style in ('raw', 'punct') else 'numerals'}"])
        out.append({"id": f"{draw.half}-{i:04d}", "text": line["text"], "form": style,
                    "template": f"{draw.half}/{'pii' if has_pii else 'no_pii'}/{index}",
                    "entities": line["entities"], "distractors": line["distractors"]})  # fmt: skip
    return out


@dataclass(frozen=True)
class SeededHalf:
    """A half drawn by ``balanced_build`` (v6-v17) from its own modules: its ``Draw`` and size, its templates
    (``PII``, ``NO_PII``, ``FILLERS``, ``LEAD_INS``), its slots (``SLOT_TYPES``, ``fill``, ``STYLES`` and, from v7
    on, the ``PLAIN`` place words) and kept values, and the file it writes. ``build`` is the half's lines and
    ``main`` its command line, which each ``build.py`` had written out the same way."""

    draw: Draw
    n: int
    templates: ModuleType
    slots: ModuleType
    distractors: Mapping[str, Callable[[Ctx], str]]
    out: Path

    @property
    def types(self) -> tuple[str, ...]:
        """The entity types the half's slots hold, sorted (the rows of its counts table)."""
        return tuple(sorted(set(self.slots.SLOT_TYPES.values())))

    def renderer(self) -> Renderer:
        """``render_kit.Renderer`` over the half's slots, kept values, fillers, lead-ins and plain words."""
        s, t = self.slots, self.templates
        return Renderer(
            s.SLOT_TYPES, s.fill, self.distractors, t.FILLERS, t.LEAD_INS, getattr(s, "PLAIN", {})
        )

    def build(self, n: int | None = None) -> list[Line]:
        """The half's lines (its first ``n``; all of them by default), the same bytes on every run."""
        size = self.n if n is None else n
        return balanced_build(self.draw, size, self.templates.PII, self.templates.NO_PII, self.renderer())

    def main(self) -> None:
        """The half's ``build.py`` command line: writes ``out`` (or ``--out``) and prints the counts table."""
        label = f"write bench/pii_corpus/{self.draw.half}/{self.out.name}"
        main(self.build, self.out, label, self.types, self.slots.STYLES)


@dataclass(frozen=True)
class StyleDraw:
    """v2's, v3's and v4's balancing draw: its label (the lines' ids and templates: "tune"/"test" for v2's
    halves, "v3", "v4") and seed, the share of utterances without PII, the transcript-style weights drawn for
    every utterance (v5 on pick the style by the kind's words share instead), the relative weight of each kind
    and the half's spelled-name slot (its spelled names count as "PERSON_SPELLED")."""

    half: str
    seed: int
    no_pii_share: float
    style_weights: dict[str, float]
    balance: dict[str, float]
    spell_slot: str


def style_drawn_build(draw: StyleDraw, n: int, pii: list[str], no_pii: list[str], slot: re.Pattern[str],
                      slot_types: dict[str, str], render: Callable[[str, random.Random, str], Line], *,
                      line_keys_first: bool) -> list[Line]:  # fmt: skip
    """The n lines of a v2-v4 half: each utterance with PII holds the kind furthest behind its share, the
    transcript style is drawn by weight, ``render(template, rng, style)`` says it. ``line_keys_first``: v2's
    and v3's lines put the rendered keys before "form" and "template" (v4 writes "text", "form", "template",
    "entities", "distractors"); the key order is part of the committed bytes."""
    rng = random.Random(draw.seed)
    out = []
    seen: Counter[str] = Counter({t: 0 for t in draw.balance})
    for i in range(n):
        has_pii = rng.random() >= draw.no_pii_share
        pool = pii if has_pii else no_pii
        if has_pii:
            wanted = lagging_kind(seen, draw.balance, rng)
            index = template_for(pool, wanted, slot, slot_types, rng, spell_slot=draw.spell_slot,
                                 spelled="PERSON_SPELLED")  # fmt: skip
        else:
            index = rng.randrange(len(pool))
        style = rng.choices(list(draw.style_weights), weights=list(draw.style_weights.values()))[0]
        line = render(pool[index], rng, style)
        seen.update(balance_kind(e, "PERSON_SPELLED") for e in line["entities"])
        ident, template = f"{draw.half}-{i:04d}", f"{draw.half}/{'pii' if has_pii else 'no_pii'}/{index}"
        if line_keys_first:
            out.append({"id": ident, **line, "form": style, "template": template})
        else:
            out.append({"id": ident, "text": line["text"], "form": style, "template": template,
                        "entities": line["entities"], "distractors": line["distractors"]})  # fmt: skip
    return out
