"""v18's PII slots, ``fill(slot, ctx) -> (text, value, form)``: the kits' draws at the rates a phone line hears
them (README mix table), over v18's own names and streets.

Numbers are said in v17's voice (its fillers, repairs, restart, homophones and ``house_words``, imported: the
kit's ``house_number_words`` says 50885 as 5885) and its NANP phone draw and re-ask, imported; v18 keeps its
own rates. A Medicare ID is drawn for one account number in six (CMS: about 66 million of the 333 million
people in the US hold an MBI, a fifth; only the health settings of the templates ask for one, so a sixth).
Birth dates are v16's draw (month first most often, US order).

The draws are v19's ``half_slots`` (v19 took them from here; issue 18 folded this copy back into that one
home): the same calls in the same order, with v18's filled pause per pause (0.1; v19 set 0.07) and its ID
groupings; its repair, dash, pair, "as in", Medicare and same-group rates are v19's.
"""

from __future__ import annotations

from bench.pii_corpus.v18 import words
from bench.pii_corpus.v19.slots import (
    AS_IN_RATE,
    DASH,
    MEDICARE,
    PAIRS,
    PLAIN,
    REPAIR,
    SAME_GROUP,
    STYLES,
    half_slots,
)

# v18's rates its README names (``slots.PAIRS``, ``slots.MEDICARE``, ...): the same values as v19's
__all__ = ["AS_IN_RATE", "DASH", "FILLER", "GROUPINGS", "MEDICARE", "PAIRS", "PLAIN", "REPAIR", "SAME_GROUP",
           "SLOTS", "SLOT_TYPES", "STYLES", "TYPES", "fill"]  # fmt: skip

FILLER = 0.1  # per pause between digit groups
GROUPINGS = [[3, 3, 3], [4, 4], [3, 3, 4], [2, 4, 3], [4, 4, 2]]  # an account number's digit groups

SLOTS, SLOT_TYPES, fill, TYPES = half_slots(words, FILLER, GROUPINGS)
