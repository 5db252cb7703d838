"""Values said the way callers say them: digit by digit, with "oh", "double", pauses and fillers;
or written the way a smart-formatting speech recognizer prints them."""

from __future__ import annotations

import random

# the number words are speech_kit's (one home for every corpus here), under this module's names
from bench.pii_corpus.speech_kit import ORDINALS, TEENS, TENS, UNITS, number_words

UNIT, TEEN, ORD = UNITS, TEENS, ORDINALS
FILLERS = ["uh", "um", "uhh"]
NATO = {"a": "apple", "b": "boy", "c": "cat", "d": "david", "e": "edward", "f": "frank", "g": "george",
        "h": "henry", "i": "ida", "j": "john", "k": "king", "l": "larry", "m": "mary", "n": "nancy",
        "o": "ocean", "p": "peter", "q": "queen", "r": "robert", "s": "sam", "t": "tom", "u": "union",
        "v": "victor", "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra"}  # fmt: skip


two_digit = number_words  # 0..99 in words


def digits_spoken(digits: str, rng: random.Random, groups: list[int] | None = None) -> str:
    """Digit by digit, grouped, with "oh"/"double"/fillers/pauses at random, sometimes pairs
    ("fifty five")."""
    groups = groups or [len(digits)]
    out: list[str] = []
    pos = 0
    for gi, size in enumerate(groups):
        chunk = digits[pos : pos + size]
        pos += size
        words: list[str] = []
        i = 0
        while i < len(chunk):
            d = chunk[i]
            if i + 1 < len(chunk) and chunk[i + 1] == d and rng.random() < 0.3:
                words.append("double " + _unit(d, rng))
                i += 2
            elif i + 1 < len(chunk) and d != "0" and rng.random() < 0.12:
                words.append(two_digit(int(chunk[i : i + 2])))
                i += 2
            else:
                words.append(_unit(d, rng))
                i += 1
        out.append(" ".join(words))
        if gi < len(groups) - 1:
            out.append(rng.choice([",", ",", " ...", f", {rng.choice(FILLERS)},", ""]))
    text = ""
    for part in out:
        text += part if part.startswith((",", " .")) or not text else " " + part
    return text.replace(" ,", ",")


def _unit(d: str, rng: random.Random) -> str:
    if d == "0":
        return rng.choice(["zero", "oh", "oh"])
    return UNIT[int(d)]


def year_spoken(year: int, rng: random.Random) -> str:
    if 2000 <= year < 2010:
        return rng.choice([f"two thousand {UNIT[year % 10]}", f"two thousand and {UNIT[year % 10]}"])
    head, tail = divmod(year, 100)
    tail_words = f"oh {UNIT[tail]}" if tail < 10 else two_digit(tail)
    if rng.random() < 0.2:
        return tail_words if tail >= 10 else f"oh {UNIT[tail]}"
    return f"{two_digit(head)} {tail_words}"


def day_spoken(day: int) -> str:
    if day <= 20:
        return ORD[day]
    if day == 30:
        return "thirtieth"
    return TENS[day // 10] + " " + ORD[day % 10] if day % 10 else TENS[day // 10][:-1] + "ieth"


def spelled(word: str, rng: random.Random) -> str:
    letters = [c for c in word.lower() if c.isalpha()]
    style = rng.choice(["spaces", "hyphens", "commas", "as-in"])
    if style == "hyphens":
        return "-".join(letters)
    if style == "commas":
        return ", ".join(c.upper() for c in letters)
    parts = []
    for i, c in enumerate(letters):
        parts.append(f"{c.upper()} as in {NATO[c]}" if style == "as-in" and i % 2 == 0 else c.upper())
    return ", ".join(parts) if style == "as-in" else " ".join(parts)
