"""How v17's callers say a digit string: a ``speech_kit.Voice`` over the words heard most on phone lines.

Zero is "oh" or "zero" (the kit's draw); between two groups a caller fills the pause with "uh", "um" or
"hold on" (filled pauses are commoner on the telephone than face to face: filledpause.org, Switchboard); a
wrong group is put right with "sorry", "no" or "actually"; a caller who loses the place says "let me start
over". On an unformatted transcript four is now and then written "for" and two "to".
"""

from __future__ import annotations

import random

from bench.pii_corpus import speech_kit
from bench.pii_corpus.speech_kit import UNITS as UNITS

FILLERS = ["uh", "um", "uh", "um", "uh", "hold on"]
REPAIRS = ["sorry", "no", "actually"]
RESTART = "let me start over"
HOMOPHONES = {"2": "to", "4": "for"}
MISHEAR_SHARE = 0.25  # of the kit's raw mishearing rate, the part heard as a homophone


def digit(d: str, rng: random.Random, mishear: float) -> str:
    """One digit in words, "oh" or "zero" for 0, a homophone now and then on a raw transcript."""
    return speech_kit.say_digit(d, rng, MISHEAR_SHARE * mishear, HOMOPHONES, short_o=False)


VOICE = speech_kit.Voice(digit, FILLERS, REPAIRS, RESTART)


def house_words(n: int, rng: random.Random) -> str:
    """A house number as said. The kit says 50885 "fifty eight eighty five", which reads back as 5885 (v16's
    note); a five-digit number whose second digit is 0 is said one digit at a time here, zero as "oh"."""
    text = str(n)
    if len(text) != 5 or text[1] != "0":
        return speech_kit.house_number_words(n, rng)
    return " ".join(UNITS[int(c)] if c != "0" else "oh" for c in text)


__all__ = ["FILLERS", "HOMOPHONES", "REPAIRS", "RESTART", "UNITS", "VOICE", "digit", "house_words"]
