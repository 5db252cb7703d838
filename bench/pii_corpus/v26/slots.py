"""v26's PII slots, ``fill(slot, ctx) -> (text, value, form)``: the kits' draws at the rates a phone line hears
them (README mix table), over v26's own names and streets.

Numbers are said in v17's voice (its fillers, repairs, restart, homophones and ``house_words``, imported: the
kit's ``house_number_words`` says 50885 as 5885), with v17's NANP phone draw and re-ask; the per-number rates are v19's,
kept (v20's to v25's too; ``slots_over`` takes only a half's words, so a half cannot set its own). A filled pause comes at 7% per pause between digit groups: "um" or "uh" is about one word in 50 to 70
of conversation (Enfield, via ppenetwork.org), and a group of three or four digits is about four words, so
1 - (1 - 1/60) ** 4 is about 0.065. A Medicare ID is one account number in six (about a fifth of US
residents hold an MBI; only the health settings ask for one). Birth dates are v16's draw (month first most
often, US order).
"""

from __future__ import annotations

from bench.pii_corpus import slot_kit
from bench.pii_corpus.v19.slots import (  # v19's rates and draws, over v26's lists
    AS_IN_RATE,
    DASH,
    FILLER,
    GROUPINGS,
    MEDICARE,
    PAIRS,
    PLAIN,
    REPAIR,
    SAME_GROUP,
    STYLES,
    slots_over,
)
from bench.pii_corpus.v26 import words

__all__ = ["AS_IN_RATE", "DASH", "FILLER", "GROUPINGS", "MEDICARE", "PAIRS", "PLAIN", "REPAIR", "SAME_GROUP",
           "SLOTS", "SLOT_TYPES", "STYLES", "TYPES", "fill"]  # fmt: skip

SLOTS = slots_over(words)
SLOT_TYPES, fill = slot_kit.slot_table(SLOTS)
TYPES = tuple(sorted(set(SLOT_TYPES.values())))
