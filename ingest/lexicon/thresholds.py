"""How the text-based signals compare utterances and time speech: one home for the numbers the stream's
metrics (``MetricsConfig``'s defaults), its call rules (``stream/rules/signals.py``) and the API's
wallboard (``api/store/live.py``) all read, so a caller's repeat is the same repeat on each of them
(``tests/ingest/lexicon/test_correction_markers.py``). Words are compared with ``words.overlap``.
"""

from __future__ import annotations

REPEAT_OVERLAP = 0.7
"""A caller utterance repeats an earlier one when this share of its distinct words is in the earlier one."""
LOOP_OVERLAP = 0.8
"""Two utterances are the same (a question asked again) when each shares this much of the other's words."""
MIN_REPEAT_WORDS = 3
"""Shorter utterances ("yes", "okay") repeat naturally: they are no repeat and no loop."""
TTS_CHARS_PER_S = 14.0
"""An agent utterance is still being spoken for about ``len(text) / TTS_CHARS_PER_S`` seconds after its first
chunk (silence is counted from the estimated end of the agent's last words, not from their start)."""
