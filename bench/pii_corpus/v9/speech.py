"""v9's digit speech: its own fillers, repair words, restart phrase and homophones over ``speech_kit.Voice``.

v9's callers hesitate with "like" and "so" as well as "uh", correct themselves with "scratch that" and "hold
on", restart with "from the top", and the recognizer mishears "won" for one and "too" for two (the homophones
call-center transcripts show: a digit said alone is written as the word it sounds like).
"""

from __future__ import annotations

import random

from bench.pii_corpus import speech_kit
from bench.pii_corpus.speech_kit import UNITS

FILLERS = ["uh", "um", "hmm", "mm", "er", "ah"]
REPAIRS = ["scratch that", "hold on", "oops", "no wait", "sorry no"]
FROM_THE_TOP = "from the top"
HOMOPHONES = {"1": "won", "2": "too", "8": "ate"}


def digit(d: str, rng: random.Random, mishear: float) -> str:
    return speech_kit.say_digit(d, rng, mishear, HOMOPHONES, short_o=False)


VOICE = speech_kit.Voice(digit, FILLERS, REPAIRS, FROM_THE_TOP)

__all__ = ["FILLERS", "FROM_THE_TOP", "HOMOPHONES", "REPAIRS", "UNITS", "VOICE", "digit"]
