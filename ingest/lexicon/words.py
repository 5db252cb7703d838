"""Words as the text-based definitions see them: lowercase, punctuation stripped, inner apostrophes kept.

"Sure, let's go!" → ("sure", "let's", "go"). Curly apostrophes count as straight ones, so transcripts
from different engines compare equal.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


WORDS_CACHE_SIZE = 16_384
"""Texts whose words are remembered: a live call is recomputed from all its events, so the same
utterances are split into words at every recomputation, and agents repeat their own phrasings across
calls. The result is an immutable tuple, so sharing it cannot change what any caller sees."""


@lru_cache(maxsize=WORDS_CACHE_SIZE)
def words(text: str) -> tuple[str, ...]:
    """The normalized words of ``text``, in order (remembered for the last ``WORDS_CACHE_SIZE`` texts)."""
    return tuple(_WORD.findall(text.translate(_APOSTROPHES).lower()))


def iter_word_spans(text: str) -> Iterator[tuple[str, int]]:
    """Each normalized word with the offset of its first character in ``text``, produced lazily."""
    for match in _WORD.finditer(text.translate(_APOSTROPHES)):
        yield match.group().lower(), match.start()


def word_spans(text: str) -> list[tuple[str, int]]:
    """Each normalized word with the offset of its first character in ``text``."""
    return list(iter_word_spans(text))


def overlap(a: Collection[str], b: Iterable[str]) -> float:
    """Share of the distinct words of ``a`` that also occur in ``b`` (0.0 when ``a`` is empty)."""
    distinct = set(a)
    if not distinct:
        return 0.0
    return len(distinct.intersection(b)) / len(distinct)
