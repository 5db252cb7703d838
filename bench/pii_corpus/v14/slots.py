"""The v14 PII renderers: ``fill(slot, ctx) -> (text, value, form)`` over ``slot_kit`` and v14's words and speech.

Chosen for how often a form occurs, not for novelty: digit strings said digit by digit in their printed
groups (pairs a fifth of the time), "oh" for zero, an "uh" between groups now and then, a self-repair in
about one number in twenty; member IDs as letters and digits (the letters now and then "as in" a word of
the NATO or police alphabet), a Medicare ID now and then; names plain, the surname spelled after the name
in its own templates; birth dates said month first most of the time; e-mails from the caller's name at a
webmail domain; street addresses with a common suffix and often a unit. The kits draw the values.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from bench.pii_corpus import slot_kit, speech_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.slot_kit import Filled
from bench.pii_corpus.v14 import words
from bench.pii_corpus.v14.speech import VOICE, digit

STYLES = ("raw", "punct", "numerals", "smart")
# how a digit string is said: a self-repair, "dash", pairs, a filler between groups
REPAIR, DASH, PAIRS, FILLER = 0.05, 0.03, 0.2, 0.12
AS_IN_RATE = 0.12  # a letter of an ID or a spelled name said "as in" a word
# birth-date ways (slot_kit.dob_said 0-5): month first most (0, 2), day first (1, 4), year first (3), read
# off a form digit by digit (5)
DOB_WAYS = [0, 0, 0, 0, 2, 2, 5, 5, 1, 4, 3]

_digits = partial(slot_kit.spoken_digits, voice=VOICE, repair=REPAIR, dash=DASH, pairs=PAIRS, filler=FILLER)


def _kit_digits(draw: Callable[..., Filled]) -> Callable[[Ctx], Filled]:
    return partial(draw, digits_slot=_digits)


def phone(ctx: Ctx) -> Filled:
    return slot_kit.phone(ctx, _digits)


def _letters(prefix: str, ctx: Ctx) -> str:
    return slot_kit.say_letters(prefix, ctx, words.AS_IN, AS_IN_RATE)


# a member, policy or account ID: a Medicare ID one time in eight, else the kit's letters-and-digits ID in its
# printed groups
member_id = partial(slot_kit.account, words=words, medicare=0.125, groupings=[[3, 3, 3], [4, 4], [3, 4], [4, 3, 3]],
                    letters=_letters, voice=VOICE,
                    say=partial(VOICE.say, repair=REPAIR, dash=DASH, pairs=PAIRS, filler=FILLER))  # fmt: skip


def dob(ctx: Ctx) -> Filled:
    """A birth date of an adult caller (1938-2006), said in the kit's ways at v14's weights, or written."""
    r = ctx.rng
    d = date(r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28))
    if ctx.words:
        sep = ", " if ctx.punct else " "
        yr = slot_kit.birth_year(d.year, r, r.random() < 0.3)
        return ctx.case(slot_kit.dob_said(r.choice(DOB_WAYS), d, r, sep, yr, digit)), d.isoformat(), "spoken"
    return slot_kit.dob_written(d, ctx)


# a given and a family name, mostly of the same origin (a fifth of callers mix); the surname named before (or a
# drawn one) letter by letter, "double" for a doubled letter, a letter now and then "as in" a word
_person = partial(slot_kit.caller, words=words, same_group=0.8)
spelled = partial(slot_kit.spelling, person=_person, as_in=words.AS_IN, rate=AS_IN_RATE)


def email(ctx: Ctx) -> Filled:
    return slot_kit.email(ctx, words, digit)


_street = partial(slot_kit.address, words=words, house_words=speech_kit.house_number_words)
# every slot v14's templates use: (its PII type, how it is said); the kit's person slots over v14's draw
_PEOPLE = slot_kit.person_slots(_person)
SLOTS: dict[str, tuple[str, Callable[[Ctx], Filled]]] = {
    **{slot: ("PERSON", say) for slot, say in _PEOPLE.items()},
    "PHONE": ("PHONE_NUMBER", phone),
    "MEMBER": ("ACCOUNT_ID", member_id),
    "DOB": ("DATE_OF_BIRTH", dob),
    "ADDR": ("STREET_ADDRESS", _street),
    "BOX": ("STREET_ADDRESS", slot_kit.box_address(words.HIGHWAYS)),
    "EMAIL": ("EMAIL_ADDRESS", email),
    "ZIP": ("ZIP_CODE", _kit_digits(slot_kit.zip_code)),
    "LAST4": ("LAST_FOUR", _kit_digits(slot_kit.last_four)),
    "CARD": ("CREDIT_CARD", _kit_digits(slot_kit.card)),
    "SSN": ("US_SSN", _kit_digits(slot_kit.ssn)),
    "SPELL": ("PERSON", spelled),
}
SLOT_TYPES = {slot: kind for slot, (kind, _) in SLOTS.items()}
TYPES = tuple(sorted(set(SLOT_TYPES.values())))
# a town after an address: plain words, neither PII nor a marked value
PLAIN: dict[str, Callable[[Ctx], str]] = {"CITY": partial(slot_kit.city, places=words.PLACES)}


def fill(slot: str, ctx: Ctx) -> Filled:
    """What the caller said for ``slot`` in this transcript style: (text, canonical value, entity form)."""
    return SLOTS[slot][1](ctx)


__all__ = ["PLAIN", "SLOTS", "SLOT_TYPES", "STYLES", "TYPES", "fill"]
