"""The v11 PII renderers: ``fill(slot, ctx) -> (text, value, form)`` over ``slot_kit`` and v11's words and voice.

What v11 adds: family name said first for Chinese, Japanese and Vietnamese callers ("ouyang ruoxi"); Basque
and Spanish double surnames said as two words ("Etxeberria Urquiza"); "Mc"/"Mac" names the recognizer splits
and lower-cases ("mc ilhenny", "mac gonigle"; the value keeps the real spelling); a
member ID's letters said as words ("bee", "see", "why") and the agent's cue between its groups, as when a
caller dictates it over two turns ("k four four, hold on, seven two"); numbers the recognizer
half-formats, some groups in numerals and some in words ("4 15 five five five 0 1 2 3"); e-mails with a plus
tag and "period" for the dot; birth dates with the weekday ("a Tuesday, March third"), a holiday ("the day
after Christmas, eighty one") or a half-formatted day ("april 15th eighty"); addresses whose compass word
the recognizer splits ("north east") and whose unit it abbreviates ("apt", "number").

Transcript styles and entity forms are v10's: ``raw``, ``punct``, ``numerals``, ``smart``; ``spoken``,
``written``, ``mixed``, ``plain``, ``spelled``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date
from functools import partial

from bench.pii_corpus import slot_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.slot_kit import Filled, box_address
from bench.pii_corpus.speech_kit import (
    MONTHS,
    UNITS,
    house_number_words,
    numerals,
    ordinal_numeral,
    ordinal_words,
    split,
)
from bench.pii_corpus.v11 import words
from bench.pii_corpus.v11.speech import VOICE, digit

STYLES = ("raw", "punct", "numerals", "smart")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# days callers name a birthday by: (what is said, month, day)
HOLIDAYS = [("New Year's Day", 1, 1), ("Valentine's Day", 2, 14), ("Halloween", 10, 31),
            ("Christmas Eve", 12, 24), ("Christmas Day", 12, 25), ("the day after Christmas", 12, 26),
            ("New Year's Eve", 12, 31), ("Saint Patrick's Day", 3, 17)]  # fmt: skip


def _half_formatted(ctx: Ctx, digits: str, sizes: list[int]) -> str:
    """A number the recognizer formatted only in part: each group in numerals, as digits apart or in words
    ("4 15 five five five 0 1 2 3")."""
    r = ctx.rng
    out = []
    for g in split(digits, sizes):
        way = r.random()
        if way < 0.35:
            out.append(g)
        elif way < 0.6:
            out.append(" ".join(g))
        else:
            out.append(" ".join(digit(c, r, 0.0) for c in g))
    return " ".join(out)


def _digits(ctx: Ctx, digits: str, sizes: list[int], smart: Callable[[str], str], *, repair: float = 0.2,
            pairs: float = 0.25, filler: float = 0.3) -> Filled:  # fmt: skip
    """The kit's digit string over v11's voice, or (a third of numerals transcripts) half formatted."""
    if ctx.style == "numerals" and ctx.rng.random() < 0.35:
        return _half_formatted(ctx, digits, sizes), digits, "mixed"
    return slot_kit.spoken_digits(ctx, digits, sizes, smart, VOICE, repair=repair, dash=0.03, pairs=pairs,
                                  filler=filler)  # fmt: skip


def _said_digits(draw: Callable[..., Filled], *, repair: float, pairs: float = 0.25,
                 filler: float = 0.3) -> Callable[[Ctx], Filled]:  # fmt: skip
    """A kit digit-string slot (phone, SSN, card, last four, ZIP) over v11's voice and rates."""
    return partial(draw, digits_slot=partial(_digits, repair=repair, pairs=pairs, filler=filler))


def _letter(c: str, ctx: Ctx) -> str:
    """One letter: as a word ("bee", "why") two times in five, "k as in kite" one in five, else the letter."""
    r = ctx.rng
    roll = r.random()
    if c in words.LETTER_WORDS and roll < 0.4:
        return words.LETTER_WORDS[c]
    shown = c.lower() if ctx.lower else c
    if roll > 0.8:
        return f"{shown} as in {words.AS_IN[c][0]}"
    return shown


def member_id(ctx: Ctx) -> Filled:
    """A member, policy or account ID: one to three letters and 7-9 digits, 9-10 digits alone, or (a sixth) a
    Medicare Beneficiary Identifier; digits in 3-3-3, 2-2-3-2 or 4-4 groups, the agent's cue or a hold
    between groups a third of the time."""
    r = ctx.rng
    if r.random() < 0.16:
        return slot_kit.mbi(ctx, words.MBI_LETTERS, lambda s, c: " ".join(_letter(x, c) for x in s), VOICE)
    prefix = "".join(r.choice(words.ID_LETTERS) for _ in range(r.choice([0, 1, 1, 2, 3])))
    sizes = r.choice([[3, 3, 3], [2, 2, 3, 2], [4, 4]] if prefix else [[3, 3, 3], [3, 3, 4]])
    n = sum(sizes)
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    value = prefix + body
    if ctx.words:
        said, _ = VOICE.say(
            body, sizes, r, ctx.punct, repair=0.15, mishear=0.12 * (ctx.style == "raw"), filler=0.35
        )
        joint = VOICE.pause(r, ctx.punct, 0.3)
        return (" ".join(_letter(c, ctx) for c in prefix) + joint if prefix else "") + said, value, "spoken"
    if ctx.style == "numerals":
        body_said = _half_formatted(ctx, body, sizes) if r.random() < 0.4 else numerals(body, sizes)
        return (
            " ".join([*prefix.lower(), body_said]),
            value,
            "mixed" if prefix or " " in body_said else "written",
        )
    joint = r.choice(["", "-", " "]) if prefix else ""
    return prefix + joint + numerals(body, sizes, r.choice(["", "-"])), value, "written"


