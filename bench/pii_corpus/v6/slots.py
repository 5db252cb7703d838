"""The v6 PII renderers: ``fill(slot, ctx) -> (text, value, form)`` (the utterance context ``Ctx`` is render_kit's).

Transcript styles (``ctx.style``, the utterance ``form``), entity forms and canonical values: see
``render_kit``'s docstring (one home for every half over the kits).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from bench.pii_corpus import slot_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.slot_kit import Filled, box_address, house_number
from bench.pii_corpus.speech_kit import (
    MONTHS,
    UNITS,
    house_number_words,
    number_words,
    numerals,
    ordinal_numeral,
    ordinal_words,
    year_words,
)
from bench.pii_corpus.v6 import words
from bench.pii_corpus.v6.speech import digit, say, say_group

STYLES = ("raw", "punct", "numerals", "smart")


def _digits(ctx: Ctx, digits: str, sizes: list[int], smart: Callable[[str], str], *,
            repair: float = 0.09) -> Filled:  # fmt: skip
    """A digit string in the utterance's style: words (with pauses, "oh", double, repairs), numerals in the
    caller's groups (one group in words now and then), or the smart format."""
    r = ctx.rng
    if ctx.words:
        said, _ = say(digits, sizes, r, ctx.punct, mishear=0.08 if ctx.style == "raw" else 0.0, repair=repair)
        return said, digits, "spoken"
    if ctx.style == "numerals":
        groups = numerals(digits, sizes).split(" ")
        if len(groups) > 1 and r.random() < 0.25:
            k = r.randrange(len(groups))
            groups[k] = say_group(groups[k], r)
            return " ".join(groups), digits, "mixed"
        return " ".join(groups), digits, "written"
    return smart(digits), digits, "written"


# ---- numbers ----------------------------------------------------------------------------------------------


def phone(ctx: Ctx) -> Filled:
    return slot_kit.phone(ctx, _digits)


def ssn(ctx: Ctx) -> Filled:
    return slot_kit.ssn(ctx, _digits)


def card(ctx: Ctx) -> Filled:
    return slot_kit.card(ctx, _digits, repair=0.08)


def last_four(ctx: Ctx) -> Filled:
    return slot_kit.last_four(ctx, _digits, repair=0.0)


def zip_code(ctx: Ctx) -> Filled:
    return slot_kit.zip_code(ctx, _digits, repair=0.03)


def member_id(ctx: Ctx) -> Filled:
    """A member, policy, subscriber or account ID: 1-3 letters and 7-10 digits, or 9-12 digits alone
    (slot_kit.member_id with this half's groupings, letters and repair rate)."""
    sizes = [[3, 3, 4], [4, 4, 4], [2, 3, 3, 3], [5, 5]]
    return slot_kit.member_id(ctx, words.ID_LETTERS, sizes, _say_letters, partial(say, repair=0.09))


def _say_letters(letters: str, ctx: Ctx) -> str:
    r = ctx.rng
    out = []
    for c in letters:
        shown = c.lower() if ctx.lower else c
        if r.random() < 0.35:
            out.append(f"{shown} as in {r.choice(words.AS_IN[c])}")
        else:
            out.append(shown)
    return (", " if ctx.punct and r.random() < 0.3 else " ").join(out)


# ---- dates of birth ---------------------------------------------------------------------------------------


def dob(ctx: Ctx) -> Filled:
    r = ctx.rng
    d = date(r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28))
    value = d.isoformat()
    month = MONTHS[d.month - 1]
    if ctx.words:
        way = r.randrange(4)
        if way == 0:
            said = f"{month} {ordinal_words(d.day)} {year_words(d.year, r)}"
        elif way == 1:
            said = f"the {ordinal_words(d.day)} of {month} {year_words(d.year, r)}"
        elif way == 2:
            said = f"{month} {number_words(d.day)}{',' if ctx.punct else ''} {year_words(d.year, r)}"
        else:  # month day year as digits, the way a form is read out: "oh three, one four, seventy one"
            mm, dd = f"{d.month:02d}", f"{d.day:02d}"
            said = " ".join(digit(c, r, 0.0) for c in mm) + (", " if ctx.punct else " ")
            said += (
                " ".join(digit(c, r, 0.0) for c in dd) + (", " if ctx.punct else " ") + year_words(d.year, r)
            )
        return ctx.case(said), value, "spoken"
    if ctx.style == "numerals":
        said = r.choice([f"{month.lower()} {d.day} {d.year}", f"{d.month} {d.day} {d.year}",
                         f"{month.lower()} {ordinal_numeral(d.day)} {d.year}"])  # fmt: skip
        return said, value, "written"
    said = r.choice([f"{month} {d.day}, {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}",
                     f"{month} {ordinal_numeral(d.day)}, {d.year}", f"{month[:3]}. {d.day}, {d.year}"])  # fmt: skip
    return said, value, "written"


# ---- names ------------------------------------------------------------------------------------------------


def _person(ctx: Ctx) -> tuple[str, str]:
    r = ctx.rng
    first, last = words.draw(words.FIRST_NAMES, r), words.draw(words.SURNAMES, r)
    if r.random() < 0.06:
        last = f"{last}-{words.draw(words.SURNAMES, r)}"
    ctx.first, ctx.surname = first, last
    return first, last


def name(ctx: Ctx) -> Filled:
    first, last = _person(ctx)
    return slot_kit.said_name(ctx, first, last, words.ID_LETTERS)


