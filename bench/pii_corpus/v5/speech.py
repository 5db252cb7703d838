"""Digits as a caller says them and an unformatted recognizer writes them, and ``decode`` to read them back.

A digit string is said in chunks: one digit at a time ("oh" or "zero" for 0), "double"/"triple" for a
repeated digit, a pair as one number ("forty two", "seventeen"; never a bare "forty" before a digit, which
would read as 4x), "hundred" for "00" ("six hundred"). Mishearings an ASR engine writes for a digit word:
"for" (4), "to"/"too" (2), "ate" (8), "won" (1). Between chunks the caller may pause: a comma, "...", a
full stop, a filler ("uh", "um", "hmm").
"""

from __future__ import annotations

import random
import re

# the shared tables and number words, also read from here by this half's other modules
from bench.pii_corpus.speech_kit import (  # noqa: F401
    MONTHS,
    ORDINALS,
    TEENS,
    TENS,
    UNITS,
    ordinal_words,
)

HOMOPHONES = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"]}
FILLERS = ["uh", "um", "hmm", "uhh", "er"]

ordinal = ordinal_words  # a day as an ordinal in words (speech_kit's), under this half's name


def digit_word(d: str, rng: random.Random, mishear: float = 0.0) -> str:
    if d == "0":
        return "oh" if rng.random() < 0.7 else "zero"
    if d in HOMOPHONES and rng.random() < mishear:
        return rng.choice(HOMOPHONES[d])
    return UNITS[int(d)]


def pair_words(two: str) -> str:
    """A two-digit chunk as one number: "42" -> "forty two", "17" -> "seventeen" (not for "0x" or "x0")."""
    a, b = int(two[0]), int(two[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def can_pair(two: str) -> bool:
    return two[0] != "0" and (two[0] == "1" or two[1] != "0")


def say_chunk(digits: str, rng: random.Random, mishear: float = 0.0, pairs: float = 0.25) -> str:
    """One chunk of a digit run (what a caller says without a pause)."""
    if len(digits) == 3 and digits[1:] == "00" and digits[0] != "0" and rng.random() < 0.6:
        return UNITS[int(digits[0])] + " hundred"
    if (
        len(digits) in (2, 4)
        and rng.random() < pairs
        and all(can_pair(digits[i : i + 2]) for i in range(0, len(digits), 2))
    ):
        return " ".join(pair_words(digits[i : i + 2]) for i in range(0, len(digits), 2))
    words: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        run = len(digits[i:]) - len(digits[i:].lstrip(d))
        if run >= 3 and rng.random() < 0.6:
            words.append("triple " + digit_word(d, rng))
            i += 3
        elif run >= 2 and rng.random() < 0.6:
            words.append("double " + digit_word(d, rng))
            i += 2
        else:
            words.append(digit_word(d, rng, mishear))
            i += 1
    return " ".join(words)


def pause(rng: random.Random, lower: bool) -> str:
    """What lies between two chunks: a space, or a pause written as a comma, "...", or a filler."""
    r = rng.random()
    if r < 0.45:
        return " "
    if r < 0.65:
        return " " + rng.choice(FILLERS) + " "
    if lower:
        return " "
    return ", " if r < 0.9 else "... "


def say_digits(
    groups: list[str], rng: random.Random, lower: bool, mishear: float = 0.0, repair: float = 0.06
) -> str:
    """A digit string said group by group, with pauses; each group may be cut in smaller chunks. A repair:
    one group said with a digit wrong, then "no", then the group again (the value is the corrected one)."""
    out = ""
    wrong_at = rng.randrange(len(groups)) if rng.random() < repair else -1
    for k, g in enumerate(groups):
        if k:
            out += pause(rng, lower)
        if k == wrong_at:
            j = rng.randrange(len(g))
            bad = g[:j] + rng.choice([d for d in "0123456789" if d != g[j]]) + g[j + 1 :]
            out += say_chunk(bad, rng) + (" no " if lower else rng.choice([" no, ", "... no, ", ", no "]))
        if len(g) >= 4 and rng.random() < 0.3:
            cut = rng.randrange(2, len(g) - 1)
            out += say_chunk(g[:cut], rng, mishear) + " " + say_chunk(g[cut:], rng, mishear)
        else:
            out += say_chunk(g, rng, mishear)
    return out


def house_number(n: str, rng: random.Random) -> str:
    """A house number as said: "twenty nine sixty three", "seven eighty eight", "fourteen oh five",
    "twelve hundred", or digit by digit for long ones."""
    if len(n) <= 2:
        return pair_words(n.zfill(2)) if len(n) == 2 else UNITS[int(n)]
    if len(n) == 3:
        if n[1:] == "00":
            return UNITS[int(n[0])] + " hundred"
        tail = n[1:]
        return UNITS[int(n[0])] + " " + ("oh " + UNITS[int(tail[1])] if tail[0] == "0" else pair_words(tail))
    if len(n) == 4:
        head, tail = n[:2], n[2:]
        if head[0] == "0":
            return say_chunk(n, rng)
        if tail == "00":
            return pair_words(head) + " hundred"
        if tail[0] == "0":
            return pair_words(head) + " oh " + UNITS[int(tail[1])]
        return pair_words(head) + " " + pair_words(tail)  # "twenty fifteen", "forty thirty"
    return say_chunk(n, rng)


def say_year(y: int, rng: random.Random) -> str:
    if 2000 <= y <= 2009:
        return "two thousand " + UNITS[y - 2000] if y > 2000 else "two thousand"
    head, tail = str(y)[:2], str(y)[2:]
    if tail[0] == "0":
        return pair_words(head) + " oh " + UNITS[int(tail[1])]
    return pair_words(head) + " " + pair_words(tail)


# ---- reading back (used by check.py) -------------------------------------------------------------------

_VALUE = {w: str(i) for i, w in enumerate(UNITS)} | {"oh": "0", "for": "4", "to": "2", "too": "2", "ate": "8",
                                                     "won": "1"}  # fmt: skip


def decode(text: str) -> str:
    """Digits said or written in ``text``, in order; fillers and punctuation skipped, other words ignored."""
    ws = re.findall(r"[a-z]+|\d+", text.lower())
    out: list[str] = []
    i = 0
    while i < len(ws):
        w = ws[i]
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        if w.isdigit():
            out.append(w)
        elif w in ("double", "triple") and nxt in _VALUE:
            out.append(_VALUE[nxt] * (2 if w == "double" else 3))
            i += 1
        elif w in TEENS:
            out.append(str(10 + TEENS.index(w)))
        elif w in TENS and w:
            if nxt in UNITS[1:]:
                out.append(str(TENS.index(w)) + str(UNITS.index(nxt)))
                i += 1
            else:
                out.append(str(TENS.index(w)) + "0")
        elif w == "hundred":
            out.append("00")
        elif w in _VALUE:
            out.append(_VALUE[w])
        i += 1
    return "".join(out)
