"""The v8 PII renderers: ``fill(slot, ctx) -> (text, value, form)`` (the utterance context ``Ctx`` is render_kit's).

Started from v7's renderers (seed and content new). What v8 changes: names of fourteen origins no common list
holds (Vietnamese said family name first with a middle name, "Ton That Thi Huong"; Tamil, Arabic "El-Sayed",
Quechua double surnames "Ccahuana Huillca", Hawaiian, Irish Gaelic, Polish, Yoruba ...), some written the way an
English recognizer spells what it heard; nicknames ("Gosia"); the same person said again (``{AGAIN}``: the real
spelling after the agent read it back); spellings with the NATO and the police alphabets ("k as in King") and
in chunks with pauses; member IDs whose letters are said with a spelling word more often and with a pause
before the digits; SSNs with more fillers and corrections inside; dates of birth with a cardinal day ("March
four, nineteen seventy one"), the day before the month with no "of" ("four March seventy one") and read off
a form with "slash".

Transcript styles (``ctx.style``, the utterance ``form``), entity forms and canonical values: see
``render_kit``'s docstring (one home for every half over the kits).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from functools import partial

from bench.pii_corpus import slot_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.slot_kit import Filled, box_address
from bench.pii_corpus.speech_kit import MONTHS, UNITS, house_number_words, number_words, ordinal_words
from bench.pii_corpus.v8 import words
from bench.pii_corpus.v8.speech import VOICE

STYLES = ("raw", "punct", "numerals", "smart")


def _digits(ctx: Ctx, digits: str, sizes: list[int], smart: Callable[[str], str], *,
            repair: float = 0.2, dash: float = 0.0, pairs: float = 0.25, filler: float = 0.18) -> Filled:  # fmt: skip
    """A digit string in the utterance's style (slot_kit.spoken_digits with this half's voice)."""
    return slot_kit.spoken_digits(ctx, digits, sizes, smart, VOICE, repair=repair, dash=dash, pairs=pairs,
                                  filler=filler)  # fmt: skip


# ---- numbers ----------------------------------------------------------------------------------------------


def phone(ctx: Ctx) -> Filled:
    return slot_kit.phone(ctx, _digits)


def ssn(ctx: Ctx) -> Filled:
    return slot_kit.ssn(ctx, _digits, dash=0.1, repair=0.3, filler=0.4)


def card(ctx: Ctx) -> Filled:
    return slot_kit.card(ctx, _digits, repair=0.2, dash=0.05, pairs=0.35)


def last_four(ctx: Ctx) -> Filled:
    return slot_kit.last_four(ctx, _digits, repair=0.08)


def zip_code(ctx: Ctx) -> Filled:
    return slot_kit.zip_code(ctx, _digits, repair=0.1)


def member_id(ctx: Ctx) -> Filled:
    """A member, policy, subscriber or account ID: 1-3 letters and 7-10 digits, 9-12 digits alone
    (slot_kit.member_id with this half's groupings, letters, rates and the pause it says before the
    digits), or (30%) a Medicare Beneficiary Identifier, letters and digits interleaved ("1EG4-TE5-MK73")."""
    if ctx.rng.random() < 0.3:
        return _mbi(ctx)
    sizes = [[3, 3, 4], [4, 4, 4], [2, 3, 3, 3], [5, 5], [4, 3]]
    say_digits = partial(VOICE.say, repair=0.2, dash=0.15)
    return slot_kit.member_id(ctx, words.ID_LETTERS, sizes, _say_letters, say_digits, _id_glue)


def _id_glue(ctx: Ctx) -> str:
    """What a v8 caller puts between an ID's letters and its digits: a pause or a filler (40%), else a space."""
    r = ctx.rng
    if r.random() < 0.4:
        return r.choice([", ", "... ", " uh "]) if ctx.punct else r.choice([" ", " um "])
    return " "


def _mbi(ctx: Ctx) -> Filled:
    """CMS's MBI, read out in its printed groups (slot_kit.mbi), its letters said this half's way."""
    return slot_kit.mbi(ctx, words.MBI_LETTERS, _say_letters, VOICE)


def _say_letters(letters: str, ctx: Ctx) -> str:
    return slot_kit.say_letters(letters, ctx, words.AS_IN, 0.55)


# ---- dates of birth ---------------------------------------------------------------------------------------


_year = slot_kit.birth_year


