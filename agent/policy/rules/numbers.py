"""Spoken numbers as speech-to-text writes them, turned into digit strings.

Callers say "four one five, five five five, oh one ninety eight", "415-555-0198", "double five",
"oh three, oh three, eighty two". ``digit_groups`` reads a sentence left to right and returns the
digit groups in order; "oh" only counts as zero next to another number ("Oh, uh, it's ..." is not).
"""

from __future__ import annotations

import re

from ingest.lexicon.numbers import ONES, TEENS, TENS

ZEROS = {"oh", "o"}
REPEAT = {"double": 2, "triple": 3}
_TOKEN = re.compile(r"\d+|[a-z]+")


def _is_number(word: str) -> bool:
    return word.isdigit() or word in ONES or word in TEENS or word in TENS


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("-", " "))


def digit_groups(text: str) -> list[str]:
    """Digit strings in order of speech: ``"four one five, 555"`` -> ``["4", "1", "5", "555"]``."""
    words = tokens(text)
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        prev = words[i - 1] if i else ""
        if w.isdigit():
            out.append(w)
        elif w in ONES:
            out.append(str(ONES[w]))
        elif w in ZEROS and (_is_number(nxt) or _is_number(prev) or nxt in ZEROS or prev in ZEROS):
            out.append("0")
        elif w in TEENS:
            out.append(str(TEENS[w]))
        elif w in TENS:
            if nxt in ONES and ONES[nxt] > 0:
                out.append(str(TENS[w] + ONES[nxt]))
                i += 1
            else:
                out.append(str(TENS[w]))
        elif w in REPEAT and nxt in ONES:
            out.append(str(ONES[nxt]) * REPEAT[w])
            i += 1
        i += 1
    return out


def all_digits(text: str) -> str:
    """Every digit said, concatenated."""
    return "".join(digit_groups(text))


def number_under_100(words: list[str]) -> int | None:
    """``["twenty", "one"]`` -> 21, ``["seven"]`` -> 7."""
    if not words:
        return None
    w = words[0]
    if w.isdigit():
        return int(w)
    if w in TEENS:
        return TEENS[w]
    if w in ONES:
        return ONES[w]
    if w in TENS:
        return TENS[w] + (ONES[words[1]] if len(words) > 1 and words[1] in ONES else 0)
    return None
