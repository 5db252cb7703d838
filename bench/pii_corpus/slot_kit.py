"""What the halves' PII slots share: the Luhn check digit of a card, the house-number draw and the PO box, rural
route and highway address (USPS Pub. 28 chapter 2 forms), said or written in the utterance's style, and every
other slot whose logic the halves share (the README's row lists them), each half passing its own words and
rates (the highway names are each half's ``words.HIGHWAYS``, passed to ``box_address``).

v5-v13 first wrote this code (their generators are retired, issue 18); the halves from v14 on draw through it.
What differs between halves in details that shape the bytes of their ``test.jsonl`` stays in each half's
``slots.py``. Moving code here left every file byte-identical (sha256 before and after in the commit that
moved it).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from types import ModuleType

from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.speech_kit import (
    MONTHS,
    UNITS,
    Voice,
    house_number_words,
    number_words,
    numerals,
    ordinal_numeral,
    ordinal_words,
    pause,
    say_group,
    year_words,
)

Filled = tuple[str, str, str]
# the letters an issued member ID uses (no I, O, Q; v6-v13 draw from it, ``member_id``'s ``letters``)
ID_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
# CMS Medicare Beneficiary Identifier letters: no S, L, O, I, B, Z (v7-v13, ``mbi``'s ``letters``)
MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
DigitFn = Callable[[str, random.Random, float], str]
# a half's digit-string slot: (ctx, digits, group sizes, smart format, **its rates) -> Filled
DigitsSlot = Callable[..., Filled]


def luhn_complete(body: str) -> str:
    """The body with the Luhn check digit appended (a card number a real issuer could print)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def house_number(r: random.Random) -> int:
    """A house number of 1 to 5 digits, 3 and 4 digits the most common."""
    k = r.choices([1, 2, 3, 4, 5], weights=[4, 12, 30, 40, 14])[0]
    return r.randint(10 ** (k - 1) if k > 1 else 1, 10**k - 1)


def box_address(highways: Sequence[tuple[str, str]]) -> Callable[[Ctx], Filled]:
    """The slot renderer of a PO box, a rural route box or a highway address (``highways``: said, standard)."""

    def render(ctx: Ctx) -> Filled:
        r = ctx.rng
        kind = r.choices(["po", "rr", "hwy"], weights=[4, 3, 3])[0]
        box = r.randint(1, 9999)
        if kind == "po":
            value = f"PO Box {box}"
            if ctx.style == "smart":
                return (
                    r.choice([f"P.O. Box {box}", f"PO Box {box}", f"Post Office Box {box}"]),
                    value,
                    "written",
                )
            head = r.choice(["p o box", "po box", "post office box"])
            num = house_number_words(box, r) if ctx.words else str(box)
            return ctx.case(f"{head} {num}"), value, "spoken" if ctx.words else "written"
        if kind == "rr":
            route = r.randint(1, 12)
            value = f"RR {route} Box {box}"
            if ctx.style == "smart":
                return (
                    r.choice([f"RR {route} Box {box}", f"Rural Route {route}, Box {box}"]),
                    value,
                    "written",
                )
            rt, bx = (
                (number_words(route), house_number_words(box, r)) if ctx.words else (str(route), str(box))
            )
            sep = ", " if ctx.punct else " "
            return (
                ctx.case(f"{r.choice(['rural route', 'route'])} {rt}{sep}box {bx}"),
                value,
                "spoken" if ctx.words else "written",
            )
        n = house_number(r) if r.random() < 0.8 else r.randint(10000, 99999)
        road = r.randint(1, 399)
        said_kind, std = r.choice(highways)
        value = f"{n} {std} {road}"
        if ctx.style == "smart":
            return f"{n} {said_kind} {road}", value, "written"
        nn = house_number_words(n, r) if ctx.words else str(n)
        rd = number_words(road) if ctx.words else str(road)
        return ctx.case(f"{nn} {said_kind} {rd}"), value, "spoken" if ctx.words else "written"

    return render


# ---- digit strings, letters, IDs, birth dates, spelled names, e-mails, addresses --------------------------


