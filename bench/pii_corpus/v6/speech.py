"""Digits as a caller says them on the phone and an unformatted recognizer writes them.

What real ASR output looks like (Deepgram, Google, IBM docs; see README): without smart formatting, digit
strings come out as words, one per digit, with "oh" for zero, "double"/"triple" for repeats, and pairs or
hundreds when the caller said them so ("forty two", "nine hundred"); a pause shows up as a comma, "..." or a
filler; the caller corrects himself ("four five, no, four six"). With smart formatting the same digits come
out as numerals, in the groups where the caller paused.

``say(digits, groups, rng, ...)`` returns the words and ``read(words)`` in ``check.py`` reads them back.
"""

from __future__ import annotations

import random

# the shared tables and number words, also read from here by this half's other modules
from bench.pii_corpus.speech_kit import (  # noqa: F401
    MONTHS,
    ORDINALS,
    TEENS,
    TENS,
    UNITS,
    number_words,
    ordinal_numeral,
    ordinal_words,
    split,
)

PAUSE_FILLERS = ["uh", "um", "hmm", "er"]
REPAIR_WORDS = ["no", "sorry", "wait no", "I mean"]
# what a recognizer writes for a digit word it misheard (homophones)
MISHEARD = {"4": "for", "2": "to", "8": "ate"}


def digit(d: str, rng: random.Random, mishear: float) -> str:
    if d == "0":
        return "oh" if rng.random() < 0.6 else "zero"
    if d in MISHEARD and rng.random() < mishear:
        return MISHEARD[d]
    return UNITS[int(d)]


def say_group(g: str, rng: random.Random, mishear: float = 0.0, pairs: float = 0.2) -> str:
    """One group of digits: digit by digit with double/triple, or as a pair ("sixty one") or hundreds."""
    if len(g) == 2 and g[0] != "0" and g[1] != "0" and rng.random() < pairs:
        return number_words(int(g))
    if len(g) == 3 and g[0] != "0" and g[1:] == "00" and rng.random() < 0.7:
        return UNITS[int(g[0])] + " hundred"
    if (
        len(g) == 4 and g[0] != "0" and g[2] != "0" and g[3] != "0" and rng.random() < pairs
    ):  # "nineteen sixty one"
        return number_words(int(g[:2])) + " " + number_words(int(g[2:]))
    out: list[str] = []
    i = 0
    while i < len(g):
        run = 1
        while i + run < len(g) and g[i + run] == g[i] and run < 3:
            run += 1
        if run == 3 and rng.random() < 0.7:
            out += ["triple", digit(g[i], rng, 0.0)]
        elif run >= 2 and rng.random() < 0.6:
            out += ["double", digit(g[i], rng, 0.0)]
            run = 2
        else:
            out.append(digit(g[i], rng, mishear))
            run = 1
        i += run
    return " ".join(out)


def pause(rng: random.Random, punct: bool, filler: float) -> str:
    """What a recognizer writes where the caller paused between two groups."""
    r = rng.random()
    if r < filler:
        return (", " if punct and rng.random() < 0.5 else " ") + rng.choice(PAUSE_FILLERS) + " "
    if punct:
        return rng.choice([", ", ", ", "... ", " "])
    return " "


def say(digits: str, sizes: list[int], rng: random.Random, punct: bool, *, filler: float = 0.12,
        mishear: float = 0.0, repair: float = 0.0, pairs: float = 0.2) -> tuple[str, bool]:  # fmt: skip
    """The digits said in groups, with pauses between them; now and then one group said wrong and then
    corrected ("four five, no, four six"). Returns the words and whether a repair was said."""
    groups = split(digits, sizes)
    fix_at = rng.randrange(len(groups)) if rng.random() < repair else -1
    parts: list[str] = []
    for k, g in enumerate(groups):
        said = say_group(g, rng, mishear, pairs)
        if k == fix_at:
            wrong = _wrong(g, rng)
            mark = rng.choice(REPAIR_WORDS)
            glue = ", " if punct else " "
            said = " ".join(digit(c, rng, 0.0) for c in wrong) + glue + mark + glue + said
        parts.append(said)
    out = parts[0]
    for p in parts[1:]:
        out += pause(rng, punct, filler) + p
    return out, fix_at >= 0


def _wrong(g: str, rng: random.Random) -> str:
    """The group with one digit off by one (what a caller misreads from a card)."""
    k = rng.randrange(len(g))
    d = (int(g[k]) + rng.choice([1, 9])) % 10
    return g[:k] + str(d) + g[k + 1 :]


def numerals(digits: str, sizes: list[int], sep: str = " ") -> str:
    return sep.join(split(digits, sizes))


def year_words(y: int, rng: random.Random) -> str:
    """A year as said: "nineteen seventy one", "nineteen oh five", "two thousand four", "twenty oh four"."""
    if 2000 <= y <= 2009:
        return rng.choice(["two thousand " + UNITS[y - 2000] if y > 2000 else "two thousand",
                           "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"])  # fmt: skip
    hi, lo = divmod(y, 100)
    tail = "hundred" if lo == 0 else ("oh " + UNITS[lo] if lo < 10 else number_words(lo))
    return number_words(hi) + " " + tail


def house_number_words(n: int, rng: random.Random) -> str:
    """A house number as said: "twenty nine sixty three", "seven eighty eight", "four hundred twelve",
    "twelve thousand four hundred", "one oh five", "nine"."""
    s = str(n)
    if len(s) == 4 and s[2] != "0" and s[3] != "0" and rng.random() < 0.7:  # "twenty nine sixty three"
        return number_words(int(s[:2])) + " " + number_words(int(s[2:]))
    if len(s) == 3 and s[1] != "0" and s[2] != "0" and rng.random() < 0.6:  # "seven eighty eight"
        return UNITS[int(s[0])] + " " + number_words(int(s[1:]))
    if (
        len(s) == 5 and s[0] != "0" and s[3] != "0" and s[4] != "0" and rng.random() < 0.5
    ):  # "twelve four sixty one"
        return number_words(int(s[:2])) + " " + UNITS[int(s[2])] + " " + number_words(int(s[3:]))
    if len(s) >= 3 and rng.random() < 0.3:  # digit by digit
        return " ".join("oh" if c == "0" else UNITS[int(c)] for c in s)
    return number_words(n)
