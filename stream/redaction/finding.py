"""What a speech recognizer reports: a span, its kind, and the normalized value behind it.

The value (digits of a spoken number, the written form of a spoken e-mail address) is what the
placeholder token is computed from, so "four one five ..." and "415-..." get the same token.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
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


def without_opening_words(
    tokens: Sequence[Token],
    found: list[Finding],
    kind: str,
    opening: frozenset[str],
    first_kept: Callable[[Sequence[Token], int, int], int],
    *,
    keep_if_nothing_left: bool,
) -> list[Finding]:
    """The findings of ``kind`` that start on a word of ``opening``, started again at the word
    ``first_kept(tokens, i, end)`` says (``i``: the opening word's index, ``end``: the finding's end) and
    valued by the words from there; one with no word of its own left is kept whole if
    ``keep_if_nothing_left``, else dropped. The one walk of the passes that take a word a finder took
    with a name off its front (a sound before it, a slot word)."""
    if opening.isdisjoint(t.low for t in tokens):
        return found  # most texts: one set test
    starts = {t.start: i for i, t in enumerate(tokens)}
    out = []
    for f in found:
        a = starts.get(f.start)
        if f.kind != kind or a is None or tokens[a].low not in opening:
            out.append(f)
            continue
        k = first_kept(tokens, a, f.end)
        if k < len(tokens) and tokens[k].end <= f.end:
            rest = " ".join(t.low for t in tokens[k:] if t.end <= f.end)
            out.append(Finding(tokens[k].start, f.end, kind, rest, f.score))
        elif keep_if_nothing_left:
            out.append(f)
    return out
