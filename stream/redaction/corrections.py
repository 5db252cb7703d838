"""Self-corrections and hesitations inside a number read out, by the shape of the digits, not by a list.

Callers correct a number in words nobody can list ahead ("my bad", "correction", "let me redo that",
"i mean", "sorry let me redo that") and ASR writes their hesitations in many spellings ("eh", "uhm",
"hmmm", "errr"). Round 10 listed such words; v10 showed new ones each time (issue 15), and each
left the digits after it, or the words themselves, in clear inside an identifier.

Two rules replace the lists:

- a **hesitation** is a one-token sound by its letters (``u``/``e``/``a``/``h``/``m``/``r`` in the
  shapes "uh", "um", "eh(m)", "er(m)", "ah", "hm", "mm"), whatever its spelling: the tokenizer reads it
  as "uh", so every recognizer treats it as the pause it is;
- a **correction** is a short gap of words (at most ``MAX_GAP_WORDS``, no number word, no word that
  names a number) between two digit runs where the run after the gap says again what the run before
  it said: its first digits are the same digits as the first or the last digits before the gap (the
  same, reordered, or one changed). A number said again is the same number being fixed, whatever
  words sit between; an unrelated number after a few words is not (its digits differ).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from stream.redaction.lexicon import known_words, street_suffixes, unit_designators

if TYPE_CHECKING:
    from stream.redaction.spoken import Token

_SOUNDS = r"u+h+m*|u+m+|e+h+m*|e+r+m*|a+h+|h+m+|m+h?m+|h+u+h+"
_HESITATION = re.compile(_SOUNDS)
# a text holds a hesitation sound (in any spelling) at all: one search a text, most texts have none
MAY_HESITATE = re.compile(rf"(?<![^\W\d_])(?:{_SOUNDS})(?![^\W\d_])", re.IGNORECASE)
_SOUND_FIRST = frozenset("uehma")
HESITATION = "uh"  # how the tokenizer writes every hesitation sound


# the spellings every recognizer (and the learned name finder's weights) knows already, kept as written
_USUAL_SOUNDS = frozenset({"uh", "um", "umm", "uhh", "er", "erm", "ah", "hmm", "mm", "hm", "uhm", "mhm"})


def sound(low: str) -> bool:
    """Whether a lower-case token is a hesitation or backchannel sound in any spelling ("mm", "hm", "ehh")."""
    return low in _USUAL_SOUNDS or hesitation(low)


def hesitation(low: str) -> bool:
    """Whether a lower-case token is a hesitation sound in an unusual spelling ("eh", "ehh", "hmmm",
    "errr"), not a word: the tokenizer reads it as "uh"."""
    return (
        len(low) <= 6
        and low[:1] in _SOUND_FIRST
        and low not in _USUAL_SOUNDS
        and _HESITATION.fullmatch(low) is not None
    )


MAX_GAP_WORDS = 6
_GAP_MARKS = frozenset({",", ".", "-", "\u2014", "\u2013", "…", "!", ";", ":"})
# words that say what the next number is (a new number, not the same one said again), besides the
# context words and units of ``context`` (a lazy import: ``context`` reads ``spoken``, which reads this)
_NAMING = frozenset({"ending", "ends", "last", "digits", "number", "date", "year", "and", "or"})


@lru_cache(maxsize=1)
def _naming_words() -> frozenset[str]:
    from stream.redaction.context import CONTEXT_WORDS, NOT_PII_AFTER

    return _NAMING | frozenset(CONTEXT_WORDS) | NOT_PII_AFTER


def gap_end(
    tokens: list[Token],
    i: int,
    number_words: frozenset[str],
    max_words: int = MAX_GAP_WORDS,
    questions: bool = False,
) -> int | None:
    """Where the digits after a gap of words at ``i`` start, or None when no such gap is there: one to
    ``max_words`` alphabetic words (and pause marks) none of which is a number word or names a
    number, and no sentence of its own ("?") unless ``questions`` (the agent's re-ask between two groups
    of one identifier, "... can you repeat the whole thing? ...", which ``backchannels`` carries only
    when the digits on both sides make the announced shape)."""
    words = 0
    k = i
    while k < len(tokens):
        low = tokens[k].low
        if low in number_words or low.isdigit() or low in ("double", "triple"):
            return k if words else None
        if low in _GAP_MARKS or (questions and low == "?"):
            k += 1
            continue
        if not low.isalpha() and "'" not in low:
            return None
        if names_a_thing(low):
            return None
        words += 1
        if words > max_words:
            return None
        k += 1
    return None


def names_a_thing(low: str) -> bool:
    """A word that says what the next number is (``_naming_words``), a word on no English list (a name:
    "608 brady dr"), a street suffix or a unit designator
    ("apartment 607"): what is said between an address's numbers, not in a correction."""
    return (
        low in _naming_words()
        or low not in known_words()
        or low in street_suffixes()
        or low in unit_designators()
        or (low.endswith("'s") and low[:-2] not in known_words())
    )


def said_again(said: str, again: str, pairs: bool = True) -> str | None:
    """The digits meant when ``again`` follows ``said`` across a gap, or None when ``again`` does not
    say ``said`` again: the whole number restarted (``again`` as long as ``said`` or longer, its first
    three or four digits ``said``'s first ones) or its last digits repaired (``again``'s first digits
    are ``said``'s last digits), the same, two neighbours swapped, the last one changed, or (four, the
    reading going on after them or not at the first) any one changed: "7845, correction, 7854 ...";
    "95 my bad 5924"; "1145 i mean 1146". ``pairs``: whether two digits are enough (only when the two
    before the gap were said one by one, "nine five", not "twelve")."""
    for n in range(min(len(said), len(again), 4), 1 if pairs else 2, -1):
        if len(again) >= len(said) and n >= 3 and _alike(said[:n], again[:n], len(again) > n):
            return again
        if _alike(said[-n:], again[:n], len(again) > n):
            return said[:-n] + again
    return None


def _alike(a: str, b: str, goes_on: bool) -> bool:
    if a == b:
        return True
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        return a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(diff) != 1 or len(a) < 3:
        return False
    return diff[0] == len(a) - 1 or (len(a) >= 4 and (diff[0] > 0 or goes_on))


__all__ = [
    "HESITATION",
    "MAX_GAP_WORDS",
    "MAY_HESITATE",
    "gap_end",
    "hesitation",
    "names_a_thing",
    "said_again",
]
