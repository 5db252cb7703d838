"""What v6's to v9's builders share to turn a template into one transcript line: the rendering context and
the left-to-right fill that keeps every value's offsets; and what their transcript styles, entity forms and
canonical values are.

The two halves wrote the same ``Ctx``, ``render`` and ``_literal``; they differ only in content (their
templates' fillers and lead-ins, their slots and non-PII values, v7's plain place words), which each half
passes in as a ``Renderer``. Moving code here left both ``test.jsonl`` files byte-identical (sha256 before
and after in the commit that moved it).

Transcript styles (``ctx.style``, the utterance ``form``; v6-v9): ``raw`` lower case, no punctuation,
numbers as words (a recognizer without formatting); ``punct`` punctuated, numbers as words; ``numerals``
lower case, no punctuation, numerals where digits were said (Deepgram ``numerals``), split where the caller
paused;
``smart`` smart-formatted (Deepgram ``smart_format``, Google/IBM formatting): "(541) 772-9031", "March 4,
1971", "zola.thibault71@gmail.com".

Entity forms: ``spoken`` (numbers as words), ``written`` (numerals), ``mixed`` (numerals with one group said
as words, an ID's letters spelled with its digits as numerals, an e-mail with its digits as numerals),
``plain`` (a name), ``spelled`` (a name letter by letter). Canonical values (the same spoken and written):
digits only for SSN, card, phone (10 digits), ZIP (5 or 9), last four; ``YYYY-MM-DD``; an ID as its
upper-case letters and digits; the e-mail lower case; a name as ``First Last``; an address as
``number [DIR ]Street Abbr[ DIR][ UNIT id]``, ``PO Box n``, ``RR n Box n`` or ``number State Hwy n``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Line = dict[str, Any]
SLOT = re.compile(r"\{([A-Z0-9]+)\}")
PUNCT = re.compile(r"[,.?!;:]")


@dataclass
class Ctx:
    """One utterance being rendered: the seeded draw, the transcript style and the person named last."""

    rng: random.Random
    style: str
    first: str = ""  # the person named last in this utterance, for a spelling or an e-mail after it
    surname: str = ""  # the real spelling (a name may have been written as the recognizer heard it)

    @property
    def lower(self) -> bool:
        return self.style in ("raw", "numerals")

    @property
    def words(self) -> bool:
        return self.style in ("raw", "punct")

    @property
    def punct(self) -> bool:
        return self.style in ("punct", "smart")

    def case(self, text: str) -> str:
        return text.lower() if self.lower else text


@dataclass(frozen=True)
class Renderer:
    """A half's content for ``render``: its PII slots (``fill`` says a value, ``slot_types`` names its type),
    its non-PII renderers, the fillers and lead-ins its callers say, and plain words neither PII nor marked."""

    slot_types: Mapping[str, str]
    fill: Callable[[str, Ctx], tuple[str, str, str]]
    distractors: Mapping[str, Callable[[Ctx], str]]
    fillers: Sequence[str]
    lead_ins: Sequence[str]
    plain: Mapping[str, Callable[[Ctx], str]] = field(default_factory=dict)

    def render(self, template: str, ctx: Ctx) -> Line:
        """Fill the template left to right, keeping the offsets of every PII value and non-PII value."""
        text = ""
        entities: list[dict[str, Any]] = []
        distractors: list[dict[str, Any]] = []
        pieces = SLOT.split(template)
        for j, piece in enumerate(pieces):
            if j % 2 == 0:
                nxt = pieces[j + 1] if j + 1 < len(pieces) else ""
                text += self.literal(piece, ctx, first=j == 0, before_value=nxt in self.slot_types)
                continue
            if piece in self.plain:  # a place after an address: plain words, neither PII nor a marked value
                text += self.plain[piece](ctx)
                continue
            if piece in self.slot_types:
                said, value, form = self.fill(piece, ctx)
                said = said.lower() if ctx.lower else said
                entities.append({"start": len(text), "end": len(text) + len(said), "type": self.slot_types[piece],
                                 "value": value, "form": form})  # fmt: skip
            else:
                said = self.distractors[piece](ctx)
                said = said.lower() if ctx.lower else said
                distractors.append({"start": len(text), "end": len(text) + len(said), "kind": piece})
            text += said
        return {"text": text, "entities": entities, "distractors": distractors}

    def literal(self, piece: str, ctx: Ctx, first: bool, before_value: bool) -> str:
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
                f = r.choice(self.fillers)
                ws.insert(k, f.lower() if ctx.lower else (f + ","))
        if first and ws[0] and r.random() < 0.07:
            head = PUNCT.sub("", ws[0])
            ws.insert(0, head.lower() if ctx.lower else head + "-")
        out = " ".join(ws)
        if before_value and out.endswith((" is ", " was ", "'s ")) and r.random() < 0.12:
            out += r.choice(self.lead_ins) + (" " if ctx.lower else ", ")
        return out