def spoken_digits(ctx: Ctx, digits: str, sizes: list[int], smart: Callable[[str], str], voice: Voice, *,
                  repair: float, dash: float, pairs: float, filler: float) -> Filled:  # fmt: skip
    """A digit string in the utterance's style (v7, v8): words (``voice.say``: pauses, "oh", double, repairs,
    "dash"; homophones on raw transcripts), numerals in the caller's groups (one group in words now and
    then), or the smart format."""
    r = ctx.rng
    if ctx.words:
        said, _ = voice.say(digits, sizes, r, ctx.punct, mishear=0.1 if ctx.style == "raw" else 0.0, repair=repair,
                            dash=dash, pairs=pairs, filler=filler)  # fmt: skip
        return said, digits, "spoken"
    if ctx.style == "numerals":
        groups = numerals(digits, sizes).split(" ")
        if len(groups) > 1 and r.random() < 0.25:
            k = r.randrange(len(groups))
            groups[k] = say_group(groups[k], r, voice.digit)
            return " ".join(groups), digits, "mixed"
        return " ".join(groups), digits, "written"
    return smart(digits), digits, "written"


def say_letters(letters: str, ctx: Ctx, as_in: Mapping[str, Sequence[str]], rate: float) -> str:
    """Letters said one by one, each now and then (``rate``, the half's) "K as in kite" (v7, v8)."""
    r = ctx.rng
    out = []
    for c in letters:
        shown = c.lower() if ctx.lower else c
        if r.random() < rate:
            word = r.choice(as_in[c])
            out.append(f"{shown} as in {word.lower() if ctx.lower else word}")
        else:
            out.append(shown)
    return (", " if ctx.punct and r.random() < 0.3 else " ").join(out)


def member_id(ctx: Ctx, id_letters: Sequence[str], sizes_pool: Sequence[list[int]],
              letters: Callable[[str, Ctx], str], say: Callable[..., tuple[str, bool]],
              glue: Callable[[Ctx], str] = lambda ctx: " ") -> Filled:  # fmt: skip
    """A member, policy, subscriber or account ID (v6-v8): 1-3 letters and 7-10 digits, or (a quarter) 9-12
    digits alone, the digits in one of the half's groupings (``sizes_pool``). Said: the letters the half's
    way (``letters``), what the caller puts between them and the digits (``glue``, drawn even when there
    are no letters, as v8 draws it) and the digits by the half's ``say`` with its own rates; numerals: the
    letters lower case before the groups; smart: letters, an optional separator, the groups."""
    r = ctx.rng
    prefix = "" if r.random() < 0.25 else "".join(r.choice(id_letters) for _ in range(r.randint(1, 3)))
    n = r.randint(9, 12) if not prefix else r.randint(7, 10)
    digits = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    value = prefix + digits
    sizes = r.choice(list(sizes_pool))
    if ctx.words:
        said_letters = letters(prefix, ctx)
        said, _ = say(digits, sizes, r, ctx.punct, mishear=0.06 if ctx.style == "raw" else 0.0)
        gap = glue(ctx)
        return (said_letters + (gap if said_letters else "") + said), value, "spoken"
    if ctx.style == "numerals":
        head = " ".join(c.lower() for c in prefix) + " " if prefix else ""
        return head + numerals(digits, sizes), value, "mixed" if prefix else "written"
    sep = r.choice(["-", "", " "])
    return (prefix + sep if prefix else "") + numerals(digits, sizes, sep), value, "written"


