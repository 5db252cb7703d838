"""Matching a rule's phrases against what the caller said (already redacted): exact, tolerant, regex.

ASR writes the same words in several ways ("ridiculous", "ridiculus", "ridicu lous"; "waste"/"waist"),
so ``fuzzy_occurs`` finds a phrase within ``max_edits`` word edits: an extra word or a missing short
word costs 1; a missing or replaced content word costs 2 ("waste of money" is not "waste of time").
Two words are the same when they are equal, one character apart (two for long words), or share a
sound key (``sound_key``: consonant skeleton after common English spellings); one phrase word may be
two ASR words run together. Pure functions of words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ingest.lexicon.words import words

_DIGRAPHS = (("tch", "ch"), ("ph", "f"), ("gh", ""), ("ck", "k"), ("wr", "r"), ("kn", "n"), ("wh", "w"))
_LETTERS = str.maketrans({"c": "k", "q": "k", "z": "s", "x": "k", "v": "f", "j": "g"})
_VOWELS = frozenset("aeiouyhw'")


@lru_cache(maxsize=8192)
def sound_key(word: str) -> str:
    """A rough English sound key: spelling digraphs unified, vowels dropped, repeats collapsed."""
    w = word.lower()
    for spelled, sound in _DIGRAPHS:
        w = w.replace(spelled, sound)
    w = w.translate(_LETTERS)
    key: list[str] = []
    for ch in w:
        if ch in _VOWELS or not ch.isalpha():
            continue
        if not key or key[-1] != ch:
            key.append(ch)
    return "".join(key)


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of two words, stopping early past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


@lru_cache(maxsize=65536)
def same_word(expected: str, heard: str) -> bool:
    """Whether ``heard`` is ``expected`` as ASR may have written it."""
    if expected == heard:
        return True
    if min(len(expected), len(heard)) < 4:
        return False
    limit = 2 if len(expected) >= 8 else 1
    if _distance(expected, heard, limit) <= limit:
        return True
    key = sound_key(expected)
    return key == sound_key(heard) and (len(key) >= 3 or (len(key) == 2 and expected[0] == heard[0]))


def exact_occurs(phrase: Sequence[str], said: Sequence[str]) -> bool:
    """``phrase`` occurs in ``said`` word for word."""
    n = len(phrase)
    return n > 0 and any(tuple(said[i : i + n]) == tuple(phrase) for i in range(len(said) - n + 1))


def _dropped(word: str) -> int:
    """What a phrase word not heard costs: 1 for a short function word ASR drops ("of", "a"), else 2."""
    return 1 if len(word) <= 3 else 2


def fuzzy_distance(phrase: Sequence[str], said: Sequence[str]) -> int:
    """The fewest word edits that turn ``phrase`` into some stretch of ``said`` (free start and end)."""
    m = len(phrase)
    if m == 0:
        return 0
    # cost[i][j]: phrase[:i] against a stretch of said ending at j
    previous2: list[int] | None = None
    previous = [0]
    for word in phrase:  # column j = 0: only phrase words not heard
        previous.append(previous[-1] + _dropped(word))
    best = previous[m]
    for j in range(1, len(said) + 1):
        current = [0]  # a stretch may start anywhere: phrase[:0] costs nothing
        for i in range(1, m + 1):
            options = [
                previous[i] + 1,  # an extra word heard
                current[i - 1] + _dropped(phrase[i - 1]),  # a phrase word not heard
                previous[i - 1] + (0 if same_word(phrase[i - 1], said[j - 1]) else 2),  # another word
            ]
            if previous2 is not None and same_word(phrase[i - 1], said[j - 2] + said[j - 1]):
                options.append(previous2[i - 1])  # one word heard as two
            current.append(min(options))
        previous2, previous = previous, current
        best = min(best, current[m])
    return best


def fuzzy_occurs(phrase: str, said: Sequence[str], max_edits: int) -> bool:
    """``phrase`` occurs in ``said`` within ``max_edits`` word edits (fewer for short phrases: a
    one-word phrase must be heard as that word, not edited away)."""
    expected = words(phrase)
    allowed = min(max_edits, max(0, len(expected) - 2))
    if unheard_cost(expected, said) > allowed:
        return False  # most utterances: the phrase's words are not there at all, no alignment needed
    return fuzzy_distance(expected, said) <= allowed


def unheard_cost(phrase: Sequence[str], said: Sequence[str]) -> int:
    """A lower bound of ``fuzzy_distance``: what the phrase words that match no heard word (nor two heard
    words run together) cost at the least - each is dropped or replaced, never free. Cheap: no alignment,
    and the heard words are indexed once per utterance (``_Heard``), so a phrase word is compared only
    with the heard words ``same_word`` could accept."""
    heard = _heard(tuple(said))
    cost = 0
    for word in phrase:
        if not heard.has(word):
            cost += _dropped(word)
    return cost


class _Heard:
    """The heard words (and pairs run together) of one utterance, indexed for ``same_word``: equal words
    by set, the rest (four letters or more) by length for the spelling distance and by sound key."""

    __slots__ = ("_by_key", "_by_length", "_words")

    def __init__(self, said: tuple[str, ...]) -> None:
        words_ = set(said)
        words_.update(a + b for a, b in pairwise(said))
        self._words = words_
        self._by_length: dict[int, list[str]] = {}
        self._by_key: dict[str, list[str]] = {}
        for h in words_:
            if len(h) >= 4:
                self._by_length.setdefault(len(h), []).append(h)
                self._by_key.setdefault(sound_key(h), []).append(h)

    def has(self, expected: str) -> bool:
        """Whether ``same_word(expected, h)`` for some heard ``h`` (the same answer, fewer comparisons)."""
        if expected in self._words:
            return True
        if len(expected) < 4:
            return False
        limit = 2 if len(expected) >= 8 else 1
        for length in range(len(expected) - limit, len(expected) + limit + 1):
            for h in self._by_length.get(length, ()):
                if same_word(expected, h):  # cached: the same words recur across utterances
                    return True
        key = sound_key(expected)
        if len(key) >= 3:
            return key in self._by_key
        return len(key) == 2 and any(h[0] == expected[0] for h in self._by_key.get(key, ()))


@lru_cache(maxsize=1024)
def _heard(said: tuple[str, ...]) -> _Heard:
    return _Heard(said)
