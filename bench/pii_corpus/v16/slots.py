"""v16's PII slots, ``fill(slot, ctx) -> (text, value, form)``: the kits' draws at the rates a service line
hears (v16's README mix table), not at rates chosen for novelty.

A dictated number comes in its printed groups, digit by digit, a group now and then as a pair, "oh" for
zero; a filled pause between groups in about one number in nine, a self-repair in about one in thirty. An ID
is letters then digits most of the time, a Medicare ID about one in eight. A birth date is said month first
most of the time. An agent who did not catch a number asks again, and the caller says it again in the
same turn (``{AGAIN}``: the phone number or ID of this utterance said a second time, its own entity).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial

from bench.pii_corpus import slot_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.slot_kit import Filled
from bench.pii_corpus.v16 import words
from bench.pii_corpus.v16.speech import VOICE, digit, house_words

STYLES = ("raw", "punct", "numerals", "smart")
# v16's rates (slot_kit.SpokenRates): per number a self-repair and "dash", per group a pair, per pause a filled
# pause; per letter of an ID or of a spelled name an "as in" word; Medicare IDs and the ID groupings; birth
# years (the kit's reader takes a two-digit 00-06 as the 2000s) and slot_kit.dob_said's ways: month first
# ("July ninth", "July the ninth") most, digits off a form next, day first and year first rare; two-digit
# years; a given name of the family name's group
RATES = slot_kit.SpokenRates(repair=0.035, dash=0.03, pairs=0.15, filler=0.11, as_in=0.08, medicare=0.12,
                             groupings=[[3, 3, 3], [4, 4], [2, 3, 4], [3, 4], [4, 2, 4]], born=(1938, 2006),
                             dob_ways={0: 45, 2: 20, 5: 20, 1: 6, 4: 4, 3: 5}, short=0.2, same_group=0.8)  # fmt: skip
COUNTRY_CODE = 0.12

_digits = RATES.digits(VOICE)
_said_before: dict[str, str] = {}  # this utterance's phone number, for ``{AGAIN}``


def _area_or_exchange(r: random.Random, area: bool) -> str:
    """NANP NXX (N is 2-9), never an N11 service code; an area code never has 9 in the middle and is not
    an easily recognizable code like 800 or 888 (last two digits alike)."""
    code = ""
    while not code or code.endswith("11") or (area and (code[1] == "9" or code[1] == code[2])):
        code = str(r.randint(2, 9)) + str(r.randint(0, 9)) + str(r.randint(0, 9))
    return code


def _written_phone(d: str, r: random.Random) -> str:
    shapes = (f"{d[:3]}-{d[3:6]}-{d[6:]}", f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}")
    return r.choices(shapes, weights=(5, 4, 1))[0]


def phone(ctx: Ctx) -> Filled:
    """A NANP number; about one time in eight the caller starts with the country code (inside the span)."""
    r = ctx.rng
    number = (
        _area_or_exchange(r, True)
        + _area_or_exchange(r, False)
        + "".join(str(r.randint(0, 9)) for _ in range(4))
    )
    text, value, form = _digits(ctx, number, [3, 3, 4], lambda d: _written_phone(d, r))
    if r.random() < COUNTRY_CODE:
        text = ("+1 " if ctx.style == "smart" else "1 " if ctx.style == "numerals" else "one ") + text
    _said_before["phone"] = value
    return text, value, form


def said_again(ctx: Ctx) -> Filled:
    """The same phone number once more, after the agent's "sorry, could you repeat that" (drawn afresh)."""
    r = ctx.rng
    return _digits(ctx, _said_before["phone"], [3, 3, 4], lambda d: _written_phone(d, r))


# the kit's slots at v16's rates, with v16's phone draw and its number said again
SLOTS = slot_kit.spoken_slots(words, VOICE, digit, house_words, RATES, phone, said_again)
SLOT_TYPES, fill = slot_kit.slot_table(SLOTS)
TYPES = tuple(sorted(set(SLOT_TYPES.values())))
# a town and state after an address: plain words
PLAIN: dict[str, Callable[[Ctx], str]] = {"TOWN": partial(slot_kit.city, places=words.PLACES)}

__all__ = ["PLAIN", "SLOTS", "SLOT_TYPES", "STYLES", "TYPES", "fill"]
