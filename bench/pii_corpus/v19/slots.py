"""v19's PII slots, ``fill(slot, ctx) -> (text, value, form)``: the kits' draws at the rates a phone line hears
them (README mix table), over v19's own names and streets.

Numbers are said in v17's voice (its fillers, repairs, restart, homophones and ``house_words``, imported: the
kit's ``house_number_words`` says 50885 as 5885), with v17's NANP phone draw and re-ask; v19 sets its own
rates. A filled pause comes at 7% per pause between digit groups: "um" or "uh" is about one word in 50 to 70
of conversation (Enfield, via ppenetwork.org), and a group of three or four digits is about four words, so
1 - (1 - 1/60) ** 4 is about 0.065. A Medicare ID is one account number in six (about a fifth of US
residents hold an MBI; only the health settings ask for one). Birth dates are v16's draw (month first most
often, US order).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from types import ModuleType
from typing import NamedTuple

from bench.pii_corpus import slot_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.slot_kit import Filled
from bench.pii_corpus.v16 import slots as v16_slots
from bench.pii_corpus.v17 import slots as v17_slots
from bench.pii_corpus.v17.speech import VOICE, digit, house_words
from bench.pii_corpus.v19 import words

STYLES = ("raw", "punct", "numerals", "smart")
REPAIR, DASH, PAIRS, FILLER = 0.03, 0.03, 0.15, 0.07  # per number, per number, per group, per pause
AS_IN_RATE = 0.1  # per letter of an ID or a spelled name
MEDICARE = 1 / 6
SAME_GROUP = 0.8  # given and family name from one group
GROUPINGS = [[3, 3, 3], [4, 4], [2, 3, 3], [3, 4, 3], [4, 3]]

_NUMBERS = {"ZIP": ("ZIP_CODE", slot_kit.zip_code), "LAST4": ("LAST_FOUR", slot_kit.last_four),
            "CARD": ("CREDIT_CARD", slot_kit.card), "SSN": ("US_SSN", slot_kit.ssn)}  # fmt: skip


def slots_over(
    words: ModuleType, filler: float = FILLER, groupings: list[list[int]] = GROUPINGS
) -> dict[str, tuple[str, Callable[[Ctx], Filled]]]:
    """The slot table over a half's own ``words`` (names, streets, ID letters) at v19's rates: v20 and v21 call
    it with theirs, so the draws are written once (the same calls in the same order: their files are
    unchanged). v18, whose draws these are, passes its own filled-pause rate and ID groupings."""
    letters = partial(slot_kit.say_letters, as_in=words.AS_IN, rate=AS_IN_RATE)
    digits = partial(
        slot_kit.spoken_digits, voice=VOICE, repair=REPAIR, dash=DASH, pairs=PAIRS, filler=filler
    )
    say_id = partial(VOICE.say, repair=REPAIR, dash=DASH, pairs=PAIRS, filler=filler)

    # a caller's given and family name from the half's lists, most often of one group; an account, member or
    # policy number, a Medicare ID one time in six
    who = partial(slot_kit.caller, words=words, same_group=SAME_GROUP)
    account = partial(slot_kit.account, words=words, medicare=MEDICARE, groupings=groupings, letters=letters,
                      voice=VOICE, say=say_id)  # fmt: skip

    return {
        **{slot: ("PERSON", say) for slot, say in slot_kit.person_slots(who).items()},
        "SPELL": ("PERSON", partial(slot_kit.spelling, person=who, as_in=words.AS_IN, rate=AS_IN_RATE)),
        **{slot: v17_slots.SLOTS[slot] for slot in ("PHONE", "AGAIN", "BOX")},
        "ACCT": ("ACCOUNT_ID", account),
        "DOB": v16_slots.SLOTS["DOB"],
        "ADDR": ("STREET_ADDRESS", partial(slot_kit.address, words=words, house_words=house_words)),
        "EMAIL": ("EMAIL_ADDRESS", partial(slot_kit.email, words=words, digit=digit)),
        **{slot: (kind, partial(make, digits_slot=digits)) for slot, (kind, make) in _NUMBERS.items()},
    }


class HalfSlots(NamedTuple):
    """A half's slot table over its own lists: what its ``slots.py`` exports to its builder and checks."""

    SLOTS: dict[str, tuple[str, Callable[[Ctx], Filled]]]
    SLOT_TYPES: dict[str, str]
    fill: Callable[[str, Ctx], Filled]
    TYPES: tuple[str, ...]


def half_slots(
    words: ModuleType, filler: float = FILLER, groupings: list[list[int]] = GROUPINGS
) -> HalfSlots:
    """v19's draws and rates over ``words``: v20-v26 wire their ``slots.py`` with this one call (they were
    copies of each other that differed only by the half whose lists they read); v18 with its own filled-pause
    rate and ID groupings (``filler``, ``groupings``)."""
    slots = slots_over(words, filler, groupings)
    slot_types, fill = slot_kit.slot_table(slots)
    return HalfSlots(slots, slot_types, fill, tuple(sorted(set(slot_types.values()))))


SLOTS, SLOT_TYPES, fill, TYPES = half_slots(words)
PLAIN = v17_slots.PLAIN  # a town and state after an address: v16's towns, as v17 says them
