"""v11's digit speech: the agent's cues heard between groups, its repair words and restart, and the homophones
a recognizer writes for a digit said alone, over ``speech_kit.Voice``.

v11's callers dictate a long value over two turns while the agent acknowledges each group; the recognizer
joins the turns, so the agent's cue lands inside the caller's number ("seven two, uh huh, nine one", "got it",
"okay", "hold on"). A digit said alone comes out as the word it sounds like: "for" (4), "too" (2), "won" (1),
"ate" (8) -- the homophones the brief names; "to" and "for" were v10's, "too", "won" and "ate" are new here.
"""

from __future__ import annotations

import random

from bench.pii_corpus import speech_kit
from bench.pii_corpus.speech_kit import UNITS

# what the recognizer writes between two groups: the agent's acknowledgement or the caller holding the line
FILLERS = ["uh huh", "got it", "okay", "hold on", "mm hm", "yep"]
REPAIRS = ["scratch that", "wait no", "oops", "strike that"]
RESTART = "from the top"
HOMOPHONES = {"4": "for", "2": "too", "1": "won", "8": "ate"}


def digit(d: str, rng: random.Random, mishear: float) -> str:
    return speech_kit.say_digit(d, rng, mishear, HOMOPHONES, short_o=False)


VOICE = speech_kit.Voice(digit, FILLERS, REPAIRS, RESTART)

__all__ = ["FILLERS", "HOMOPHONES", "REPAIRS", "RESTART", "UNITS", "VOICE", "digit"]
