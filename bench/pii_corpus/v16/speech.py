"""How v16's callers say a digit string: a ``speech_kit.Voice`` over the words heard most on service lines.

Zero is "oh" or "zero" (the kit's draw, "oh" more often); the pause between two groups is filled with "uh",
"um" or "let's see" (telephone talk carries more filled pauses than face-to-face talk: filledpause.org, on
Switchboard against the Santa Barbara corpus); a wrong group is put right with "sorry", "no" or "I mean"; a
caller who loses the place says "hang on, from the top". On a raw transcript the recognizer sometimes writes
four as "for" and two as "to": an unformatted transcript of a dictated number.
"""

from __future__ import annotations

import random

from bench.pii_corpus import speech_kit
from bench.pii_corpus.speech_kit import UNITS as UNITS

FILLERS = ["um", "uh", "um", "uh", "uh", "let's see"]
REPAIRS = ["no", "sorry", "I mean"]
RESTART = "hang on, from the top"
HOMOPHONES = {"2": "to", "4": "for"}
MISHEAR_PART = 0.25  # the part of the kit's raw mishearing rate that becomes a homophone digit


def digit(d: str, rng: random.Random, mishear: float) -> str:
    """One digit in words ("oh" or "zero" for 0), a homophone now and then on an unformatted transcript."""
    return speech_kit.say_digit(d, rng, MISHEAR_PART * mishear, HOMOPHONES, short_o=False)


VOICE = speech_kit.Voice(digit, FILLERS, REPAIRS, RESTART)

__all__ = ["FILLERS", "HOMOPHONES", "REPAIRS", "RESTART", "UNITS", "VOICE", "digit", "house_words"]


def house_words(n: int, rng: random.Random) -> str:
    """A house number as said, by the kit's ``house_number_words``, except that a five-digit number with a
    zero second ("50885") is not said "fifty eight eighty five" (the kit's "twelve four sixty one" way reads
    back as 5885: v16's check caught it); it is said digit by digit instead, "five oh eight eight five"."""
    s = str(n)
    if len(s) == 5 and s[1] == "0":
        return " ".join("oh" if c == "0" else UNITS[int(c)] for c in s)
    return speech_kit.house_number_words(n, rng)