# {FIRST} and {SURNAME} over this half's person (slot_kit.person_slots); {NAME} is this half's own ``name``
PEOPLE = slot_kit.person_slots(_person)
first_name, surname = PEOPLE["FIRST"], PEOPLE["SURNAME"]


def spelled(ctx: Ctx) -> Filled:
    """The last name said, letter by letter: "t h i b a u l t", "T-H-I-B", "s as in sam", "double l"."""
    target = ctx.surname or _person(ctx)[1]
    out = slot_kit.spelled_letters(target, ctx, words.AS_IN, 0.12, lower_word=False)
    joiner = slot_kit.spelled_joiner(out, ctx)
    return joiner.join(out), target, "spelled"


# ---- e-mail -----------------------------------------------------------------------------------------------


def email(ctx: Ctx) -> Filled:
    r = ctx.rng
    first = (ctx.first or words.draw(words.FIRST_NAMES, r)).lower()
    last = (ctx.surname or words.draw(words.SURNAMES, r)).lower().replace("-", "")
    shape, local, num, domain = slot_kit.email_parts(first, last, ["f.l", "fl", "fil", "f_l", "l.f", "lf", "f.l+", "fl"],
                                                     lambda r: words.draw(words.STREET_NAMES, r), words.TRADES, words.MAIL, r)  # fmt: skip
    value = f"{local}{num}@{domain}"
    if ctx.style == "smart":
        return value, value, "written"
    spoken_local = {"fil": f"{first[0]} {last}", "lf": f"{last} {first[0]}"}.get(shape, local)
    said_local = spoken_local.replace(".", " dot ").replace("_", " underscore ").replace("+", " plus ")
    return slot_kit.email_said(said_local, num, domain, value, ctx, digit)


# ---- addresses --------------------------------------------------------------------------------------------


def address(ctx: Ctx) -> Filled:
    """A street address: house number, [direction,] street, suffix, [direction,] [unit]."""
    r = ctx.rng
    n = house_number(r)
    said_n = house_number_words(n, r) if ctx.words else str(n)
    pre = r.choice(words.DIRECTIONS) if r.random() < 0.22 else None
    kind = r.random()
    ordinal = 0
    if kind < 0.42:
        street = words.draw(words.STREET_NAMES, r)
    elif kind < 0.8:
        street = r.choice(words.STREET_WORDS)
    else:
        ordinal = r.randint(1, 99)
        street = ordinal_numeral(ordinal)
    suffix_name, abbr = words.suffix(r)
    if ordinal and r.random() < 0.6:
        suffix_name, abbr = r.choice([("Street", "St"), ("Avenue", "Ave")])
    post = r.choice(words.DIRECTIONS[4:]) if not pre and r.random() < 0.06 else None
    unit = None
    if r.random() < 0.4:
        u_name, u_abbr, _ = r.choices(words.UNITS_C2, weights=[w for _, _, w in words.UNITS_C2])[0]
        u_num = str(r.randint(1, 40) if r.random() < 0.6 else r.randint(100, 2400))
        u_id = u_num + (r.choice("ABCD") if r.random() < 0.2 else "")
        unit = (u_name, u_abbr, u_id)
    value = slot_kit.address_value(n, pre, street, abbr, post, unit)
    # as said or written
    if ctx.style == "smart":
        pre_s = (pre[1] if r.random() < 0.6 else pre[0]) if pre else ""
        suf_s = abbr + "." if r.random() < 0.3 and abbr != suffix_name else suffix_name
        parts = [said_n, pre_s, street, suf_s, post[1] if post else ""]
        text = " ".join(p for p in parts if p)
        if unit:
            text += r.choice([f", {unit[0]} {unit[2]}", f" #{unit[2]}", f", {unit[1].title()} {unit[2]}"])
        return text, value, "written"
    street_said = ordinal_words(ordinal) if ordinal and ctx.words else street
    parts = [said_n, pre[0] if pre else "", street_said, suffix_name, post[0] if post else ""]
    text = " ".join(p for p in parts if p)
    if unit:
        said_u = slot_kit.unit_said(unit[2], ctx)
        text += (", " if ctx.punct and r.random() < 0.5 else " ") + f"{unit[0]} {said_u}"
    return ctx.case(text), value, "spoken" if ctx.words else "written"


SLOTS: dict[str, tuple[str, Callable[[Ctx], Filled]]] = {
    "NAME": ("PERSON", name), "FIRST": ("PERSON", first_name), "SURNAME": ("PERSON", surname),
    "SPELL": ("PERSON", spelled), "PHONE": ("PHONE_NUMBER", phone), "SSN": ("US_SSN", ssn),
    "CARD": ("CREDIT_CARD", card), "LAST4": ("LAST_FOUR", last_four), "ZIP": ("ZIP_CODE", zip_code),
    "MEMBER": ("ACCOUNT_ID", member_id), "DOB": ("DATE_OF_BIRTH", dob), "EMAIL": ("EMAIL_ADDRESS", email),
    "ADDR": ("STREET_ADDRESS", address), "BOX": ("STREET_ADDRESS", box_address(words.HIGHWAYS)),
}  # fmt: skip
SLOT_TYPES, fill = slot_kit.slot_table(SLOTS)


__all__ = ["SLOTS", "SLOT_TYPES", "STYLES", "UNITS", "Ctx", "fill"]
