"""Numbers as a speech recognizer writes them when it does not format: digit by digit, "oh" for zero,
"double"/"triple", pairs ("fifty five"), fillers and pauses inside a run, and digits misheard as the
words that sound like them ("for", "to", "too", "ate"). Also house numbers, years and days as spoken.
"""

from __future__ import annotations

import random
from functools import partial

# the shared tables and number words, also read from here by this half's other modules
from bench.pii_corpus import speech_kit
from bench.pii_corpus.speech_kit import (  # noqa: F401
    MONTHS,
    ORDINALS,
    TEENS,
    TENS,
    UNITS,
    number_words,
    ordinal_words,
    split,
)

MISHEARD = {"4": ["for"], "2": ["to", "too"], "8": ["ate"]}
FILLERS = ["uh", "um", "uhh", "hmm", "er"]

# 0..99 in words and an ordinal in words: speech_kit's, under the names this half's modules use
two_digits, ordinal = number_words, ordinal_words


def digit_word(d: str, rng: random.Random, mishear: float = 0.0, oh: float = 0.6) -> str:
    if d == "0":
        return "oh" if rng.random() < oh else "zero"
    if d in MISHEARD and rng.random() < mishear:
        return rng.choice(MISHEARD[d])
    return UNITS[int(d)]


def digits(
    run: str,
    rng: random.Random,
    groups: list[int] | None = None,
    *,
    pairs: float = 0.1,
    repeats: float = 0.5,
    filler: float = 0.0,
    mishear: float = 0.0,
    pause: str = "",
) -> str:
    """A digit string spoken: groups split by ``pause`` (" ," or ""), repeats as "double"/"triple",
    sometimes a pair as a number ("fifty five"), sometimes a filler between two groups or two digits."""
    groups = groups or [len(run)]
    spoken_groups = [_group(c, rng, pairs, repeats, mishear) for c in split(run, groups)]
    words: list[str] = []
    for i, group in enumerate(spoken_groups):
        if i:
            if rng.random() < filler:
                words.append(rng.choice(FILLERS))
            elif pause:
                words[-1] += pause
        words.extend(group)
    if filler and len(words) > 3 and rng.random() < filler / 2:
        words.insert(rng.randint(1, len(words) - 1), rng.choice(FILLERS))
    return " ".join(words)


def _group(chunk: str, rng: random.Random, pairs: float, repeats: float, mishear: float) -> list[str]:
    said = partial(digit_word, rng=rng, mishear=mishear)
    return speech_kit.digit_run_items(chunk, rng, pairs=pairs, repeats=repeats, digit=said, doubled=said)


def house_number(n: int, rng: random.Random) -> str:
    """A house number the way people say it: 2963 -> "twenty nine sixty three", 788 -> "seven eighty
    eight", 1405 -> "fourteen oh five", 1200 -> "twelve hundred", 42 -> "forty two"."""
    if n < 100:
        return two_digits(n)
    if n < 1000:
        head, tail = divmod(n, 100)
        if tail == 0:
            return f"{UNITS[head]} hundred"
        if tail < 10:
            return f"{UNITS[head]} oh {UNITS[tail]}"
        return f"{UNITS[head]} {two_digits(tail)}"
    if n < 10000:
        head, tail = divmod(n, 100)
        if tail == 0:
            return f"{two_digits(head)} hundred" if head % 10 else f"{UNITS[head // 10]} thousand"
        if head % 10 == 0 and rng.random() < 0.5:
            return f"{UNITS[head // 10]} thousand {two_digits(tail)}"
        if tail < 10:
            return f"{two_digits(head)} oh {UNITS[tail]}"
        return f"{two_digits(head)} {two_digits(tail)}"
    return " ".join(UNITS[int(c)] for c in str(n))


def year(y: int, rng: random.Random) -> str:
    """1985 -> "nineteen eighty five"; 2003 -> "two thousand three" or "two thousand and three"."""
    if y >= 2000:
        rest = y - 2000
        if rest == 0:
            return "two thousand"
        if rest >= 10 and rng.random() < 0.5:
            return f"twenty {two_digits(rest)}"
        return "two thousand " + ("and " if rng.random() < 0.3 else "") + two_digits(rest)
    head, tail = divmod(y, 100)
    if tail == 0:
        return f"{two_digits(head)} hundred"
    return f"{two_digits(head)} " + (f"oh {UNITS[tail]}" if tail < 10 else two_digits(tail))
