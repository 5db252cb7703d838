"""What v6's to v9's builders share to turn a template into one transcript line: the rendering context and
the left-to-right fill that keeps every value's offsets; and what their transcript styles, entity forms and
canonical values are.

The two halves wrote the same ``Ctx``, ``render`` and ``_literal``; they differ only in content (their
templates' fillers and lead-ins, their slots and non-PII values, v7's plain place words), which each half
passes in as a ``Renderer``. Moving code here left both ``test.jsonl`` files byte-identical (sha256 before
and after in the commit that moved it). The fill itself (``fill_left_to_right``) is also v2's to v5's, each
passing its own rules for literal text, capitals and a doubled "."; their files stayed byte-identical too.

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


def said_words(piece: str, ctx: Any) -> list[str]:
    """Template text cut into words as the recognizer writes it: without punctuation and in lower case in
    the raw and numerals styles (v2-v5's literal text and ``Renderer.literal``)."""
    return (PUNCT.sub("", piece).lower() if ctx.lower else piece).split(" ")


def say_first_twice(ws: list[str], ctx: Any, mark: str, lower_next: bool = True) -> None:
    """A restart: the first word said again before itself ("the the", "my- my"), followed by ``mark`` in the
    punctuated styles (v2, v3 ","; v4 "..."; v5 and ``Renderer`` "-"); with ``lower_next`` (v2-v5) the word
    after it loses its capital unless it is "I"."""
    head = PUNCT.sub("", ws[0])
    ws.insert(0, head if ctx.lower else head + mark)
    if lower_next and not ctx.lower and head != "I":
        ws[1] = ws[1][:1].lower() + ws[1][1:]


class TranscriptStyle:
    """What an utterance's transcript style (``style``) says about how it is written: lower case (raw,
    numerals), numbers as words (raw, punct), punctuated (punct, smart). The one home of these rules for
    this module's ``Ctx`` and v2's (issue 18: v2's ``Ctx`` had a copy)."""

    style: str

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


@dataclass
class Ctx(TranscriptStyle):
    """One utterance being rendered: the seeded draw, the transcript style and the person named last."""

    rng: random.Random
    style: str
    first: str = ""  # the person named last in this utterance, for a spelling or an e-mail after it
    surname: str = ""  # the real spelling (a name may have been written as the recognizer heard it)


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
        """Fill the template left to right, keeping the offsets of every PII value and non-PII value
        (``fill_left_to_right`` with this half's content: a lead-in only before a PII value, values lower
        case in the lower-case styles, plain place words unmarked)."""
        return fill_left_to_right(
            template, ctx, self.slot_types, self.fill, self.distractors,
            lambda piece, first, nxt: self.literal(piece, ctx, first, before_value=nxt in self.slot_types),
            plain=self.plain, lower=ctx.lower, drop_double_period=False,
        )  # fmt: skip

    def literal(self, piece: str, ctx: Ctx, first: bool, before_value: bool) -> str:
        """Template text as the recognizer writes it: lower case without punctuation in raw and numerals
        transcripts; now and then a filler between two words, a restart ("the the", "my- my"), or a lead-in
        right before a value (outside its span)."""
        r = ctx.rng
        ws = said_words(piece, ctx)
        if len(ws) > 3 and r.random() < (0.28 if ctx.style == "raw" else 0.1):
            k = r.randrange(1, len(ws) - 1)
            if ws[k - 1] and ws[k] and not ws[k - 1].endswith(","):
                f = r.choice(self.fillers)
                ws.insert(k, f.lower() if ctx.lower else (f + ","))
        if first and ws[0] and r.random() < 0.07:
            say_first_twice(ws, ctx, "-", lower_next=False)
        out = " ".join(ws)
        if before_value and out.endswith((" is ", " was ", "'s ")) and r.random() < 0.12:
            out += r.choice(self.lead_ins) + (" " if ctx.lower else ", ")
        return out


def fill_left_to_right(
    template: str,
    ctx: Any,
    slot_types: Mapping[str, str],
    fill: Callable[[str, Any], tuple[str, str, str]],
    distractors: Mapping[str, Callable[[Any], str]],
    literal: Callable[[str, bool, str | None], str],
    *,
    opens: Callable[[str], bool] | None = None,
    slot: re.Pattern[str] = SLOT,
    drop_double_period: bool = True,
    plain: Mapping[str, Callable[[Any], str]] | None = None,
    lower: bool = False,
) -> Line:
    """v2's to v5's fill of a template, left to right, keeping the offsets of every PII value and non-PII
    number (v6 on use ``Renderer.render``). Each half passes its own rules, which shape its bytes:
    ``literal(piece, first, next_slot)`` writes template text (``next_slot`` is the slot after it, None at
    the end), ``opens(text_so_far)`` says when a value opens a sentence and takes a capital (v3-v5; v2 never),
    and v2-v4 drop a literal's leading "." after a value ending in one ("2:20 a.m." closing a sentence).
    ``Renderer.render`` (v6 on) adds ``plain`` slots (place words neither PII nor marked) and ``lower``
    (every value lower case, as a raw or numerals transcript writes it)."""
    text = ""
    entities: list[dict[str, Any]] = []
    marked: list[dict[str, Any]] = []
    pieces = slot.split(template)
    for j, piece in enumerate(pieces):
        if j % 2 == 0:
            said = literal(piece, j == 0, pieces[j + 1] if j + 1 < len(pieces) else None)
            if drop_double_period and text.endswith(".") and said.startswith("."):
                said = said[1:]
            text += said
            continue
        if plain is not None and piece in plain:
            text += plain[piece](ctx)
            continue
        if piece in slot_types:
            said, value, form = fill(piece, ctx)
            if opens is not None and opens(text):
                said = said[:1].upper() + said[1:]
            said = said.lower() if lower else said
            entities.append({"start": len(text), "end": len(text) + len(said), "type": slot_types[piece],
                             "value": value, "form": form})  # fmt: skip
        else:
            said = distractors[piece](ctx)
            said = said.lower() if lower else said
            marked.append({"start": len(text), "end": len(text) + len(said), "kind": piece})
        text += said
    return {"text": text, "entities": entities, "distractors": marked}
