"""Numbers the way a caller says them and an unformatted recognizer writes them, and ``decode`` back.

A digit run is said in the groups the caller pauses at. Inside a group: "oh" or "zero" for 0; "double"/
"triple" for repeats; sometimes a pair as a number ("fifty five", "nineteen", "forty"+"oh" never); the
recognizer's homophones "for" (4), "to"/"too" (2), "ate" (8), "won" (1). Between groups: a filler
("uh", "um", "hmm"), a comma (punctuated transcripts), rarely a full stop where the recognizer ended a
sentence. A repair says a group wrong, then "no", then the group again.
"""

from __future__ import annotations

import random
import re

# the shared tables and number words, also read from here by this half's other modules
from bench.pii_corpus import speech_kit
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

HOMOPHONES = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"]}
SPAN_FILLERS = ["uh", "um", "hmm", "uh", "um"]

# 0..99 in words, an ordinal in words and as a smart-formatted numeral ("23rd"): speech_kit's, under the
# names this half's modules use
two_digits, ordinal, ordinal_suffix = number_words, ordinal_words, ordinal_numeral


def digit_word(d: str, rng: random.Random, mishear: float) -> str:
    if d == "0":
        return "oh" if rng.random() < 0.65 else "zero"
    if d in HOMOPHONES and rng.random() < mishear:
        return rng.choice(HOMOPHONES[d])
    return UNITS[int(d)]


def say_group(group: str, rng: random.Random, pairs: float = 0.15, repeats: float = 0.6,
              mishear: float = 0.1) -> str:  # fmt: skip
    """One group of digits as words."""
    words: list[str] = []
    i = 0
    while i < len(group):
        d = group[i]
        run = speech_kit.repeat_run(group, i)
        if run >= 2 and rng.random() < repeats:
            take = 3 if run == 3 and rng.random() < 0.7 else 2
            words.append(("triple " if take == 3 else "double ") + digit_word(d, rng, 0.0))
            i += take
            continue
        # a pair as a number, never one that ends in 0 after 20 ("thirty, four" would read as 34)
        pair = group[i : i + 2]
        if len(pair) == 2 and d != "0" and (d == "1" or pair[1] != "0") and rng.random() < pairs:
            words.append(two_digits(int(group[i : i + 2])))
            i += 2
            continue
        words.append(digit_word(d, rng, mishear))
        i += 1
    return " ".join(words)


def say_run(run: str, sizes: list[int], rng: random.Random, style: str, *, pairs: float = 0.15,
            filler: float = 0.15, repair: float = 0.04, mishear: float = 0.1) -> str:  # fmt: skip
    """A digit run said group by group, with pauses, fillers and at most one repair."""
    groups = split(run, sizes)
    said: list[str] = []
    repaired = False
    for k, group in enumerate(groups):
        words = say_group(group, rng, pairs=pairs, mishear=mishear)
        if not repaired and len(group) >= 2 and rng.random() < repair:
            repaired = True
            wrong = group[:-1] + str((int(group[-1]) + rng.choice([1, 2, 7])) % 10)
            bad = say_group(wrong, rng, pairs=0.0, mishear=0.0)
            words = f"{bad}— no, {words}" if style == "punct" else f"{bad} no {words}"
        if k:
            sep = " "
            if style == "punct":
                sep = rng.choice([", ", ", ", ", ", " ", ". "])
            if rng.random() < filler:
                sep = sep.rstrip() + " " + rng.choice(SPAN_FILLERS) + (", " if style == "punct" else " ")
            if sep.strip() == "." or sep.endswith(". "):
                words = words[:1].upper() + words[1:]
            said.append(sep)
        said.append(words)
    return "".join(said)