def mbi(ctx: Ctx, mbi_letters: Sequence[str], letters: Callable[[str, Ctx], str], voice: Voice) -> Filled:
    """CMS's MBI (v7, v8): 11 characters, C A AN N A AN N A A N N (C a digit 1-9, A a letter but S L O I B Z,
    N a digit), read out in its printed groups of 4, 3 and 4; ``letters`` says a letter the half's way."""
    r = ctx.rng
    pattern = "CAXNAXNAANN"
    value = ""
    for p in pattern:
        kind = p if p != "X" else r.choice("AN")
        value += (str(r.randint(1, 9)) if kind == "C" else r.choice(mbi_letters) if kind == "A"
                  else str(r.randint(0, 9)))  # fmt: skip
    groups = [value[:4], value[4:7], value[7:]]
    if ctx.style == "smart":
        return r.choice(["-".join(groups), value, " ".join(groups)]), value, "written"
    if ctx.style == "numerals":
        return " ".join(" ".join(c.lower() for c in g) for g in groups), value, "mixed"
    said = []
    for g in groups:
        toks = [voice.digit(c, r, 0.0) if c.isdigit() else letters(c, ctx) for c in g]
        said.append(" ".join(toks))
    out = said[0]
    for g in said[1:]:
        out += (" dash " if r.random() < 0.25 else pause(r, ctx.punct, 0.2, voice.fillers)) + g
    return out, value, "spoken"


def birth_year(y: int, r: random.Random, short: bool) -> str:
    """A year said in full, or (``short``) its last two digits: "seventy one", "oh four" (v7, v8)."""
    if not short:
        return year_words(y, r)
    lo = y % 100
    return number_words(lo) if lo >= 10 else "oh " + UNITS[lo]


def dob_said(way: int, d: date, r: random.Random, sep: str, yr: str, digit: DigitFn) -> str:
    """A birth date said in v7's and v8's first six ways (``way`` 0-5; ``yr`` the year as said)."""
    month = MONTHS[d.month - 1]
    if way == 0:
        return f"{month} {ordinal_words(d.day)}{sep}{yr}"
    if way == 1:
        return f"the {ordinal_words(d.day)} of {month}{sep}{yr}"
    if way == 2:
        return f"{month} the {ordinal_words(d.day)}{sep}{yr}"
    if way == 3:  # year first, the way some people recall it
        return f"{year_words(d.year, r)}{sep}{month} {ordinal_words(d.day)}"
    if way == 4:
        return f"{ordinal_words(d.day)} of {month}{sep}{yr}"
    if way == 5:  # read off a form, digit by digit
        mm, dd = f"{d.month:02d}", f"{d.day:02d}"
        return (
            " ".join(digit(c, r, 0.0) for c in mm) + sep + " ".join(digit(c, r, 0.0) for c in dd) + sep + yr
        )
    raise ValueError(f"dob_said knows ways 0-5, not {way}")


def dob_written(d: date, ctx: Ctx) -> Filled:
    """A birth date as a numerals recognizer (four forms) or a smart-formatting one (seven) writes it (v7, v8)."""
    r = ctx.rng
    value, month = d.isoformat(), MONTHS[d.month - 1]
    if ctx.style == "numerals":
        said = r.choice([f"{month.lower()} {d.day} {d.year}", f"{d.month} {d.day} {d.year % 100:02d}",
                         f"{d.year} {month.lower()} {d.day}", f"{month.lower()} the {ordinal_numeral(d.day)} {d.year}"])  # fmt: skip
        return said, value, "written"
    said = r.choice([f"{month} {d.day}, {d.year}", f"{d.month}-{d.day}-{d.year % 100:02d}", f"{d.month}/{d.day}/{d.year}",
                     f"{d.day} {month} {d.year}", f"{month[:3]} {ordinal_numeral(d.day)}, {d.year}",
                     f"{d.month:02d}.{d.day:02d}.{d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}"])  # fmt: skip
    return said, value, "written"


def spelled_letters(target: str, ctx: Ctx, as_in: Mapping[str, Sequence[str]], rate: float,
                    lower_word: bool = True) -> list[str]:  # fmt: skip
    """A name's letters as a caller spells them (v6-v8): "double e" for a doubled letter, now and then
    (``rate``, the half's) "k as in kilo" (the word lower-cased in a lower-case transcript; v6 left it)."""
    r = ctx.rng
    letters = [c for c in target.upper() if c.isalpha()]
    out: list[str] = []
    i = 0
    while i < len(letters):
        c = letters[i]
        shown = c.lower() if ctx.lower else c
        if i + 1 < len(letters) and letters[i + 1] == c and r.random() < 0.6:
            out.append(f"double {shown}")
            i += 2
            continue
        if r.random() < rate:
            word = r.choice(as_in[c])
            out.append(f"{shown} as in {word.lower() if ctx.lower and lower_word else word}")
        else:
            out.append(shown)
        i += 1
    return out


