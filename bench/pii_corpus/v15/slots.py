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
# how a digit string is said: a self-repair, "dash" between groups, a group as a pair, a filler between groups
REPAIR, DASH, PAIRS, FILLER = 0.04, 0.02, 0.18, 0.1
AS_IN_RATE = 0.1  # a letter of an ID or of a spelled name said "as in" a word
MEDICARE_SHARE = 0.1
ID_GROUPS = [[4, 4], [3, 3, 3], [3, 4], [4, 3, 3], [2, 4, 4]]
# slot_kit.dob_said's ways and how often each is taken: month first (0: "March fourth", 2: "March the
# fourth") most, read off a form digit by digit (5), day first (1, 4) and year first (3) seldom
DOB_WAY_WEIGHTS = {0: 50, 2: 15, 5: 20, 1: 5, 4: 5, 3: 5}
BORN = (1940, 2006)  # the kit's date reader takes a two-digit 00-06 as the 2000s

_said_digits = partial(
    slot_kit.spoken_digits, voice=VOICE, repair=REPAIR, dash=DASH, pairs=PAIRS, filler=FILLER
)
_last_phone = {"digits": ""}  # the phone number of the utterance being rendered, for ``{AGAIN}``


def _numbered(kit_slot: Callable[..., Filled]) -> Callable[[Ctx], Filled]:
    return partial(kit_slot, digits_slot=_said_digits)


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


def _letters(prefix: str, ctx: Ctx) -> str:
    return slot_kit.say_letters(prefix, ctx, words.AS_IN, AS_IN_RATE)


# the kit's account number, birth date, caller and spelling at v15's rates
account_id = partial(slot_kit.account, words=words, medicare=MEDICARE_SHARE, groupings=ID_GROUPS, letters=_letters,
                     voice=VOICE, say=partial(VOICE.say, repair=REPAIR, dash=DASH, pairs=PAIRS, filler=FILLER))  # fmt: skip
birth_date = partial(slot_kit.birth_date, years=BORN, ways=DOB_WAY_WEIGHTS, short=0.25, digit=digit)
_caller = partial(slot_kit.caller, words=words, same_group=0.75)
spelled = partial(slot_kit.spelling, person=_caller, as_in=words.AS_IN, rate=AS_IN_RATE)
email = partial(slot_kit.email, words=words, digit=digit)


SLOTS: dict[str, tuple[str, Callable[[Ctx], Filled]]] = {
    **{name: ("PERSON", render) for name, render in slot_kit.person_slots(_caller).items()},
    "SPELL": ("PERSON", spelled),
    "PHONE": ("PHONE_NUMBER", phone),
    "AGAIN": ("PHONE_NUMBER", phone_again),
    "ACCT": ("ACCOUNT_ID", account_id),
    "DOB": ("DATE_OF_BIRTH", birth_date),
    "ADDR": (
        "STREET_ADDRESS",
        partial(slot_kit.address, words=words, house_words=speech_kit.house_number_words),
    ),
    "BOX": ("STREET_ADDRESS", slot_kit.box_address(words.HIGHWAYS)),
    "EMAIL": ("EMAIL_ADDRESS", email),
    "ZIP": ("ZIP_CODE", _numbered(slot_kit.zip_code)),
    "LAST4": ("LAST_FOUR", _numbered(slot_kit.last_four)),
    "CARD": ("CREDIT_CARD", _numbered(slot_kit.card)),
    "SSN": ("US_SSN", _numbered(slot_kit.ssn)),
}
SLOT_TYPES, fill = slot_kit.slot_table(SLOTS)
TYPES = tuple(sorted({*SLOT_TYPES.values()}))

# a town and state after an address: plain words, neither PII nor a marked value
PLAIN: dict[str, Callable[[Ctx], str]] = {"TOWN": partial(slot_kit.city, places=words.PLACES)}


__all__ = ["PLAIN", "SLOTS", "SLOT_TYPES", "STYLES", "TYPES", "fill"]