def numerals_run(run: str, rng: random.Random, sizes: list[int] | None = None,
                 words: float = 0.0) -> tuple[str, bool]:  # fmt: skip
    """Digits as a recognizer with numerals but no formatting writes them: split where the caller paused;
    sometimes one group said as words (returns whether it did: the entity form is then "mixed")."""
    if sizes is None:
        sizes = []
        while sum(sizes) < len(run):
            sizes.append(rng.choice([2, 3, 3, 4, 4, 5, 6]))
    if rng.random() < 0.08:  # every digit on its own: "4 1 5 5 5 5"
        return " ".join(run), False
    groups = split(run, sizes)
    mixed = False
    if len(groups) > 1 and rng.random() < words:
        k = rng.randrange(len(groups))
        groups[k] = say_group(groups[k], rng, pairs=0.3, mishear=0.0)
        mixed = True
    return " ".join(groups), mixed


def house_number(n: int, rng: random.Random) -> str:
    """A house number as said: "twenty nine sixty three", "seven eighty eight", "fourteen oh five",
    "twelve hundred", "one two three four five"."""
    s = str(n)
    if len(s) == 1:
        return UNITS[n]
    if len(s) == 2:
        return two_digits(n)
    if len(s) == 5 or rng.random() < 0.12:
        return " ".join(digit_word(d, rng, 0.0) for d in s)
    head, tail = (s[0], s[1:]) if len(s) == 3 else (s[:2], s[2:])
    if tail == "00":
        return two_digits(int(head)) + " hundred"
    if tail[0] == "0":
        return two_digits(int(head)) + " " + rng.choice(["oh", "oh", "zero"]) + " " + UNITS[int(tail[1])]
    return two_digits(int(head)) + " " + two_digits(int(tail))


def year_words(y: int, rng: random.Random) -> str:
    if 2000 <= y < 2010:
        return "two thousand " + ("and " if rng.random() < 0.3 else "") + UNITS[y - 2000]
    if y >= 2010 and rng.random() < 0.4:
        return "two thousand " + two_digits(y - 2000)
    head, tail = divmod(y, 100)
    if tail == 0:
        return two_digits(head) + " hundred"
    if tail < 10:
        return two_digits(head) + " oh " + UNITS[tail]
    return two_digits(head) + " " + two_digits(tail)


# ---- decode (used by the tests to read a span back) -----------------------------------------------------

WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)} | {"oh": "0", "for": "4", "to": "2", "too": "2",
                                                          "ate": "8", "won": "1"}  # fmt: skip
TEEN_VALUE = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_VALUE = {w: 10 * i for i, w in enumerate(TENS) if w}
IGNORED = set(SPAN_FILLERS) | {"and", "dash"}


def decode(text: str) -> str:
    """The digits a run of number words and numerals says ("double four one nine" -> "4419").
    A repair ("four five no four six") is left in; ``decode_repaired`` applies it."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w.isdigit():
            out.append(w)
        elif w in ("double", "triple") and nxt in WORD_DIGIT:
            out.append(WORD_DIGIT[nxt] * (2 if w == "double" else 3))
            i += 1
        elif w in WORD_DIGIT:
            out.append(WORD_DIGIT[w])
        elif w in TEEN_VALUE:
            out.append(str(TEEN_VALUE[w]))
        elif w in TENS_VALUE:
            if nxt in UNITS[1:]:
                out.append(str(TENS_VALUE[w] + UNITS.index(nxt)))
                i += 1
            else:
                out.append(str(TENS_VALUE[w]))
        elif w == "hundred":
            out.append("00")
        elif w == "thousand":
            out.append("000")
        elif w == "no":
            out.append("|")
        elif w not in IGNORED:
            raise ValueError(f"not a number word: {w!r}")
        i += 1
    return "".join(out)


def decode_repaired(text: str) -> set[str]:
    """The values a run with one repair may stand for: the digits before "no" less the wrong group's
    tail, then the digits after it."""
    raw = decode(text)
    if "|" not in raw:
        return {raw}
    before, after = raw.split("|", 1)
    return {before[: len(before) - k] + after for k in range(1, 7) if k <= len(before)}