def spelled_joiner(out: list[str], ctx: Ctx) -> str:
    """What a recognizer writes between spelled letters (v6-v8): "-" (smart), ", " (punctuated) or " "."""
    r = ctx.rng
    joiner = "-" if ctx.style == "smart" and r.random() < 0.5 and not any(" " in w for w in out) else " "
    if joiner == " " and ctx.punct and r.random() < 0.3:
        joiner = ", "
    return joiner


def email(ctx: Ctx, words: ModuleType, digit: DigitFn) -> Filled:
    """An e-mail address from the caller's name (or a drawn one) in one of nine shapes, a number now and then,
    a webmail or a trade domain; said with "dot", "at", "underscore", "plus", the local part now and then
    spelled (v7, v8; ``words`` the half's name, street, trade and mail lists)."""
    r = ctx.rng
    first = (ctx.first or words.draw(words.FIRST_NAMES, r)[0]).lower()
    last = (ctx.surname or words.draw(words.SURNAMES, r)[0]).lower().replace("-", "").replace(" ", "")
    shape, local, num, domain = email_parts(first, last, ["f.l", "fl", "fil", "f_l", "l.f", "lf", "f.l+", "fl", "l_f", "fl."],
                                            lambda r: words.draw(words.STREET_NAMES, r)[0], words.TRADES, words.MAIL, r)  # fmt: skip
    value = f"{local}{num}@{domain}"
    if ctx.style == "smart":
        return value, value, "written"
    spoken_local = {"fil": f"{first[0]} {last}", "lf": f"{last} {first[0]}", "l_f": f"{last}_{first[0]}"}.get(
        shape, local
    )
    if r.random() < 0.3:  # a name the agent would not guess is spelled out, letter by letter
        spoken_local = " ".join(local) if r.random() < 0.5 else " ".join(spoken_local)
        spoken_local = re.sub(r" +", " ", spoken_local)
    said_local = spoken_local.replace(".", " dot ").replace("_", " underscore ").replace("+", " plus ")
    said_local = re.sub(r" +", " ", said_local).strip()
    return email_said(said_local, num, domain, value, ctx, digit)


def email_parts(first: str, last: str, shapes: Sequence[str], street_name: Callable[[random.Random], str],
                trades: Sequence[str], mail: Sequence[tuple[float, str]], r: random.Random) -> tuple[str, str, str, str]:  # fmt: skip
    """(shape, local part, number, domain) of an e-mail address (v6-v8): one of the half's ``shapes`` of the
    first and last name ("f.l", "fil", "f.l+" with a tag, ...), now and then a number (1-99 or a year), and a
    trade domain from a street name (20%) or a webmail domain drawn by the half's weights."""
    shape = r.choice(shapes)
    local = {"f.l": f"{first}.{last}", "fl": f"{first}{last}", "fil": f"{first[0]}{last}",
             "f_l": f"{first}_{last}", "l.f": f"{last}.{first}", "lf": f"{last}{first[0]}",
             "f.l+": f"{first}.{last}+{r.choice(['bills', 'shop', 'news'])}", "l_f": f"{last}_{first[0]}",
             "fl.": f"{first[:3]}.{last}"}[shape]  # fmt: skip
    num = ""
    if r.random() < 0.55:
        num = str(r.randint(1, 99)) if r.random() < 0.6 else str(r.randint(1950, 2005))
    if r.random() < 0.2:
        domain = f"{street_name(r).lower()}{r.choice(trades)}.com"
    else:
        domain = r.choices([d for _, d in mail], weights=[w for w, _ in mail])[0]
    return shape, local, num, domain


