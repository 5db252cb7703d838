"""The v7 PII renderers: ``fill(slot, ctx) -> (text, value, form)`` (the utterance context ``Ctx`` is render_kit's).

What v7 adds to v6's renderers: names of seventeen origins, some of them written the way an English
recognizer spells what it heard (the caller may then spell the real name); Hispanic and Brazilian double surnames; member IDs
in the CMS Medicare Beneficiary Identifier shape (letters and digits interleaved: "1EG4-TE5-MK73") and letters
said with NATO or everyday words; "dash" between groups; digits swapped and corrected, restarts; dates of birth
year first, with a two-digit year, "the fourth of March", "3-4-71"; e-mail local parts spelled letter by
letter; addresses with the unit said first ("unit nine, twelve sixty ..."), directionals said as letters ("n w"),
multi-word street names.

Transcript styles (``ctx.style``, the utterance ``form``), entity forms and canonical values: see
``render_kit``'s docstring (one home for every half over the kits).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from bench.pii_corpus import slot_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.slot_kit import Filled, box_address
from bench.pii_corpus.speech_kit import UNITS, house_number_words, number_words
from bench.pii_corpus.v7 import words
from bench.pii_corpus.v7.speech import VOICE

STYLES = ("raw", "punct", "numerals", "smart")


def _digits(ctx: Ctx, digits: str, sizes: list[int], smart: Callable[[str], str], *,
            repair: float = 0.2, dash: float = 0.0, pairs: float = 0.25) -> Filled:  # fmt: skip
    """A digit string in the utterance's style (slot_kit.spoken_digits with this half's voice)."""
    return slot_kit.spoken_digits(ctx, digits, sizes, smart, VOICE, repair=repair, dash=dash, pairs=pairs,
                                  filler=0.18)  # fmt: skip


# ---- numbers ----------------------------------------------------------------------------------------------


def phone(ctx: Ctx) -> Filled:
    return slot_kit.phone(ctx, _digits)


def ssn(ctx: Ctx) -> Filled:
    return slot_kit.ssn(ctx, _digits, dash=0.15)


def card(ctx: Ctx) -> Filled:
    return slot_kit.card(ctx, _digits, repair=0.2, dash=0.05, pairs=0.35)


def last_four(ctx: Ctx) -> Filled:
    return slot_kit.last_four(ctx, _digits, repair=0.08)


def zip_code(ctx: Ctx) -> Filled:
    return slot_kit.zip_code(ctx, _digits, repair=0.1)


def member_id(ctx: Ctx) -> Filled:
    """A member, policy, subscriber or account ID: 1-3 letters and 7-10 digits, 9-12 digits alone
    (slot_kit.member_id with this half's groupings, letters and rates), or (30%) a Medicare Beneficiary
    Identifier, letters and digits interleaved ("1EG4-TE5-MK73")."""
    if ctx.rng.random() < 0.3:
        return _mbi(ctx)
    sizes = [[3, 3, 4], [4, 4, 4], [2, 3, 3, 3], [5, 5], [4, 3]]
    return slot_kit.member_id(
        ctx, words.ID_LETTERS, sizes, _say_letters, partial(VOICE.say, repair=0.2, dash=0.15)
    )


def _mbi(ctx: Ctx) -> Filled:
    """CMS's MBI, read out in its printed groups (slot_kit.mbi), its letters said this half's way."""
    return slot_kit.mbi(ctx, words.MBI_LETTERS, _say_letters, VOICE)


def _say_letters(letters: str, ctx: Ctx) -> str:
    return slot_kit.say_letters(letters, ctx, words.AS_IN, 0.4)


# ---- dates of birth ---------------------------------------------------------------------------------------


_year = slot_kit.birth_year


def dob(ctx: Ctx) -> Filled:
    """A birth date (1938-2006), said in one of nine ways or written in one of nine formats."""
    r = ctx.rng
    d = date(r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28))
    value = d.isoformat()
    sep = ", " if ctx.punct else " "
    if ctx.words:
        short = r.random() < 0.3 and d.year < 2000
        yr = _year(d.year, r, short)
        way = r.randrange(7)
        if way <= 5:
            said = slot_kit.dob_said(way, d, r, sep, yr, VOICE.digit)
        else:  # "three four seventy one"
            said = f"{number_words(d.month)} {number_words(d.day)}{sep}{yr}"
        return ctx.case(said), value, "spoken"
    return slot_kit.dob_written(d, ctx)


# ---- names ------------------------------------------------------------------------------------------------


_shown = slot_kit.shown_name


def _person(ctx: Ctx) -> tuple[str, str]:
    """(first, last) as written in the transcript; ``ctx`` keeps the real spelling for a spelling or e-mail."""
    r = ctx.rng
    s = words.draw(words.SURNAMES, r)
    f = words.draw(words.FIRST_NAMES, r, s[1] if r.random() < 0.8 else "")  # mostly one origin per person
    first, last, real = _shown(f, r), _shown(s, r), s[0]
    if s[1] in ("es_MX", "pt_BR") and r.random() < 0.5:  # two surnames, father's and mother's
        s2 = words.draw(words.SURNAMES, r, s[1])
        last, real = f"{last} {s2[0]}", f"{real} {s2[0]}"
    elif r.random() < 0.05:
        s2 = words.draw(words.SURNAMES, r)
        last, real = f"{last}-{s2[0]}", f"{real}-{s2[0]}"
    ctx.first, ctx.surname = f[0], real
    return first, last


def name(ctx: Ctx) -> Filled:
    first, last = _person(ctx)
    return slot_kit.said_name(ctx, first, last, words.ID_LETTERS, last_first=0.1)


# {FIRST} and {SURNAME} over this half's person (slot_kit.person_slots); {NAME} is this half's own ``name``
PEOPLE = slot_kit.person_slots(_person)
first_name, surname = PEOPLE["FIRST"], PEOPLE["SURNAME"]


def spelled(ctx: Ctx) -> Filled:
    """The real last name said letter by letter (after a name the recognizer may have misspelled): "o k a f o
    r", "O-K-A", "k as in kilo", "double e"; a double surname spelled as its first part."""
    target = (ctx.surname or _person(ctx)[1]).split(" ")[0]
    out = slot_kit.spelled_letters(target, ctx, words.AS_IN, 0.15)
    joiner = slot_kit.spelled_joiner(out, ctx)
    return joiner.join(out), target, "spelled"


# ---- e-mail -----------------------------------------------------------------------------------------------


def email(ctx: Ctx) -> Filled:
    return slot_kit.email(ctx, words, VOICE.digit)


# ---- addresses --------------------------------------------------------------------------------------------


def address(ctx: Ctx) -> Filled:
    """A street address (slot_kit.address), its house number said with house_number_words."""
    return slot_kit.address(ctx, words, house_number_words)


SLOTS: dict[str, tuple[str, Callable[[Ctx], Filled]]] = {
    "NAME": ("PERSON", name), "FIRST": ("PERSON", first_name), "SURNAME": ("PERSON", surname),
    "SPELL": ("PERSON", spelled), "PHONE": ("PHONE_NUMBER", phone), "SSN": ("US_SSN", ssn),
    "CARD": ("CREDIT_CARD", card), "LAST4": ("LAST_FOUR", last_four), "ZIP": ("ZIP_CODE", zip_code),
    "MEMBER": ("ACCOUNT_ID", member_id), "DOB": ("DATE_OF_BIRTH", dob), "EMAIL": ("EMAIL_ADDRESS", email),
    "ADDR": ("STREET_ADDRESS", address), "BOX": ("STREET_ADDRESS", box_address(words.HIGHWAYS)),
}  # fmt: skip
SLOT_TYPES, fill = slot_kit.slot_table(SLOTS)


PLAIN = slot_kit.plain_city(words.PLACES)


__all__ = ["PLAIN", "SLOTS", "SLOT_TYPES", "STYLES", "UNITS", "Ctx", "fill"]