def _birth_date(r: random.Random) -> date:
    if r.random() < 0.2:
        _, m, d = r.choice(HOLIDAYS)
        return date(r.randint(1934, 2006), m, d)
    return date(r.randint(1934, 2006), r.randint(1, 12), r.randint(1, 28))


def _said_dob(d: date, ctx: Ctx) -> str:
    """A birth date said: the kit's six ways, or v11's three (the weekday first, a holiday, a half-formatted
    day), the year now and then in two digits."""
    r, sep = ctx.rng, (", " if ctx.punct else " ")
    yr = slot_kit.birth_year(d.year, r, r.random() < 0.4)
    month = MONTHS[d.month - 1]
    holiday = next((h for h, m, dd in HOLIDAYS if (m, dd) == (d.month, d.day)), "")
    if holiday and r.random() < 0.8:
        return f"{r.choice(['on ', 'it was ', ''])}{holiday}{sep}{yr}"
    way = r.randrange(9)
    if way < 6:
        return slot_kit.dob_said(way, d, r, sep, yr, digit)
    if way == 6:  # "a Tuesday, March third, nineteen sixty" (the real weekday)
        return f"a {WEEKDAYS[d.weekday()]}{sep}{month} {ordinal_words(d.day)}{sep}{yr}"
    if way == 7:  # the recognizer formatted the day but not the rest: "april 15th eighty"
        return f"{month.lower()} {ordinal_numeral(d.day)} {yr}"
    return f"{month} {ordinal_words(d.day)}{sep}{WEEKDAYS[d.weekday()].lower()}{sep}{yr}"


def dob(ctx: Ctx) -> Filled:
    """A birth date (1934-2006), said (raw, punct), a fifth of them on a holiday, or as a recognizer writes it."""
    d = _birth_date(ctx.rng)
    if ctx.words:
        return ctx.case(_said_dob(d, ctx)), d.isoformat(), "spoken"
    if ctx.style == "numerals" and ctx.rng.random() < 0.3:  # "4/15/1980" beside "april 15th eighty"
        y = d.year % 100
        return (
            f"{d.month}/{d.day}/{d.year}"
            if ctx.rng.random() < 0.5
            else f"{MONTHS[d.month - 1].lower()} {ordinal_numeral(d.day)} {y:02d}",
            d.isoformat(),
            "written",
        )
    return slot_kit.dob_written(d, ctx)


def _person(ctx: Ctx) -> tuple[str, str, str, str, bool]:
    """(given shown, family shown, given, family, family name said first) for one person; ``ctx`` keeps the real spelling for a spelling
    or an e-mail. A Spanish or Basque caller gives both surnames half the time."""
    r = ctx.rng
    s = words.draw(words.SURNAMES, r)
    f = words.draw(words.FIRST_NAMES, r, s[1] if r.random() < 0.85 else "")
    family, family_shown = s[0], slot_kit.shown_name(s, r)
    if s[1] == "es" and r.random() < 0.5:
        other = r.choice([n for n in words.SPANISH if n[0] != s[0]])
        family, family_shown = f"{family} {other[0]}", f"{family_shown} {slot_kit.shown_name(other, r)}"
    ctx.first, ctx.surname = f[0], family
    return slot_kit.shown_name(f, r), family_shown, f[0], family, s[1] in words.FAMILY_FIRST


def full_name(ctx: Ctx) -> Filled:
    """Given then family name, or family name first for Chinese, Japanese and Vietnamese callers."""
    g_shown, f_shown, g, f, family_first = _person(ctx)
    if family_first:
        return ctx.case(f"{f_shown} {g_shown}"), f"{f} {g}", "plain"
    return ctx.case(f"{g_shown} {f_shown}"), f"{g} {f}", "plain"


def given_name(ctx: Ctx) -> Filled:
    g_shown, _, g, _, _ = _person(ctx)
    return ctx.case(g_shown), g, "plain"


def family_name(ctx: Ctx) -> Filled:
    _, f_shown, _, f, _ = _person(ctx)
    return ctx.case(f_shown), f, "plain"


PARTICLE = re.compile(r"^(?:" + "|".join(sorted(words.PARTICLES)) + r") ")


