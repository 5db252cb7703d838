"""Where the first helpful word of an agent response is: the first word after the leading fillers.

Fillers come from the versioned lexicon ``lexicons/fillers.v1.txt``, matched longest-first and
repeatedly at the start of each utterance ("Sure, okay, let me check." is all filler). When a whole
utterance is filler the search continues into the next utterance of the same response; a phrase does
not run across two utterances.

The words of an utterance are read from its token chunks (so the helpful word can be located in the
chunk that carried it); an utterance without chunks is read from its text and dated by its ``ts``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from ingest.contract.lean import AgentUtterance, TokenChunk
from ingest.lexicon.phrases import END, FILLERS, Lexicon, Trie, load_lexicon
from ingest.lexicon.words import iter_word_spans


class HelpfulWord(NamedTuple):
    """Location of the first helpful word of a response."""

    utterance: int  # index in the response
    chunk: int | None  # index in that utterance's chunks; None when it has no chunks
    ts_ms: int  # send time of that chunk (else of the utterance)


def _fill(buffer: list[tuple[str, int]], spans: Iterator[tuple[str, int]], size: int) -> bool:
    """Pull words into ``buffer`` until it holds ``size``; False when the text has fewer words."""
    while len(buffer) < size:
        span = next(spans, None)
        if span is None:
            return False
        buffer.append(span)
    return True


def helpful_offset(text: str, fillers: Lexicon) -> int | None:
    """Character offset of the first word of ``text`` after its leading fillers; None if all filler.

    Walks the filler trie word by word, tokenizing only as far as the matching needs to look.
    """
    spans = iter_word_spans(text)
    buffer: list[tuple[str, int]] = []
    i = 0
    while _fill(buffer, spans, i + 1):
        node, j, matched = fillers.trie, i, 0
        while _fill(buffer, spans, j + 1):
            child: Trie | None = node.get(buffer[j][0])
            if child is None:
                break
            node, j = child, j + 1
            if END in node:
                matched = j - i
        if not matched:
            return buffer[i][1]
        i += matched
    return None


OFFSET_CACHE_SIZE = 16_384
"""Utterance texts whose helpful offset under the packaged filler lexicon is remembered: a live call's
responses are searched again at every recomputation, and agents say the same sentences in many calls."""


@lru_cache(maxsize=OFFSET_CACHE_SIZE)
def default_helpful_offset(text: str) -> int | None:
    """``helpful_offset`` under the packaged filler lexicon (read once per process, never changed);
    ``default_helpful_offset.cache_clear()`` empties its memory (a benchmark's cold start)."""
    return helpful_offset(text, load_lexicon(FILLERS))


def chunk_at(chunks: Sequence[TokenChunk], offset: int) -> int:
    """Index of the chunk holding character ``offset`` of the chunks' concatenated text."""
    starts = list(accumulate((len(c.text) for c in chunks[:-1]), initial=0))
    return bisect_right(starts, offset) - 1


def find_helpful_word(
    response: Sequence[AgentUtterance], fillers: Lexicon | None = None
) -> HelpfulWord | None:
    """The first non-filler word of ``response``, or None when it is all filler (or empty)."""
    for index, utterance in enumerate(response):
        chunks = utterance.data.chunks
        text = "".join([c.text for c in chunks]) if chunks else utterance.data.text
        offset = default_helpful_offset(text) if fillers is None else helpful_offset(text, fillers)
        if offset is not None:
            if not chunks:
                return HelpfulWord(utterance=index, chunk=None, ts_ms=utterance.ts)
            chunk = chunk_at(chunks, offset)
            return HelpfulWord(utterance=index, chunk=chunk, ts_ms=chunks[chunk].ts)
    return None