def dob(ctx: Ctx) -> Filled:
    """A birth date (1938-2006), said in one of ten ways or written in one of eleven formats."""
    r = ctx.rng
    d = date(r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28))
    value = d.isoformat()
    month = MONTHS[d.month - 1]
    sep = ", " if ctx.punct else " "
    if ctx.words:
        short = r.random() < 0.3 and d.year < 2000
        yr = _year(d.year, r, short)
        way = r.randrange(10)
        if way <= 5:
            said = slot_kit.dob_said(way, d, r, sep, yr, VOICE.digit)
        # a cardinal day; "twenty" before "two thousand six" would run into the year, so that one is "twentieth"
        day = number_words(d.day) if d.day != 20 else ordinal_words(d.day)
        if way == 6:  # "three four seventy one"
            said = f"{number_words(d.month)} {day}{sep}{yr}"
        elif way == 7:  # a cardinal day, as many callers say it: "March four, nineteen seventy one"
            said = f"{month} {day}{sep}{yr}"
        elif way == 8:  # the day first with no "of", the way it is said in much of the world
            said = f"{day if r.random() < 0.5 else ordinal_words(d.day)} {month}{sep}{yr}"
        elif way == 9:  # read off a form: "three slash four slash seventy one"
            said = f"{number_words(d.month)} slash {number_words(d.day)} slash {yr}"
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
    if s[1] == "qu" and " " not in real and r.random() < 0.5:  # two surnames, father's and mother's
        s2 = words.draw(words.SURNAMES, r, s[1])
        last, real = f"{last} {s2[0]}", f"{real} {s2[0]}"
    elif " " not in real and "-" not in real and r.random() < 0.1:  # a hyphenated surname, of two origins
        s2 = words.draw(words.SURNAMES, r)
        last, real = f"{last}-{s2[0]}", f"{real}-{s2[0]}"
    ctx.first, ctx.surname = f[0], real
    return first, last


def name(ctx: Ctx) -> Filled:
    r = ctx.rng
    first, last = _person(ctx)
    if words.ORIGIN.get(ctx.surname) == "vi" and r.random() < 0.7:
        # a Vietnamese name said as on a Vietnamese form: family name, middle name, given name
        said = f"{last} {r.choice(words.VI_MIDDLE)} {first}"
        return ctx.case(said), said, "plain"
    return slot_kit.said_name(ctx, first, last, words.ID_LETTERS, last_first=0.1)


def nickname(ctx: Ctx) -> Filled:
    """The short form a caller gives for a long given name ("Gosia", "Funmi", "Karthi")."""
    _full, _origin, nick = ctx.rng.choice(words.NICKNAMES)
    return ctx.case(nick), nick, "plain"


def again(ctx: Ctx) -> Filled:
    """The person named before in the utterance, said again in the real spelling (after the agent read it
    back, or a name corrected): a new person when nobody was named."""
    if not ctx.surname:
        _person(ctx)
    said = f"{ctx.first} {ctx.surname}"
    return ctx.case(said), said, "plain"


# {FIRST} and {SURNAME} over this half's person (slot_kit.person_slots); {NAME} is this half's own ``name``
PEOPLE = slot_kit.person_slots(_person)
first_name, surname = PEOPLE["FIRST"], PEOPLE["SURNAME"]


def spelled(ctx: Ctx) -> Filled:
    """The real last name said letter by letter (after a name the recognizer may have misspelled): "o k a f o
    r", "O-K-A", "k as in kilo", "double e"; a double surname spelled as its first part."""
    r = ctx.rng
    target = (ctx.surname or _person(ctx)[1]).split(" ")[0]
    out = slot_kit.spelled_letters(target, ctx, words.AS_IN, 0.3)
    joiner = slot_kit.spelled_joiner(out, ctx)
    if joiner == " " and ctx.punct and len(out) > 4 and r.random() < 0.5:  # in chunks, with a pause between
        chunks = [" ".join(out[k : k + 3]) for k in range(0, len(out), 3)]
        return r.choice([", ", "... "]).join(chunks), target, "spelled"
    return joiner.join(out), target, "spelled"


# ---- e-mail -----------------------------------------------------------------------------------------------


def email(ctx: Ctx) -> Filled:
    return slot_kit.email(ctx, words, VOICE.digit)


# ---- addresses --------------------------------------------------------------------------------------------


def _house_words(n: int, rng: random.Random) -> str:
    """speech_kit's house number in words, said again when it came out as "seventy four twelve" for 70412
    (tens, a digit, a pair): a form that reads as 7412 too, so a listener could not tell the number."""
    said = house_number_words(n, rng)
    while len(str(n)) == 5 and str(n)[1] == "0" and len(said.split()) == 3:
        said = house_number_words(n, rng)
    return said


def address(ctx: Ctx) -> Filled:
    """A street address (slot_kit.address), its house number said with _house_words."""
    return slot_kit.address(ctx, words, _house_words)


SLOTS: dict[str, tuple[str, Callable[[Ctx], Filled]]] = {
    "NAME": ("PERSON", name), "FIRST": ("PERSON", first_name), "SURNAME": ("PERSON", surname),
    "SPELL": ("PERSON", spelled), "NICK": ("PERSON", nickname), "AGAIN": ("PERSON", again), "PHONE": ("PHONE_NUMBER", phone), "SSN": ("US_SSN", ssn),
    "CARD": ("CREDIT_CARD", card), "LAST4": ("LAST_FOUR", last_four), "ZIP": ("ZIP_CODE", zip_code),
    "MEMBER": ("ACCOUNT_ID", member_id), "DOB": ("DATE_OF_BIRTH", dob), "EMAIL": ("EMAIL_ADDRESS", email),
    "ADDR": ("STREET_ADDRESS", address), "BOX": ("STREET_ADDRESS", box_address(words.HIGHWAYS)),
}  # fmt: skip
SLOT_TYPES, fill = slot_kit.slot_table(SLOTS)


PLAIN = slot_kit.plain_city(words.PLACES)


__all__ = ["PLAIN", "SLOTS", "SLOT_TYPES", "STYLES", "UNITS", "Ctx", "fill"]
