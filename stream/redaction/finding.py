"""What a speech recognizer reports: a span, its kind, and the normalized value behind it.

The value (digits of a spoken number, the written form of a spoken e-mail address) is what the
placeholder token is computed from, so "four one five ..." and "415-..." get the same token.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stream.redaction.spoken import Token


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    kind: str
    value: str
    score: float = 0.9


def token_spans(
    tokens: Sequence[Token], findings: Iterable[Finding]
) -> Iterator[tuple[Finding, int | None, int | None]]:
    """Each finding with the index of the token it starts on and of the one it ends on (None where that
    edge falls inside a word, or between tokens): the one reading of "which words does this finding
    cover" behind the passes that keep, trim or drop a finding by its words."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    for f in findings:
        yield f, starts.get(f.start), ends.get(f.end)


def first_words(
    tokens: Sequence[Token], findings: Iterable[Finding], kind: str
) -> Iterator[tuple[Finding, int]]:
    """The findings of ``kind`` that start on a word, each with the index of that word; the others are
    passed over: the walk of the passes that grow a name from the words around it."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    for f in findings:
        if f.kind == kind and (i := starts.get(f.start)) is not None:
            yield f, i
