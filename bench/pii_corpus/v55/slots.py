"""v55's PII slots, ``fill(slot, ctx) -> (text, value, form)``: v19's slot draws and per-number rates (its
docstring argues them: v17's voice and ``house_words``, NANP phone draw and re-ask, filled pause 7% per pause,
Medicare one account number in six, v16's birth dates), over v55's own names and streets.
"""

from __future__ import annotations

from bench.pii_corpus.v19.slots import PLAIN, STYLES, half_slots
from bench.pii_corpus.v55 import words

__all__ = ["PLAIN", "SLOTS", "SLOT_TYPES", "STYLES", "TYPES", "fill"]

SLOTS, SLOT_TYPES, fill, TYPES = half_slots(words)