def email_said(said_local: str, num: str, domain: str, value: str, ctx: Ctx, digit: DigitFn) -> Filled:
    """An e-mail address said after its local part (v6-v8): the number as a year, a pair or digit by digit
    (numerals as written), then "at" and the domain with "dot"."""
    r = ctx.rng
    if num:
        if ctx.style == "numerals":
            said_num = num
        elif len(num) == 4:
            said_num = year_words(int(num), r)
        elif len(num) == 2 and num[1] != "0" and r.random() < 0.5:
            said_num = number_words(int(num))
        else:
            said_num = " ".join(digit(c, r, 0.0) for c in num)
        said_local += " " + said_num
    said_domain = domain.replace(".", " dot ")
    said = f"{said_local} at {said_domain}"
    form = "mixed" if ctx.style == "numerals" and num else "spoken"
    return ctx.case(said), value, form


def address_value(n: int, pre: tuple[str, str] | None, street: str, abbr: str, post: tuple[str, str] | None,
                  unit: tuple[str, str, str] | None) -> str:  # fmt: skip
    """A street address's canonical value: ``number [DIR ]Street Abbr[ DIR][ UNIT id]`` (v6-v8)."""
    parts = [
        str(n),
        pre[1] if pre else "",
        street,
        abbr,
        post[1] if post else "",
        f"{unit[1]} {unit[2]}" if unit else "",
    ]
    return " ".join(x for x in parts if x)


def unit_said(unit_id: str, ctx: Ctx) -> str:
    """An apartment or suite number as said: its number in words (as a house number is) and its letter
    ("twelve b"), or the number as written in the numeral styles (v6-v8)."""
    if not ctx.words:
        return unit_id.lower()
    digits_part = unit_id.rstrip("ABCD")
    letter = unit_id[len(digits_part) :]
    return house_number_words(int(digits_part), ctx.rng) + (
        f" {letter.lower() if ctx.lower else letter}" if letter else ""
    )


def address(ctx: Ctx, words: ModuleType, house_words: Callable[[int, random.Random], str]) -> Filled:
    """A street address: house number, [direction,] street, suffix, [direction,] [unit]; the unit now and then
    said first ("unit nine, twelve sixty ..."), a direction said as letters ("n w"), a filler after the
    house number (v7, v8: ``words`` the half's street, suffix, direction and unit lists, ``house_words`` how
    it says a house number)."""
    r = ctx.rng
    n = house_number(r)
    said_n = house_words(n, r) if ctx.words else str(n)
    pre = r.choice(words.DIRECTIONS) if r.random() < 0.28 else None
    kind = r.random()
    ordinal = 0
    if kind < 0.4:
        street = words.draw(words.STREET_NAMES, r)[0]
    elif kind < 0.8:
        street = r.choice(words.STREET_WORDS)
    else:
        ordinal = r.randint(1, 99)
        street = ordinal_numeral(ordinal)
    suffix_name, abbr = words.suffix(r)
    if ordinal and r.random() < 0.6:
        suffix_name, abbr = r.choice([("Street", "St"), ("Avenue", "Ave")])
    post = r.choice(words.DIRECTIONS[4:]) if not pre and r.random() < 0.08 else None
    unit = None
    if r.random() < 0.45:
        u_name, u_abbr, _ = r.choices(words.UNITS_C2, weights=[w for _, _, w in words.UNITS_C2])[0]
        u_num = str(r.randint(1, 40) if r.random() < 0.6 else r.randint(100, 2400))
        u_id = u_num + (r.choice("ABCD") if r.random() < 0.2 else "")
        unit = (u_name, u_abbr, u_id)
    unit_first = unit is not None and r.random() < 0.25
    value = address_value(n, pre, street, abbr, post, unit)
    # as said or written
    if ctx.style == "smart":
        pre_s = (pre[1] if r.random() < 0.6 else pre[0]) if pre else ""
        suf_s = abbr + "." if r.random() < 0.3 and abbr != suffix_name else suffix_name
        parts = [said_n, pre_s, street, suf_s, post[1] if post else ""]
        text = " ".join(p for p in parts if p)
        if unit and unit_first:
            text = f"{r.choice([unit[0], unit[1].title()])} {unit[2]}, " + text
        elif unit:
            text += r.choice([f", {unit[0]} {unit[2]}", f" #{unit[2]}", f", {unit[1].title()} {unit[2]}"])
        return text, value, "written"

    def direction(d: tuple[str, str] | None) -> str:
        if d is None:
            return ""
        return " ".join(d[1].lower()) if ctx.style == "raw" and r.random() < 0.3 else d[0]

    street_said = ordinal_words(ordinal) if ordinal and ctx.words else street
    gap = f" {r.choice(['uh', 'um', 'umm'])}" if ctx.words and r.random() < 0.15 else ""
    parts = [said_n + gap, direction(pre), street_said, suffix_name, direction(post)]
    text = " ".join(p for p in parts if p)
    if unit:
        said_u = unit_said(unit[2], ctx)
        if unit_first:
            text = f"{unit[0]} {said_u}{', ' if ctx.punct else ' '}" + text
        else:
            text += (", " if ctx.punct and r.random() < 0.5 else " ") + f"{unit[0]} {said_u}"
    return ctx.case(text), value, "spoken" if ctx.words else "written"


