"""The redaction interface. The redact step applies a ``Redactor`` to every text-bearing field.

A redactor *finds* spans of personal data and names their placeholders; applying them is shared
code, so that token chunks of an agent utterance can be redacted as one text (a card number split
across two chunks is still found) and then cut back into chunks.

Placeholders are typed and carry a keyed token (``<PHONE_NUMBER:7f3a9c>``): the same value gives
the same token under one key, so analysts can count and join on "same caller number" without seeing
it, and turn-overlap metrics still see a repeated number as a repeat. The token is computed from the
value's canonical form (``canonical.py``) and not from its kind, so a value said, written or passed
to a tool gets one token even when two recognizers named it differently.
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from stream.redaction.canonical import canonical


@dataclass(frozen=True, slots=True)
class Replacement:
    """Replace ``text[start:end]`` with ``placeholder``."""

    start: int
    end: int
    placeholder: str


class Redactor(Protocol):
    """Finds personal data in one piece of text. Must be deterministic for a given key."""

    name: str

    def find(self, text: str) -> Sequence[Replacement]: ...


class Tokenizer:
    """Keyed HMAC-SHA256 tokens for placeholders: ``<KIND:hex6>``, hex6 from the canonical value."""

    _MEMO_SIZE = 8_192  # placeholders remembered (a call's values come back: caller number, name, card)

    def __init__(self, key: bytes, length: int = 6) -> None:
        self._key = key
        self._length = length
        self._memo: dict[tuple[str, str], str] = {}

    def placeholder(self, kind: str, value: str) -> str:
        """Remembered per (kind, value), bounded: each new value costs one canonical form and one HMAC
        (``hmac.digest``: one C call, the same bytes as ``hmac.new``), a value seen again a dict look-up."""
        known = self._memo.get((kind, value))
        if known is not None:
            return known
        digest = hmac.digest(self._key, canonical(kind, value).encode(), "sha256").hex()
        made = f"<{kind}:{digest[: self._length]}>"
        if len(self._memo) >= self._MEMO_SIZE:
            self._memo.clear()
        self._memo[(kind, value)] = made
        return made


def non_overlapping(replacements: Sequence[Replacement]) -> list[Replacement]:
    """Sorted, without overlaps: of two overlapping spans the earlier (then longer) one wins."""
    chosen: list[Replacement] = []
    for rep in sorted(replacements, key=lambda r: (r.start, -(r.end - r.start))):
        if chosen and rep.start < chosen[-1].end:
            continue
        chosen.append(rep)
    return chosen


def redact_text(redactor: Redactor, text: str) -> str:
    if not text:
        return text
    return apply(text, non_overlapping(redactor.find(text)))


def apply(text: str, replacements: Sequence[Replacement]) -> str:
    out: list[str] = []
    cursor = 0
    for rep in replacements:
        out.append(text[cursor : rep.start])
        out.append(rep.placeholder)
        cursor = rep.end
    out.append(text[cursor:])
    return "".join(out)


def redact_pieces(redactor: Redactor, pieces: Sequence[str]) -> list[str]:
    """Redact consecutive pieces of one text (token chunks) as a whole, then cut it back.

    A placeholder goes to the piece where its span starts; the following pieces lose the covered
    characters. The pieces joined equal the redacted whole text.
    """
    whole = "".join(pieces)
    reps = non_overlapping(redactor.find(whole)) if whole else []
    if not reps:
        return list(pieces)
    out: list[str] = []
    start = 0
    rep_index = 0
    covered_until = 0  # raw offset up to which characters were replaced already
    for piece in pieces:
        end = start + len(piece)
        parts: list[str] = []
        cursor = max(start, covered_until)
        while rep_index < len(reps) and reps[rep_index].start < end:
            rep = reps[rep_index]
            parts.append(whole[cursor : rep.start])
            parts.append(rep.placeholder)
            cursor = rep.end
            covered_until = rep.end
            rep_index += 1
        if cursor < end:
            parts.append(whole[cursor:end])
        out.append("".join(parts))
        start = end
    return out
