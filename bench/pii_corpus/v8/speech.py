"""v8's digit speech: the same voice as v7's (its README says so), kept as v8's own words.

The fillers, repair words, restart phrase and homophones below are v8's copy of v7's, so an edit to v7 can
never change v8's committed bytes; everything else (groups, pauses, repairs, restarts, "dash") is
``speech_kit.Voice``, the one home both halves use. ``read`` in ``check.py`` reads the words back.
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
    return speech_kit.say_digit(d, rng, mishear, MISHEARD, short_o=True)


VOICE = speech_kit.Voice(digit, PAUSE_FILLERS, REPAIR_WORDS, RESTART)
# one group said with this half's digit; a pause between groups; digits said in groups with pauses, "dash",
# repairs and restarts (speech_kit.Voice)
say_group, pause, say = VOICE.say_group, VOICE.pause, VOICE.say


__all__ = ["MISHEARD", "MONTHS", "ORDINALS", "PAUSE_FILLERS", "REPAIR_WORDS", "RESTART", "TEENS", "TENS", "UNITS",
           "digit", "house_number_words", "number_words", "numerals", "ordinal_numeral", "ordinal_words", "pause",
           "say", "say_group", "split", "year_words"]  # fmt: skip
