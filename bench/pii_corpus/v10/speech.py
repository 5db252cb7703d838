"""v10's digit speech: its own fillers, repair words, restart phrase and homophones over ``speech_kit.Voice``.

v10's callers correct themselves mid-value the way call-center transcripts show it ("four one five, I mean,
four one six", "actually", "no no"), start over with "let me redo that", hesitate with "erm" and "uhh", and
the recognizer writes "for" for a four said alone and "to" for a two (a digit said alone is written as the
word it sounds like).
"""

from __future__ import annotations

import random

from bench.pii_corpus import speech_kit
from bench.pii_corpus.speech_kit import UNITS

FILLERS = ["uhh", "umm", "erm", "eh", "hm"]
REPAIRS = ["I mean", "actually", "no no", "correction", "my bad"]
RESTART = "let me redo that"
HOMOPHONES = {"4": "for", "2": "to"}


def digit(d: str, rng: random.Random, mishear: float) -> str:
    return speech_kit.say_digit(d, rng, mishear, HOMOPHONES, short_o=False)


VOICE = speech_kit.Voice(digit, FILLERS, REPAIRS, RESTART)

__all__ = ["FILLERS", "HOMOPHONES", "REPAIRS", "RESTART", "UNITS", "VOICE", "digit"]
