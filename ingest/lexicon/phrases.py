"""Versioned phrase lists shipped with the package (``phrase_lists/<name>.v<N>.txt``).

They live here, at the bottom of the layers, because more than one layer reads the same words: the
stream's metrics and call rules and the API's wallboard all count a caller's "no, I said ..." with
``correction_markers``, so the wallboard and the metrics cannot read the same caller words differently
(they did while the wallboard kept a list of its own; ``tests/ingest/lexicon/test_correction_markers.py``).

One phrase per line, ``#`` starts a comment. Phrases are stored as normalized word tuples (see
``words.py``) in a word trie and matched on whole words only, so "listen" matches "Listen, please" but
not "listening". A changed list is a new file and a new version, never an edit of a released one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ingest.lexicon.words import words

FILLERS = "fillers.v1"
CORRECTION_MARKERS = "correction_markers.v1"

END = ""  # trie key marking the end of a phrase (never a word: words are non-empty)
Trie = dict[str, Any]  # word -> Trie, plus END -> True where a phrase ends


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A set of phrases as a word trie, so the longest phrase at a position is found in one walk."""

    name: str
    phrases: frozenset[tuple[str, ...]]
    trie: Trie

    def match_at(self, text_words: Sequence[str], i: int) -> int:
        """Word count of the longest phrase starting at ``text_words[i]``; 0 when none does."""
        node = self.trie
        best = 0
        for j in range(i, len(text_words)):
            child: Trie | None = node.get(text_words[j])
            if child is None:
                break
            node = child
            if END in node:
                best = j + 1 - i
        return best

    def occurs_in(self, text_words: Sequence[str]) -> bool:
        """Whether any phrase occurs anywhere in ``text_words`` on word boundaries."""
        return any(self.match_at(text_words, i) for i in range(len(text_words)))


def parse_lexicon(name: str, text: str) -> Lexicon:
    """Build a lexicon from the text of a lexicon file."""
    phrases = {phrase for line in text.splitlines() if (phrase := words(line.split("#", 1)[0]))}
    trie: Trie = {}
    for phrase in phrases:
        node = trie
        for word in phrase:
            node = node.setdefault(word, {})
        node[END] = True
    return Lexicon(name=name, phrases=frozenset(phrases), trie=trie)


@cache
def load_lexicon(name: str) -> Lexicon:
    """The packaged lexicon ``name`` (e.g. ``"fillers.v1"``), read once per process."""
    source = resources.files("ingest.lexicon").joinpath("phrase_lists", f"{name}.txt")
    return parse_lexicon(name, source.read_text(encoding="utf-8"))