def city(ctx: Ctx, places: Sequence[tuple[str, str, str]]) -> str:
    """A city and state said after an address ("Tulsa Oklahoma", "Tulsa, OK"): not one of the ten types (v7, v8)."""
    town, state, abbr = ctx.rng.choice(places)
    if ctx.style == "smart":
        return f"{town}, {ctx.rng.choice([state, abbr])}"
    return ctx.case(f"{town}, {state}" if ctx.punct else f"{town} {state}")


# ---- the number slots the halves draw alike (each half passes its digit-string slot and rates) -------------


def phone(ctx: Ctx, digits_slot: DigitsSlot) -> Filled:
    """A US phone number (v6-v8), now and then with the country code said first; ``digits_slot`` the half's."""
    r = ctx.rng
    digits = f"{r.randint(2, 9)}{r.randint(0, 8)}{r.randint(0, 9)}{r.randint(2, 9)}{r.randint(0, 99):02d}"
    digits += f"{r.randint(0, 9999):04d}"
    lead = r.random() < 0.15
    said, value, form = digits_slot(ctx, digits, [3, 3, 4], lambda d: r.choice(
        [f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"]))  # fmt: skip
    if lead:  # the caller says the country code first: it is inside the span
        said = ("one " if ctx.words else "1 " if ctx.style == "numerals" else "+1 ") + said
    return said, value, form


def ssn(ctx: Ctx, digits_slot: DigitsSlot, **rates: float) -> Filled:
    """An SSN (v6-v8; never area 000, 666 or 9xx), said at the half's ``rates``."""
    r = ctx.rng
    area = r.choice([a for a in range(1, 900) if a != 666])
    digits = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    return digits_slot(
        ctx,
        digits,
        [3, 2, 4],
        lambda d: r.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}"]),
        **rates,
    )


def card(ctx: Ctx, digits_slot: DigitsSlot, **rates: float) -> Filled:
    """A Luhn-valid Visa, Mastercard, Amex or Discover number in its printed groups (v6-v8)."""
    r = ctx.rng
    kind = r.choices(["visa", "mc", "amex", "disc"], weights=[45, 30, 15, 10])[0]
    head = {"visa": "4", "mc": str(r.randint(51, 55)), "amex": r.choice(["34", "37"]), "disc": "6011"}[kind]
    size = 15 if kind == "amex" else 16
    body = head + "".join(str(r.randint(0, 9)) for _ in range(size - 1 - len(head)))
    digits = luhn_complete(body)
    sizes = [4, 6, 5] if kind == "amex" else [4, 4, 4, 4]
    sep = r.choice([" ", "-"])
    return digits_slot(ctx, digits, sizes, lambda d: numerals(d, sizes, sep), **rates)


def last_four(ctx: Ctx, digits_slot: DigitsSlot, **rates: float) -> Filled:
    """The last four digits of a card or an account (v6-v8)."""
    r = ctx.rng
    digits = f"{r.randint(0, 9999):04d}"
    return digits_slot(ctx, digits, [2, 2] if r.random() < 0.4 else [4], lambda d: d, **rates)


def zip_code(ctx: Ctx, digits_slot: DigitsSlot, **rates: float) -> Filled:
    """A ZIP or ZIP+4 code (v6-v8)."""
    r = ctx.rng
    digits = f"{r.randint(1, 99949):05d}"
    if r.random() < 0.15:
        digits += f"{r.randint(1, 9999):04d}"
    sizes = [5, 4] if len(digits) == 9 else ([3, 2] if r.random() < 0.3 else [5])
    return digits_slot(ctx, digits, sizes, lambda d: d if len(d) == 5 else f"{d[:5]}-{d[5:]}", **rates)


# ---- a caller, a spelling, an account number and a birth date over a half's words and rates ------------------


def caller(ctx: Ctx, words: ModuleType, same_group: float) -> tuple[str, str]:
    """A caller's given and family name from a half's lists: a family name (``words.draw`` over ``SURNAMES``),
    then a given name of the same group with chance ``same_group`` (else of any), both kept on ``ctx`` for a
    later ``{SPELL}`` and an e-mail. v14-v19 each wrote this draw (issue 18: one home, the same draws)."""
    r = ctx.rng
    family, group, _ = words.draw(words.SURNAMES, r)
    given = words.draw(words.FIRST_NAMES, r, group if r.random() < same_group else "")[0]
    ctx.first, ctx.surname = given, family
    return given, family


def spelling(
    ctx: Ctx, person: Callable[[Ctx], tuple[str, str]], as_in: Mapping[str, Sequence[str]], rate: float
) -> Filled:
    """The family name said just before (or, for a bare spelling, one ``person`` draws now) letter by letter,
    a letter "as in" a word at ``rate`` (v14-v19)."""
    family = ctx.surname or person(ctx)[1]
    said = spelled_letters(family, ctx, as_in, rate)
    return spelled_joiner(said, ctx).join(said), family, "spelled"


def account(ctx: Ctx, words: ModuleType, medicare: float, groupings: Sequence[list[int]],
            letters: Callable[[str, Ctx], str], voice: Voice, say: Callable[..., tuple[str, bool]]) -> Filled:  # fmt: skip
    """An account, member or policy number: a Medicare ID (``mbi``) with chance ``medicare``, else the
    letters-and-digits ID (``member_id``) in one of the half's ``groupings``, over its ``words``' ID letters
    (v14-v19)."""
    if ctx.rng.random() < medicare:
        return mbi(ctx, words.MBI_LETTERS, letters, voice)
    return member_id(ctx, words.ID_LETTERS, groupings, letters, say)


def birth_date(
    ctx: Ctx, years: tuple[int, int], ways: Mapping[int, int], short: float, digit: DigitFn
) -> Filled:
    """A caller's birth date in ``years``: as the recognizer writes it, or said one of ``dob_said``'s ways at
    the half's weights (``ways``), the year cut to two digits with chance ``short`` (v15, v16; v17-v39 through
    v16's)."""
    r = ctx.rng
    day = date(r.randint(*years), r.randint(1, 12), r.randint(1, 28))
    if not ctx.words:
        return dob_written(day, ctx)
    way = r.choices(list(ways), weights=list(ways.values()))[0]
    year = birth_year(day.year, r, r.random() < short)
    return ctx.case(dob_said(way, day, r, ", " if ctx.punct else " ", year, digit)), day.isoformat(), "spoken"


# ---- the person slots whose whole logic is the half's ``person`` draw ---------------------------------------


def person_slots(person: Callable[[Ctx], tuple[str, str]]) -> dict[str, Callable[[Ctx], Filled]]:
    """``{NAME}``, ``{FIRST}`` and ``{SURNAME}`` over a half's ``person`` (given and family name as the
    transcript writes them): the full name, the given name alone, the family name alone, each ``plain``."""

    def full(ctx: Ctx) -> Filled:
        said = " ".join(person(ctx))
        return ctx.case(said), said, "plain"

    def part(k: int) -> Callable[[Ctx], Filled]:
        def render(ctx: Ctx) -> Filled:
            said = person(ctx)[k]
            return ctx.case(said), said, "plain"

        return render

    return {"NAME": full, "FIRST": part(0), "SURNAME": part(1)}


# ---- a half's slot table -------------------------------------------------------------------------------------


def slot_table(
    slots: Mapping[str, tuple[str, Callable[[Ctx], Filled]]],
) -> tuple[dict[str, str], Callable[[str, Ctx], Filled]]:
    """A half's ``SLOT_TYPES`` (each slot's entity type) and ``fill`` (the slot's value said in the utterance's
    style: text, canonical value, entity form) from its ``SLOTS`` table, which each half wrote the same way."""

    def fill(slot: str, ctx: Ctx) -> Filled:
        return slots[slot][1](ctx)

    return {slot: kind for slot, (kind, _) in slots.items()}, fill


# ---- a voiced half's whole slot table (v15, v16) ---------------------------------------------------------------


@dataclass(frozen=True)
class SpokenRates:
    """A voiced half's (v15's, v16's) own rates, the figures its README's mix table argues: per number a
    self-repair (``repair``) and "dash" between groups (``dash``), per group a pair (``pairs``), per pause a
    filled pause (``filler``); per letter of an ID or a spelled name an "as in" word (``as_in``); the share of
    Medicare IDs among account numbers (``medicare``) and the printed groupings of the others; the birth
    years, ``dob_said``'s ways at their weights and the share of two-digit years (``short``); how often a
    caller's given name is of the family name's group (``same_group``)."""

    repair: float
    dash: float
    pairs: float
    filler: float
    as_in: float
    medicare: float
    groupings: list[list[int]]
    born: tuple[int, int]
    dob_ways: dict[int, int]
    short: float
    same_group: float

    def digits(self, voice: Voice) -> DigitsSlot:
        """The half's digit-string slot: ``spoken_digits`` in its voice at its rates."""
        return partial(
            spoken_digits,
            voice=voice,
            repair=self.repair,
            dash=self.dash,
            pairs=self.pairs,
            filler=self.filler,
        )


def spoken_slots(
    words: ModuleType,
    voice: Voice,
    digit: DigitFn,
    house_words: Callable[[int, random.Random], str],
    rates: SpokenRates,
    phone: Callable[[Ctx], Filled],
    again: Callable[[Ctx], Filled],
) -> dict[str, tuple[str, Callable[[Ctx], Filled]]]:
    """A voiced half's ``SLOTS`` (v15, v16: each wrote this table and its partials out, issue 18): the kit's
    caller, spelling, account number, birth date, address, box, e-mail, ZIP, last four, card and SSN over the
    half's words, voice and ``rates``, with its own ``phone`` and ``again`` (its NANP draw and written
    shapes), in the order both halves had them (the draws and the bytes of their files are the same)."""
    digits = rates.digits(voice)
    person = partial(caller, words=words, same_group=rates.same_group)
    letters = partial(say_letters, as_in=words.AS_IN, rate=rates.as_in)
    say = partial(voice.say, repair=rates.repair, dash=rates.dash, pairs=rates.pairs, filler=rates.filler)
    numbered = (("ZIP", "ZIP_CODE", zip_code), ("LAST4", "LAST_FOUR", last_four), ("CARD", "CREDIT_CARD", card),
                ("SSN", "US_SSN", ssn))  # fmt: skip
    return {
        **{slot: ("PERSON", said) for slot, said in person_slots(person).items()},
        "SPELL": ("PERSON", partial(spelling, person=person, as_in=words.AS_IN, rate=rates.as_in)),
        "PHONE": ("PHONE_NUMBER", phone),
        "AGAIN": ("PHONE_NUMBER", again),
        "ACCT": ("ACCOUNT_ID", partial(account, words=words, medicare=rates.medicare, groupings=rates.groupings,
                                       letters=letters, voice=voice, say=say)),
        "DOB": ("DATE_OF_BIRTH", partial(birth_date, years=rates.born, ways=rates.dob_ways, short=rates.short,
                                         digit=digit)),
        "ADDR": ("STREET_ADDRESS", partial(address, words=words, house_words=house_words)),
        "BOX": ("STREET_ADDRESS", box_address(words.HIGHWAYS)),
        "EMAIL": ("EMAIL_ADDRESS", partial(email, words=words, digit=digit)),
        **{slot: (kind, partial(draw, digits_slot=digits)) for slot, kind, draw in numbered},
    }  # fmt: skip
