"""How v7's callers say digits and its recognizer writes them: the half's own words and rates.

Beyond v6 (see v6/speech.py for what real ASR output looks like): "o" for a short zero, the scorer's eight
fillers inside numbers, "dash" between groups, neighbouring digits swapped then corrected ("four five- no,
five four"), and a restart ("sorry, let me start over, ..."). The saying itself (groups, pauses, repairs,
restarts) is ``speech_kit.Voice``, shared with v8; what stays here shapes v7's bytes: the fillers, the repair
words, the restart phrase and the homophones, and ``say``'s rates as the slots pass them.
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
