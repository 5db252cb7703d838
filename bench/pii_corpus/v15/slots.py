"""v15's PII slots: ``fill(slot, ctx) -> (text, value, form)``, the kits' draws at v15's rates.

Rates are set for how often a form occurs on a service line (v15's README, mix table), not for being new:
a dictated number is said digit by digit in its printed groups, a pair now and then, "oh" for zero, a
filler between groups in about one number in ten and a self-repair in one in twenty-five; an account or
member ID is letters then digits (letters "as in" a word now and then), a Medicare ID one time in ten; a
birth date is said month first most of the time; an address carries a common suffix and often a unit; a
phone number is now and then repeated in the same turn, as callers do when reading it back for the agent
(``{AGAIN}``: the same digits said a second time, its own entity).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial

from bench.pii_corpus import slot_kit, speech_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.slot_kit import Filled
from bench.pii_corpus.v15 import words
from bench.pii_corpus.v15.speech import VOICE, digit

STYLES = ("raw", "punct", "numerals", "smart")
# v15's rates (slot_kit.SpokenRates): per number a self-repair and "dash" between groups, per group a pair,
# per pause a filler; a letter of an ID or of a spelled name said "as in" a word; the Medicare share and the
# ID groupings; birth years (the kit's date reader takes a two-digit 00-06 as the 2000s) and slot_kit.dob_said's
# ways at their weights: month first (0: "March fourth", 2: "March the fourth") most, read off a form digit by
# digit (5), day first (1, 4) and year first (3) seldom; a year said in two digits; a given name of the family
# name's group
RATES = slot_kit.SpokenRates(repair=0.04, dash=0.02, pairs=0.18, filler=0.1, as_in=0.1, medicare=0.1,
                             groupings=[[4, 4], [3, 3, 3], [3, 4], [4, 3, 3], [2, 4, 4]], born=(1940, 2006),
                             dob_ways={0: 50, 2: 15, 5: 20, 1: 5, 4: 5, 3: 5}, short=0.25, same_group=0.75)  # fmt: skip

_said_digits = RATES.digits(VOICE)
_last_phone = {"digits": ""}  # the phone number of the utterance being rendered, for ``{AGAIN}``


def _nanp_code(r: random.Random, *, area: bool) -> str:
    """A NANP area code or exchange (NXX: N 2-9): never N11 (service codes); an area code never with 9
    second nor an easily recognizable code (800, 888: its last two digits alike, not geographic)."""
    while True:
        code = f"{r.randint(2, 9)}{r.randint(0, 8 if area else 9)}{r.randint(0, 9)}"
        if code[1:] != "11" and not (area and code[1] == code[2]):
            return code


def _phone_formats(d: str, r: random.Random) -> str:
    return r.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"])


def phone(ctx: Ctx) -> Filled:
    """A US number (NANP NPA-NXX-XXXX), one time in seven with the country code said first (in its span)."""
    r = ctx.rng
    digits = _nanp_code(r, area=True) + _nanp_code(r, area=False) + f"{r.randint(0, 9999):04d}"
    said, value, form = _said_digits(ctx, digits, [3, 3, 4], lambda d: _phone_formats(d, r))
    if r.random() < 1 / 7:
        said = {"raw": "one ", "punct": "one ", "numerals": "1 "}.get(ctx.style, "+1 ") + said
    _last_phone["digits"] = value
    return said, value, form


def phone_again(ctx: Ctx) -> Filled:
    """The phone number said earlier in this utterance, said once more (drawn anew: pauses, "oh", pairs)."""
    r = ctx.rng
    return _said_digits(ctx, _last_phone["digits"], [3, 3, 4], lambda d: _phone_formats(d, r))


# the kit's slots at v15's rates, with v15's phone draw and its number said again
SLOTS = slot_kit.spoken_slots(words, VOICE, digit, speech_kit.house_number_words, RATES, phone, phone_again)
SLOT_TYPES, fill = slot_kit.slot_table(SLOTS)
TYPES = tuple(sorted({*SLOT_TYPES.values()}))

# a town and state after an address: plain words, neither PII nor a marked value
PLAIN: dict[str, Callable[[Ctx], str]] = {"TOWN": partial(slot_kit.city, places=words.PLACES)}


__all__ = ["PLAIN", "SLOTS", "SLOT_TYPES", "STYLES", "TYPES", "fill"]
