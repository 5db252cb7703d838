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
from datetime import date
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


def account_id(ctx: Ctx) -> Filled:
    """An account, member or policy ID: a Medicare ID one time in ten, else the kit's letters and digits."""
    if ctx.rng.random() < MEDICARE_SHARE:
        return slot_kit.mbi(ctx, words.MBI_LETTERS, _letters, VOICE)
    return slot_kit.member_id(
        ctx,
        words.ID_LETTERS,
        ID_GROUPS,
        _letters,
        partial(VOICE.say, repair=REPAIR, dash=DASH, pairs=PAIRS, filler=FILLER),
    )


def birth_date(ctx: Ctx) -> Filled:
    """An adult caller's birth date, said (the weighted ways above) or as the recognizer writes it."""
    r = ctx.rng
    born = date(r.randint(*BORN), r.randint(1, 12), r.randint(1, 28))
    if not ctx.words:
        return slot_kit.dob_written(born, ctx)
    way = r.choices(list(DOB_WAY_WEIGHTS), weights=list(DOB_WAY_WEIGHTS.values()))[0]
    year = slot_kit.birth_year(born.year, r, r.random() < 0.25)
    said = slot_kit.dob_said(way, born, r, ", " if ctx.punct else " ", year, digit)
    return ctx.case(said), born.isoformat(), "spoken"


def _caller(ctx: Ctx) -> tuple[str, str]:
    """Given and family name; three callers in four have both from one group."""
    r = ctx.rng
    ctx.surname, group, _ = words.draw(words.SURNAMES, r)
    ctx.first = words.draw(words.FIRST_NAMES, r, group if r.random() < 0.75 else "")[0]
    return ctx.first, ctx.surname


def spelled(ctx: Ctx) -> Filled:
    """The family name just said (or a drawn one), letter by letter."""
    name = ctx.surname or _caller(ctx)[1]
    letters = slot_kit.spelled_letters(name, ctx, words.AS_IN, AS_IN_RATE)
    return slot_kit.spelled_joiner(letters, ctx).join(letters), name, "spelled"


def email(ctx: Ctx) -> Filled:
    return slot_kit.email(ctx, words, digit)


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
SLOT_TYPES = {name: pair[0] for name, pair in SLOTS.items()}
TYPES = tuple(sorted({*SLOT_TYPES.values()}))


def fill(slot: str, ctx: Ctx) -> Filled:
    """What the caller said for ``slot`` in this utterance's transcript style."""
    _, say = SLOTS[slot]
    return say(ctx)


# a town and state after an address: plain words, neither PII nor a marked value
PLAIN: dict[str, Callable[[Ctx], str]] = {"TOWN": partial(slot_kit.city, places=words.PLACES)}


__all__ = ["PLAIN", "SLOTS", "SLOT_TYPES", "STYLES", "TYPES", "fill"]
