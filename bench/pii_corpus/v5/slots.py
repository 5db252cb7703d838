"""The v5 PII renderers: ``fill(slot, ctx) -> (text, value, form)`` and the utterance context ``Ctx``.

Transcript styles (``ctx.style``): ``raw`` lower case, no punctuation, numbers as words; ``punct`` punctuated,
numbers as words; ``numerals`` lower case, no punctuation, numbers as numerals split where the caller paused;
``smart`` smart-formatted. Entity forms: ``spoken``, ``written``, ``mixed`` (numerals with one group said as
words), ``plain`` (a name), ``spelled``. Values are canonical (the same spoken and written): digits only for
SSN, card, phone (10 digits), ZIP, last four; ``YYYY-MM-DD``; an ID as its upper-case letters and digits;
the e-mail lower case; a name as written (``First Last``); an address as ``number [DIR ]Street Abbr[ UNIT id]``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from bench.pii_corpus import render_kit, slot_kit
from bench.pii_corpus.slot_kit import luhn_complete
from bench.pii_corpus.v5 import words
from bench.pii_corpus.v5.speech import (
    MONTHS,
    UNITS,
    house_number,
    ordinal,
    pair_words,
    say_chunk,
    say_digits,
    say_year,
)

STYLES = ("raw", "punct", "numerals", "smart")
Filled = tuple[str, str, str]


class Ctx(render_kit.Ctx):
    """render_kit's utterance context (the style, the person named last), with how often v5's recognizer
    writes a homophone for a digit word in each style."""

    @property
    def mishear(self) -> float:
        return 0.12 if self.style == "raw" else 0.04 if self.style == "punct" else 0.0


def _numerals(groups: list[str], ctx: Ctx) -> str:
    """Numerals split where the caller paused: "415 555 0198", "4155 550198", or digit by digit."""
    r = ctx.rng.random()
    if r < 0.15:
        return " ".join("".join(groups))
    if r < 0.3 and len(groups) > 2:
        return "".join(groups[:2]) + " " + " ".join(groups[2:])
    return " ".join(groups)


def _mixed(groups: list[str], ctx: Ctx) -> str:
    k = ctx.rng.randrange(len(groups))
    return " ".join(say_chunk(g, ctx.rng) if i == k else g for i, g in enumerate(groups))


def _digits_entity(groups: list[str], ctx: Ctx, smart: Callable[[list[str]], str]) -> Filled:
    value = "".join(groups)
    if ctx.words:
        return say_digits(groups, ctx.rng, ctx.lower, ctx.mishear), value, "spoken"
    if ctx.style == "numerals":
        if ctx.rng.random() < 0.25:
            return _mixed(groups, ctx), value, "mixed"
        return _numerals(groups, ctx), value, "written"
    return smart(groups), value, "written"


def _rand_digits(n: int, rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---- numbers ------------------------------------------------------------------------------------------


def phone(ctx: Ctx) -> Filled:
    r = ctx.rng
    area = r.choice("23456789") + r.choice("0123456789") + r.choice("0123456789")
    while area[1:] == "11":
        area = area[0] + r.choice("02345678") + area[2]
    groups = [area, r.choice("23456789") + _rand_digits(2, r), _rand_digits(4, r)]
    fmt = r.choice(["({}) {}-{}", "({}) {}-{}", "{}-{}-{}", "{}.{}.{}", "+1 {}-{}-{}", "1-{}-{}-{}"])
    text, value, form = _digits_entity(groups, ctx, lambda g: fmt.format(*g))
    if ctx.words and r.random() < 0.12:
        text = "one " + text  # the country code said first
    return text, value, form


def ssn(ctx: Ctx) -> Filled:
    r = ctx.rng
    area = f"{r.randrange(1, 900):03d}"
    while area == "666":
        area = f"{r.randrange(1, 900):03d}"
    groups = [area, f"{r.randrange(1, 100):02d}", f"{r.randrange(1, 10000):04d}"]
    return _digits_entity(groups, ctx, lambda g: "-".join(g) if r.random() < 0.8 else " ".join(g))


def card(ctx: Ctx) -> Filled:
    r = ctx.rng
    kind = r.choices(["visa", "mc", "amex", "disc"], weights=[45, 30, 15, 10])[0]
    prefix = {"visa": "4", "mc": str(r.randrange(51, 56)), "amex": r.choice(["34", "37"]), "disc": "6011"}[
        kind
    ]
    size = 15 if kind == "amex" else 16
    number = luhn_complete(prefix + _rand_digits(size - 1 - len(prefix), r))
    groups = (
        [number[:4], number[4:10], number[10:]]
        if size == 15
        else [number[i : i + 4] for i in range(0, 16, 4)]
    )
    sep = r.choice([" ", " ", "-"])
    return _digits_entity(groups, ctx, lambda g: sep.join(g))


def last_four(ctx: Ctx) -> Filled:
    digits = _rand_digits(4, ctx.rng)
    return _digits_entity([digits], ctx, lambda g: g[0])


def zip_code(ctx: Ctx) -> Filled:
    r = ctx.rng
    five = f"{r.randrange(1001, 99951):05d}"
    groups = [five] if r.random() < 0.8 else [five, _rand_digits(4, r)]
    return _digits_entity(groups, ctx, lambda g: "-".join(g))


# ---- identifiers --------------------------------------------------------------------------------------

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"  # I, O, Q are rarely issued in IDs (they read as 1, 0)


def _say_letters(letters: str, ctx: Ctx) -> str:
    r = ctx.rng
    out = []
    for ch in letters:
        if r.random() < 0.45:
            out.append(f"{ctx.case(ch)} as in {ctx.case(r.choice(words.AS_IN[ch]))}")
        else:
            out.append(ch.lower() if ctx.lower else ch)
    sep = " " if ctx.lower or r.random() < 0.6 else ", "
    return sep.join(out)


def member_id(ctx: Ctx) -> Filled:
    """A member, policy, account or claim ID: 1-3 letters then 6-10 digits, or 8-12 digits alone."""
    r = ctx.rng
    if r.random() < 0.2:
        digits = r.choice("123456789") + _rand_digits(r.randrange(7, 12), r)
        groups = _chunks(digits, r)
        return _digits_entity(groups, ctx, lambda g: " ".join(g) if r.random() < 0.5 else "".join(g))
    letters = "".join(r.choice(LETTERS) for _ in range(r.choices([1, 2, 3], weights=[3, 5, 2])[0]))
    digits = _rand_digits(r.randrange(6, 11), r)
    value = letters + digits
    groups = _chunks(digits, r)
    if ctx.words:
        said = _say_letters(letters, ctx)
        return (
            said
            + (" " if ctx.lower else r.choice([" ", ", "]))
            + say_digits(groups, r, ctx.lower, ctx.mishear),
            value,
            "spoken",
        )
    if ctx.style == "numerals":
        if r.random() < 0.3:
            return _say_letters(letters, ctx) + " " + " ".join(groups), value, "mixed"
        return letters.lower() + r.choice(["", " "]) + " ".join(groups), value, "written"
    shape = r.random()
    if shape < 0.2:  # letters spelled out even in a smart transcript, the digits as numerals
        return _say_letters(letters, ctx) + ", " + " ".join(groups), value, "mixed"
    if shape < 0.55:
        return value, value, "written"
    if shape < 0.8:
        return letters + "-" + "-".join(groups), value, "written"
    return letters + " " + " ".join(groups), value, "written"


def _chunks(digits: str, r: random.Random) -> list[str]:
    """How a caller reads a long number: in chunks of 2-4 digits."""
    out, i = [], 0
    while i < len(digits):
        k = min(len(digits) - i, r.choice([2, 3, 3, 4]))
        if len(digits) - i - k == 1:
            k += 1
        out.append(digits[i : i + k])
        i += k
    return out


# ---- dates --------------------------------------------------------------------------------------------


def dob(ctx: Ctx) -> Filled:
    r = ctx.rng
    d = date(r.randrange(1936, 2007), r.randrange(1, 13), r.randrange(1, 29))
    value = d.isoformat()
    month = MONTHS[d.month - 1]
    yy = f"{d.year % 100:02d}"
    if ctx.words:
        year = (
            say_year(d.year, r)
            if r.random() < 0.75 or d.year >= 2000
            else pair_words(yy)
            if yy[0] != "0"
            else say_year(d.year, r)
        )
        shape = r.randrange(5)
        if shape == 0:
            text = f"{month} {ordinal(d.day)} {year}"
        elif shape == 1:
            text = f"the {ordinal(d.day)} of {month} {year}"
        elif shape == 2:
            text = f"{month} {_day_cardinal(d.day)}{',' if not ctx.lower else ''} {year}"
        elif shape == 3:  # month and day as numbers: "three fourteen eighty two", "oh three one four ..."
            mm = (
                UNITS[d.month]
                if d.month < 10 and r.random() < 0.6
                else say_chunk(f"{d.month:02d}", r, pairs=0.7)
            )
            text = f"{mm} {_day_cardinal(d.day)} {year}"
        else:  # every digit of mm dd yyyy: "oh three one four one nine eight two"
            text = say_chunk(f"{d.month:02d}{d.day:02d}{d.year}", r)
        return ctx.case(text), value, "spoken"
    if ctx.style == "numerals":
        shape = r.randrange(3)
        text = [f"{d.month} {d.day} {d.year}", f"{month.lower()} {d.day}{_th(d.day)} {d.year}",
                f"{d.month:02d} {d.day:02d} {yy}"][shape]  # fmt: skip
        return text, value, "written"
    shape = r.randrange(5)
    text = [f"{d.month}/{d.day}/{d.year}", f"{d.month:02d}/{d.day:02d}/{yy}", f"{month} {d.day}, {d.year}",
            f"{month[:3]}. {d.day}, {d.year}", f"{month} {d.day}{_th(d.day)}, {d.year}"][shape]  # fmt: skip
    return text, value, "written"


def _day_cardinal(day: int) -> str:
    return pair_words(f"{day:02d}") if day >= 10 else UNITS[day]


def _th(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# ---- names, e-mail, address ---------------------------------------------------------------------------


def _new_name(ctx: Ctx) -> tuple[str, str]:
    first, last = words.draw(words.first_names(), ctx.rng), words.draw(words.surnames(), ctx.rng)
    if ctx.rng.random() < 0.06:
        last = last + "-" + words.draw(words.surnames(), ctx.rng)
    ctx.first, ctx.surname = first, last
    return first, last


def full_name(ctx: Ctx) -> Filled:
    r = ctx.rng
    first, last = _new_name(ctx)
    middle = f" {r.choice('ABCDEFGHJKLMNPRSTW')}{'' if ctx.lower else '.'}" if r.random() < 0.12 else ""
    said_last = last.replace("-", " ") if ctx.lower and r.random() < 0.5 else last
    return ctx.case(f"{first}{middle} {said_last}"), f"{first} {last}", "plain"


# {FIRST} and {SURNAME}: a new person's given or family name alone (slot_kit.person_slots)
_PEOPLE = slot_kit.person_slots(_new_name)
first_only, surname_only = _PEOPLE["FIRST"], _PEOPLE["SURNAME"]


def spelled(ctx: Ctx) -> Filled:
    """The surname said just before, spelled: "h u g h e s", "H-U-G-H-E-S", "H as in Henry, U, G ...",
    a doubled letter as "double l"."""
    r = ctx.rng
    name = ctx.surname.split("-")[0] or words.draw(words.surnames(), r)
    letters = [c for c in name.upper() if c.isalpha()]
    shape = r.randrange(4)
    if shape == 0 and not ctx.lower:
        return "-".join(letters), name, "spelled"
    out: list[str] = []
    i = 0
    while i < len(letters):
        ch = letters[i]
        if i + 1 < len(letters) and letters[i + 1] == ch and r.random() < 0.6:
            out.append(f"double {ctx.case(ch)}")
            i += 2
            continue
        if shape == 1 and r.random() < 0.35:
            out.append(f"{ctx.case(ch)} as in {ctx.case(r.choice(words.AS_IN[ch]))}")
        else:
            out.append(ch.lower() if ctx.lower or shape == 2 else ch)
        i += 1
    sep = " " if ctx.lower or shape == 2 else ", "
    return sep.join(out), name, "spelled"


def email(ctx: Ctx) -> Filled:
    r = ctx.rng
    first, last = (ctx.first, ctx.surname.split("-")[0]) if ctx.surname and r.random() < 0.5 else (
        words.draw(words.first_names(), r), words.draw(words.surnames(), r))  # fmt: skip
    fn, ln = first.lower(), last.lower()
    num = r.choice(["", "", str(r.randrange(1, 100)), str(r.randrange(1950, 2006)), f"{r.randrange(1, 10)}"])
    shape = r.randrange(7)
    parts = [[fn, ".", ln], [fn, ln], [fn[0], ln], [fn, "_", ln], [ln, ".", fn[0]], [fn, ln[0]], [fn, ".", ln, "+", r.choice(["bills", "shop", "news"])]][shape]  # fmt: skip
    if num and shape != 6:
        parts.append(num)
    if r.random() < 0.2:
        domain = f"{ln}{r.choice(words.BUSINESS_WORDS)}.{r.choice(words.BUSINESS_TLDS)}"
        parts = [fn]
    else:
        domain = r.choices(
            [d for _, d in words.MAIL_PROVIDERS], weights=[w for w, _ in words.MAIL_PROVIDERS]
        )[0]
    local = "".join(parts)
    value = f"{local}@{domain}"
    if ctx.style == "smart" or (ctx.style == "numerals" and r.random() < 0.5):
        return value, value, "written"
    return _say_email(parts, domain, ctx), value, "spoken"


def _say_email(parts: list[str], domain: str, ctx: Ctx) -> str:
    r = ctx.rng
    out: list[str] = []
    for part in parts:
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "+":
            out.append("plus")
        elif part.isdigit():
            if ctx.style == "numerals":
                out.append(part)
            elif len(part) == 4 and r.random() < 0.7:
                out.append(
                    say_year(int(part), r) if part[2] != "0" or part[:2] == "20" else say_chunk(part, r)
                )
            else:
                out.append(say_chunk(part, r, pairs=0.6))
        elif len(part) == 1:
            out.append(
                part if r.random() < 0.6 else f"{part} as in {r.choice(words.AS_IN[part.upper()]).lower()}"
            )
        else:
            out.append(part)
    return " ".join(out) + " at " + domain.replace(".", " dot ")


def address(ctx: Ctx) -> Filled:
    r = ctx.rng
    number = str(r.choice([r.randrange(1, 100), r.randrange(100, 1000), r.randrange(1000, 10000),
                           r.randrange(1000, 10000), r.randrange(10000, 40000)]))  # fmt: skip
    direction = r.choice(words.DIRECTIONS) if r.random() < 0.2 else None
    kind = r.random()
    ordinal_street = None
    if kind < 0.35:
        street = words.draw(words.surnames(), r).split("-")[0]
    elif kind < 0.75:
        street = r.choice(words.STREET_WORDS)
    elif kind < 0.88:
        ordinal_street = r.choice(words.ORDINAL_STREETS)
        street = f"{ordinal_street}{_th(ordinal_street)}"
    else:
        street = words.draw(words.first_names(), r)
    suffix = r.choice(words.EVERYDAY_SUFFIXES) if r.random() < 0.7 else r.choice(words.USPS_SUFFIXES)[0]
    abbr = dict(words.USPS_SUFFIXES)[suffix]
    unit = None
    if r.random() < 0.3:
        unit = r.choices(words.USPS_C2, weights=words.UNIT_WEIGHTS)[0]
        unit_id = r.choice([str(r.randrange(1, 40)), str(r.randrange(100, 520)), f"{r.randrange(1, 9)}{r.choice('ABCD')}", r.choice("ABCDEF")])  # fmt: skip
    value = f"{number} " + (f"{direction[1]} " if direction else "") + f"{street} {abbr}"
    if unit:
        value += f" {unit[1]} {unit_id}"
    if ctx.words:
        num = (
            house_number(number, r)
            if len(number) <= 4 and r.random() < 0.8
            else " ".join(UNITS[int(c)] for c in number)
        )
        street_said = street
        if ordinal_street is not None:
            street_said = _ordinal_words(ordinal_street)
        text = num + (f" {direction[0]}" if direction else "") + f" {street_said} {suffix}"
        if unit:
            uid = unit_id
            if uid.isdigit():
                uid = house_number(uid, r)
            elif len(uid) == 2:
                uid = UNITS[int(uid[0])] + " " + uid[1]
            text += (
                ("" if ctx.lower else r.choice([" ", ", "])) + (" " if ctx.lower else "") + f"{unit[0]} {uid}"
            )
            text = text.replace("  ", " ")
        return ctx.case(text), value, "spoken"
    use_abbr = r.random() < 0.5
    text = f"{number}" + (f" {direction[1] if use_abbr else direction[0]}" if direction else "")
    text += f" {street} " + (
        abbr + ("." if ctx.style == "smart" and r.random() < 0.3 else "") if use_abbr else suffix
    )
    if unit:
        if ctx.style == "smart" and r.random() < 0.25:
            text += f" #{unit_id}"
        else:
            text += (
                (", " if ctx.style == "smart" and r.random() < 0.5 else " ")
                + (unit[1].title() if use_abbr and unit[1] != unit[0].upper() else unit[0])
                + f" {unit_id}"
            )
    if text.endswith("."):
        text = text[:-1]
    return ctx.case(text), value, "written"


def _ordinal_words(n: int) -> str:
    if n < 100:
        return ordinal(n)
    hundreds, rest = divmod(n, 100)
    return f"{UNITS[hundreds]} hundred" + (f" {ordinal(rest)}" if rest else "th")


FILLERS_BY_SLOT: dict[str, Callable[[Ctx], Filled]] = {
    "NAME": full_name, "FIRST": first_only, "SURNAME": surname_only, "SPELL": spelled, "PHONE": phone,
    "SSN": ssn, "CARD": card, "LAST4": last_four, "ZIP": zip_code, "MEMBER": member_id, "DOB": dob,
    "EMAIL": email, "ADDRESS": address,
}  # fmt: skip
SLOT_TYPES = {"NAME": "PERSON", "FIRST": "PERSON", "SURNAME": "PERSON", "SPELL": "PERSON",
              "PHONE": "PHONE_NUMBER", "SSN": "US_SSN", "CARD": "CREDIT_CARD", "LAST4": "LAST_FOUR",
              "ZIP": "ZIP_CODE", "MEMBER": "ACCOUNT_ID", "DOB": "DATE_OF_BIRTH", "EMAIL": "EMAIL_ADDRESS",
              "ADDRESS": "STREET_ADDRESS"}  # fmt: skip


def fill(slot: str, ctx: Ctx) -> Filled:
    return FILLERS_BY_SLOT[slot](ctx)
