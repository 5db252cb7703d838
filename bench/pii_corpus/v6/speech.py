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
from bench.pii_corpus.speech_kit import split

PAUSE_FILLERS = ["uh", "um", "hmm", "er"]
REPAIR_WORDS = ["no", "sorry", "wait no", "I mean"]
# what a recognizer writes for a digit word it misheard (homophones)
MISHEARD = {"4": "for", "2": "to", "8": "ate"}


def digit(d: str, rng: random.Random, mishear: float) -> str:
    return speech_kit.say_digit(d, rng, mishear, MISHEARD, short_o=False)


def say_group(g: str, rng: random.Random, mishear: float = 0.0, pairs: float = 0.2) -> str:
    """One group of digits, said with this half's ``digit`` (speech_kit.say_group)."""
    return speech_kit.say_group(g, rng, digit, mishear, pairs)


def pause(rng: random.Random, punct: bool, filler: float) -> str:
    """What a recognizer writes where the caller paused between two groups (speech_kit.pause)."""
    return speech_kit.pause(rng, punct, filler, PAUSE_FILLERS)


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
