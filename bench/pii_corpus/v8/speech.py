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

from bench.pii_corpus import speech_kit

# the shared tables and number words, also read from here by this half's other modules
from bench.pii_corpus.speech_kit import (
    MONTHS,
    ORDINALS,
    TEENS,
    TENS,
    UNITS,
    house_number_words,
    number_words,
    numerals,
    ordinal_numeral,
    ordinal_words,
    split,
    year_words,
)

PAUSE_FILLERS = ["uh", "um", "umm", "uhh", "erm", "mm", "ah", "hmm"]  # the scorer's fillers
REPAIR_WORDS = ["no", "sorry", "wait", "actually", "I mean", "no no"]
RESTART = "let me start over"
# what a recognizer writes for a digit word it misheard (homophones)
MISHEARD = {"4": "for", "2": "to", "8": "ate"}


def digit(d: str, rng: random.Random, mishear: float) -> str:
    if d == "0":
        if mishear and rng.random() < 0.15:
            return "o"  # what a recognizer writes for a short "oh"
        return "oh" if rng.random() < 0.6 else "zero"
    if d in MISHEARD and rng.random() < mishear:
        return MISHEARD[d]
    return UNITS[int(d)]


def say_group(g: str, rng: random.Random, mishear: float = 0.0, pairs: float = 0.2) -> str:
    """One group of digits, said with this half's ``digit`` (speech_kit.say_group)."""
    return speech_kit.say_group(g, rng, digit, mishear, pairs)


def pause(rng: random.Random, punct: bool, filler: float) -> str:
    """What a recognizer writes where the caller paused between two groups."""
    r = rng.random()
    if r < filler:
        return (", " if punct and rng.random() < 0.5 else " ") + rng.choice(PAUSE_FILLERS) + " "
    if punct:
        return rng.choice([", ", ", ", "... ", " "])
    return " "


def say(digits: str, sizes: list[int], rng: random.Random, punct: bool, *, filler: float = 0.18,
        mishear: float = 0.0, repair: float = 0.0, pairs: float = 0.25, dash: float = 0.0) -> tuple[str, bool]:  # fmt: skip
    """The digits said in groups, with pauses (or "dash") between them; now and then one group said wrong and
    then corrected ("four five- no, five four"), or the caller starting over after a few groups. Returns the
    words and whether a repair was said."""
    groups = split(digits, sizes)
    fix_at = rng.randrange(len(groups)) if rng.random() < repair else -1
    restart = fix_at > 0 and rng.random() < 0.3
    parts: list[str] = []
    for k, g in enumerate(groups):
        said = say_group(g, rng, mishear, pairs)
        if k == fix_at and restart:
            wrong = _wrong(g, rng)
            glue = ", " if punct else " "
            said = " ".join(digit(c, rng, 0.0) for c in wrong) + glue + rng.choice(["sorry", "wait"]) + glue
            said += RESTART + glue + " ".join(say_group(h, rng, 0.0, pairs) for h in groups[: k + 1])
        elif k == fix_at:
            wrong = _wrong(g, rng)
            mark = rng.choice(REPAIR_WORDS)
            glue = ("- " if rng.random() < 0.5 else ", ") if punct else " "
            said = " ".join(digit(c, rng, 0.0) for c in wrong) + glue + mark + (", " if punct else " ") + said
        parts.append(said)
    out = parts[0]
    use_dash = rng.random() < dash
    for p in parts[1:]:
        out += (" dash " if use_dash else pause(rng, punct, filler)) + p
    return out, fix_at >= 0


def _wrong(g: str, rng: random.Random) -> str:
    """The group with two neighbouring digits swapped ("four five" for "five four") or one digit off by one
    (what a caller misreads from a card)."""
    swaps = [k for k in range(len(g) - 1) if g[k] != g[k + 1]]
    if swaps and rng.random() < 0.5:
        k = rng.choice(swaps)
        return g[:k] + g[k + 1] + g[k] + g[k + 2 :]
    k = rng.randrange(len(g))
    d = (int(g[k]) + rng.choice([1, 9])) % 10
    return g[:k] + str(d) + g[k + 1 :]


__all__ = ["MISHEARD", "MONTHS", "ORDINALS", "PAUSE_FILLERS", "REPAIR_WORDS", "RESTART", "TEENS", "TENS", "UNITS",
           "digit", "house_number_words", "number_words", "numerals", "ordinal_numeral", "ordinal_words", "pause",
           "say", "say_group", "split", "year_words"]  # fmt: skip