def spelled(ctx: Ctx) -> Filled:
    """The surname named before (or a new one), letter by letter; a double surname's first part only, a
    particle's name proper ("Anjos", not "dos")."""
    target = PARTICLE.sub("", ctx.surname or _person(ctx)[3]).split(" ")[0]
    out = slot_kit.spelled_letters(target, ctx, words.AS_IN, 0.3)
    joiner = slot_kit.spelled_joiner(out, ctx)
    return joiner.join(out), target, "spelled"


def email(ctx: Ctx) -> Filled:
    """An e-mail from the caller's name (or a drawn one): a plus tag in a third, a number in half; said with
    "period" or "dot" for the dot, "plus", "underscore", the local part now and then spelled."""
    r = ctx.rng
    first = (ctx.first or words.draw(words.FIRST_NAMES, r)[0]).lower()
    last = re.sub(r"[ \-']", "", (ctx.surname or words.draw(words.SURNAMES, r)[0]).lower())
    shape, local, num, domain = slot_kit.email_parts(first, last, ["f.l+", "fl", "f.l", "f.l+", "l.f", "fil", "f_l", "f.l+"],
                                                     lambda r: words.draw(words.STREET_NAMES, r)[0], words.TRADES, words.MAIL, r)  # fmt: skip
    if shape == "f.l+" and r.random() < 0.5:  # the tag after the number: "name.surname42+bills"
        base, tag = local.split("+")
        local, num_after = f"{base}{num}+{tag}", ""
        value = f"{local}@{domain}"
    else:
        value, num_after = f"{local}{num}@{domain}", num
    if ctx.style == "smart":
        return value, value, "written"
    said_local = local
    if r.random() < 0.2:  # spelled, letter by letter, the signs still said as words
        said_local = " ".join(said_local)
    dot = " period " if r.random() < 0.5 else " dot "
    said_local = said_local.replace(".", dot).replace("_", " underscore ").replace("+", " plus ")
    said_local = re.sub(
        r"(\d+)", lambda m: " " + " ".join(digit(c, r, 0.0) for c in m.group(1)) + " ", said_local
    )
    said_local = re.sub(r" +", " ", said_local).strip()
    return slot_kit.email_said(said_local, num_after, domain, value, ctx, digit)


SPLIT_DIRECTIONS = {"Northeast": "north east", "Northwest": "north west", "Southeast": "south east",
                    "Southwest": "south west"}  # fmt: skip
UNIT_SAID = {"Apartment": "apt", "Suite": "ste", "Unit": "unit number", "Building": "bldg"}


def _house_words(n: int, r: random.Random) -> str:
    """A house number said; a five-digit one whose second digit is 0 digit by digit ("three oh nine six nine"),
    since "thirty nine sixty nine" is what a caller says for 3969, not 30969."""
    s = str(n)
    if len(s) == 5 and s[1] == "0":
        return " ".join("oh" if c == "0" else UNITS[int(c)] for c in s)
    return house_number_words(n, r)


def street_address(ctx: Ctx) -> Filled:
    """The kit's street address; said, the recognizer splits a compound compass word ("north east") and writes
    a unit the short way ("apt", "unit number")."""
    said, value, form = slot_kit.address(ctx, words, _house_words)
    if ctx.words:
        r = ctx.rng
        for whole, parts in SPLIT_DIRECTIONS.items():
            if r.random() < 0.7:
                said = re.sub(rf"\b{whole}\b", parts, said, flags=re.I)
        for whole, short in UNIT_SAID.items():
            if r.random() < 0.5:
                said = re.sub(rf"\b{whole}\b", short, said, flags=re.I)
    return said, value, form


# every slot: its type and how it is said (``SLOT_TYPES`` names the type for the renderer)
SLOTS: dict[str, tuple[str, Callable[[Ctx], Filled]]] = {
    "NAME": ("PERSON", full_name),
    "FIRST": ("PERSON", given_name),
    "SURNAME": ("PERSON", family_name),
    "SPELL": ("PERSON", spelled),
    "PHONE": ("PHONE_NUMBER", _said_digits(slot_kit.phone, repair=0.25)),
    "SSN": ("US_SSN", _said_digits(slot_kit.ssn, repair=0.15, filler=0.35, pairs=0.3)),
    "CARD": ("CREDIT_CARD", _said_digits(slot_kit.card, repair=0.2, pairs=0.2, filler=0.4)),
    "LAST4": ("LAST_FOUR", _said_digits(slot_kit.last_four, repair=0.1, pairs=0.45)),
    "ZIP": ("ZIP_CODE", _said_digits(slot_kit.zip_code, repair=0.1)),
    "MEMBER": ("ACCOUNT_ID", member_id),
    "DOB": ("DATE_OF_BIRTH", dob),
    "EMAIL": ("EMAIL_ADDRESS", email),
    "ADDR": ("STREET_ADDRESS", street_address),
    "BOX": ("STREET_ADDRESS", box_address(words.HIGHWAYS)),
}
SLOT_TYPES, fill = slot_kit.slot_table(SLOTS)
# a town and state said after an address: plain words, neither PII nor a marked value
PLAIN = slot_kit.plain_city(words.PLACES)
