"""v17's PII slots, ``fill(slot, ctx) -> (text, value, form)``: the kits' draws at the rates a phone line
hears them (README mix table), none chosen for being new.

A number is read in its printed groups one digit at a time, now and then a group as a pair, zero often
"oh"; a filled pause inside about one number in eight, a self-repair in about one in thirty. IDs are
letters then digits most often, a Medicare ID about one time in ten. Names, spellings and birth dates are
v16's draws (month first most often, US order). ``{AGAIN}`` is the phone number of the same turn said once more after the agent asks.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial

from bench.pii_corpus import slot_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.slot_kit import Filled
from bench.pii_corpus.v16 import slots as v16_slots
from bench.pii_corpus.v16 import words
from bench.pii_corpus.v17.speech import VOICE, digit, house_words

STYLES = ("raw", "punct", "numerals", "smart")
REPAIR, DASH, PAIRS, FILLER = 0.03, 0.04, 0.12, 0.12  # per number, per number, per group, per pause
AS_IN_RATE = 0.1  # per letter of an ID or a spelled name
MEDICARE = 0.1
GROUPINGS = [[3, 3, 3], [4, 4], [3, 4], [2, 3, 4], [4, 3, 3]]
COUNTRY_CODE = 0.1

_digits = partial(slot_kit.spoken_digits, voice=VOICE, repair=REPAIR, dash=DASH, pairs=PAIRS, filler=FILLER)
_turn: dict[str, str] = {}  # the phone number of the utterance being written, for ``{AGAIN}``


def _nxx(r: random.Random, area: bool) -> str:
    """A NANP area code or exchange: first digit 2-9, never N11; an area code has no 9 second and no two
    alike last digits (those are the easily recognizable codes: 800, 888)."""
    while True:
        code = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
        if code[1:] == "11" or (area and (code[1] == "9" or code[1] == code[2])):
            continue
        return code


def _printed(d: str, r: random.Random) -> str:
    return r.choices((f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"),
                     weights=(5, 5, 1))[0]  # fmt: skip


def phone(ctx: Ctx) -> Filled:
    """A NANP number; one caller in ten says the country code first (inside the span)."""
    r = ctx.rng
    number = _nxx(r, True) + _nxx(r, False) + "".join(str(r.randint(0, 9)) for _ in range(4))
    text, value, form = _digits(ctx, number, [3, 3, 4], lambda d: _printed(d, r))
    if r.random() < COUNTRY_CODE:
        text = {"smart": "+1 ", "numerals": "1 "}.get(ctx.style, "one ") + text
    _turn["phone"] = value
    return text, value, form


def again(ctx: Ctx) -> Filled:
    """The turn's phone number once more, said afresh, after the agent did not catch it."""
    return _digits(ctx, _turn["phone"], [3, 3, 4], lambda d: _printed(d, ctx.rng))


_letters = partial(slot_kit.say_letters, as_in=words.AS_IN, rate=AS_IN_RATE)  # an ID's letters, some "as in"
_say_id = partial(VOICE.say, repair=REPAIR, dash=DASH, pairs=PAIRS, filler=FILLER)


# an account, member or policy number; a Medicare ID now and then
account = partial(slot_kit.account, words=words, medicare=MEDICARE, groupings=GROUPINGS, letters=_letters,
                  voice=VOICE, say=_say_id)  # fmt: skip


SLOTS: dict[str, tuple[str, Callable[[Ctx], Filled]]] = {
    # names, their spelling and birth dates are v16's draws (its name groups, "as in" rate and birth-date
    # ways), reused: they hold no speech of their own beyond the kit's digit words, which v17 shares
    **{slot: said for slot, said in v16_slots.SLOTS.items() if said[0] == "PERSON"},
    "PHONE": ("PHONE_NUMBER", phone),
    "AGAIN": ("PHONE_NUMBER", again),
    "ACCT": ("ACCOUNT_ID", account),
    "DOB": v16_slots.SLOTS["DOB"],
    "ADDR": ("STREET_ADDRESS", partial(slot_kit.address, words=words, house_words=house_words)),
    "BOX": ("STREET_ADDRESS", slot_kit.box_address(words.HIGHWAYS)),
    "EMAIL": ("EMAIL_ADDRESS", partial(slot_kit.email, words=words, digit=digit)),
    "ZIP": ("ZIP_CODE", partial(slot_kit.zip_code, digits_slot=_digits)),
    "LAST4": ("LAST_FOUR", partial(slot_kit.last_four, digits_slot=_digits)),
    "CARD": ("CREDIT_CARD", partial(slot_kit.card, digits_slot=_digits)),
    "SSN": ("US_SSN", partial(slot_kit.ssn, digits_slot=_digits)),
}
SLOT_TYPES, fill = slot_kit.slot_table(SLOTS)
TYPES = tuple(sorted(set(SLOT_TYPES.values())))
PLAIN: dict[str, Callable[[Ctx], str]] = {"TOWN": partial(slot_kit.city, places=words.PLACES)}

__all__ = ["PLAIN", "SLOTS", "SLOT_TYPES", "STYLES", "TYPES", "fill"]
