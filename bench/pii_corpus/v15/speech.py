"""v15's digit speech: a ``speech_kit.Voice`` with the words callers of a service line commonly use.

Zero is "oh" or "zero" (the kit's three-to-two draw); between groups the caller says "uh", "um" or "hold on"
now and then (filled pauses are the commonest disfluency of telephone speech, Shriberg 1996); a misspoken
group is fixed with "sorry", "no" or "I mean"; a restart is "let me try that again". On a raw transcript
the recognizer now and then writes a digit as its homophone ("for" for four, "to" for two), which is
what an unformatted transcript of a dictated number looks like.
"""

from __future__ import annotations

import random

from bench.pii_corpus import speech_kit
from bench.pii_corpus.speech_kit import UNITS as UNITS

FILLERS = ["uh", "um", "uh", "um", "hold on", "er"]
REPAIRS = ["sorry", "no", "I mean"]
RESTART = "let me try that again"
HOMOPHONES = {"4": "for", "2": "to"}
HOMOPHONE_SHARE = 0.3  # of the kit's raw-transcript mishearing rate: a homophone in about 3% of raw digits


def digit(d: str, rng: random.Random, mishear: float) -> str:
    """One digit as written: "oh"/"zero" for 0, now and then a homophone on a raw transcript."""
    return speech_kit.say_digit(d, rng, mishear * HOMOPHONE_SHARE, HOMOPHONES, short_o=False)


VOICE = speech_kit.Voice(digit, FILLERS, REPAIRS, RESTART)

__all__ = ["FILLERS", "HOMOPHONES", "REPAIRS", "RESTART", "UNITS", "VOICE", "digit"]
