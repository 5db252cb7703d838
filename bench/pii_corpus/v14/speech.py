"""v14's digit speech over ``speech_kit.Voice``: how callers commonly say a digit string to an agent.

Zero is "oh" more often than "zero" (the kit's ``say_digit``: three in five); fillers between groups are the
ordinary "uh" and "um" (filled pauses are the commonest disfluency of telephone speech, Switchboard), a
self-repair is "sorry" or "I mean", and a restart is "let me start again".
"""

from __future__ import annotations

import random

from bench.pii_corpus import speech_kit
from bench.pii_corpus.speech_kit import UNITS as UNITS

FILLERS = ["uh", "um", "uh", "um", "let me see", "hang on"]
REPAIRS = ["sorry", "I mean"]
RESTART = "let me start again"


def digit(d: str, rng: random.Random, mishear: float) -> str:
    """A digit as a word: zero "oh" or "zero"; no homophones (the kit's raw-transcript mishearing adds none)."""
    return speech_kit.say_digit(d, rng, 0.0, {}, short_o=False)


VOICE = speech_kit.Voice(digit, FILLERS, REPAIRS, RESTART)

__all__ = ["FILLERS", "REPAIRS", "RESTART", "UNITS", "VOICE", "digit"]
