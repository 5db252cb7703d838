"""A small, fast, dependency-free redactor: the baseline until Presidio is wired in.

It catches what is unambiguous in speech transcripts: e-mail addresses (written, or spoken with
"at" and "dot") and runs of four or more digits, written or spoken as number words ("four one
five", "oh", "double five"), with separators or fillers between them. It is deliberately
conservative about everything else; the Presidio-backed redactor covers names, addresses, dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stream.redaction.base import Replacement, Tokenizer

_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "for": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ate": "8", "to": "2", "too": "2",
}  # fmt: skip
_WEAK = {"o", "oh", "for", "to", "too", "ate"}  # number words that are also ordinary words
_REPEAT = {"double": 2, "triple": 3}
_SEPARATORS = {"-", ",", ".", "uh", "um", "and", "then", "/"}
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_SPOKEN_EMAIL = re.compile(
    r"\b[a-z0-9]+(?:\s+(?:dot|underscore|dash)\s+[a-z0-9]+)*\s+at\s+[a-z0-9-]+(?:\s+dot\s+[a-z]{2,})+\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]")


class PatternRedactor:
    """Finds e-mail addresses and long digit sequences, written or spoken."""

    name = "patterns-v1"

    def __init__(self, tokenizer: Tokenizer, min_digits: int = 4) -> None:
        self._tokens = tokenizer
        self._min_digits = min_digits

    def find(self, text: str) -> Sequence[Replacement]:
        found: list[Replacement] = []
        for pattern in (_EMAIL, _SPOKEN_EMAIL):
            for m in pattern.finditer(text):
                value = " ".join(m.group(0).lower().split())
                found.append(
                    Replacement(m.start(), m.end(), self._tokens.placeholder("EMAIL_ADDRESS", value))
                )
        found.extend(self._digit_runs(text))
        return found

    def _digit_runs(self, text: str) -> list[Replacement]:
        tokens = [(m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        found: list[Replacement] = []
        i = 0
        while i < len(tokens):
            end_index, digits, span = _run(tokens, i)
            if len(digits) >= self._min_digits:
                found.append(Replacement(span[0], span[1], self._tokens.placeholder(_kind(digits), digits)))
                i = end_index
            else:
                i += 1
        return found


def _run(tokens: list[tuple[str, int, int]], start: int) -> tuple[int, str, tuple[int, int]]:
    """The run of number words and digit groups starting at ``start``: (next index, digits, span)."""
    digits = ""
    strong = 0
    repeat = 1
    i = start
    end_index = start
    span = (tokens[start][1], tokens[start][1])
    while i < len(tokens):
        word = tokens[i][0]
        if word in _REPEAT:
            repeat = _REPEAT[word]
        elif word in _DIGIT_WORDS or word.isdigit():
            digits += (_DIGIT_WORDS.get(word) or word) * repeat
            strong += len(word) if word.isdigit() else word not in _WEAK
            repeat = 1
            end_index = i + 1
            span = (span[0], tokens[i][2])
        elif word not in _SEPARATORS or i == start:
            break
        i += 1
    if strong < 2 or end_index == start:  # "to" and "for" alone are words, not digits
        return start, "", span
    return end_index, digits, span


def _kind(digits: str) -> str:
    if len(digits) == 9:
        return "US_SSN"
    if 13 <= len(digits) <= 19:
        return "CREDIT_CARD"
    if len(digits) in (10, 11):
        return "PHONE_NUMBER"
    return "NUMBER"
