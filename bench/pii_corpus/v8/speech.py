"""v8's digit speech: the same voice as v7's (its README says so), kept as v8's own words.

The fillers, repair words, restart phrase and homophones below are v8's copy of v7's, so an edit to v7 can
never change v8's committed bytes; everything else (groups, pauses, repairs, restarts, "dash") is
``speech_kit.Voice``, the one home both halves use. ``read`` in ``check.py`` reads the words back.
"""

from __future__ import annotations

from bench.pii_corpus import speech_kit

PAUSE_FILLERS = ["uh", "um", "umm", "uhh", "erm", "mm", "ah", "hmm"]  # the scorer's fillers
REPAIR_WORDS = ["no", "sorry", "wait", "actually", "I mean", "no no"]
RESTART = "let me start over"
# what a recognizer writes for a digit word it misheard (homophones)
MISHEARD = {"4": "for", "2": "to", "8": "ate"}

# digits said with this half's homophones and "o", in groups with pauses, "dash", repairs and restarts
VOICE = speech_kit.homophone_voice(MISHEARD, PAUSE_FILLERS, REPAIR_WORDS, RESTART, short_o=True)
