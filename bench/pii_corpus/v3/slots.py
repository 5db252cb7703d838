"""The v3 PII slots. Each returns (text, canonical value, entity form) in v2's conventions (values.py):
names ``plain`` or ``spelled``; numbers ``spoken``/``written``/``mixed`` by what the text holds.

New against v2: particle and Mc/O' surnames written the way a recognizer writes them lower case
("de la cruz", "o neil", "saint clair"), names that are words (Grant, Hope, Hill), a name spelled with
NATO words ("Romeo Oscar Sierra Echo") or everyday "as in" words ("S as in Sugar"), IDs whose letters are
NATO words ("bravo kilo four four..."), digit runs with homophones, hundreds, repairs and line breaks
(speech.py), smart formats ("+1 555 123 4567", "555.123.4567", "4111-1111-1111-1111"), e-mails with
"dash"/"underscore" and spoken digits, dates of birth in more shapes ("3/3/85", "the third of March eighty
five", "oh three oh three eighty five"), house numbers in hundreds and directional prefixes.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus.v2.context import Ctx, Slot
from bench.pii_corpus.v2.number_slots import luhn_complete
from bench.pii_corpus.v2.person_slots import th
from bench.pii_corpus.v2.spoken import MONTHS, UNITS, house_number, ordinal, two_digits, year
from bench.pii_corpus.v2.values import fill_from
from bench.pii_corpus.v3 import speech
from bench.pii_corpus.v3.lexicon import lexicon

DIRECTIONS = [("North", "N"), ("South", "S"), ("East", "E"), ("West", "W"), ("Northeast", "NE"),
              ("Southwest", "SW"), ("Northwest", "NW"), ("Southeast", "SE")]  # fmt: skip


# ---- names -------------------------------------------------------------------------------------------


def _set(ctx: Ctx, first: str, last: str) -> tuple[str, str]:
    ctx.person = (first, last)
    ctx.notes["spell"] = last
    return first, last


def _said(name: str, ctx: Ctx) -> str:
    """A name as the transcript style writes it: lower-case styles drop the apostrophe or the period or
    split at it ("o neil", "oneil", "saint clair", "st clair")."""
    if not ctx.lower:
        return name
    r = ctx.rng
    low = name.lower()
    if "st. " in low:
        return low.replace("st. ", r.choice(["saint ", "st "]))
    if "'" in low:
        return r.choice([low, low.replace("'", " "), low.replace("'", "")])
    if "-" in low:
        return r.choice([low, low.replace("-", " ")])
    return low


def name(ctx: Ctx) -> Slot:
    lex, r = lexicon(), ctx.rng
    first, last = _set(ctx, r.choice(lex.base.first_names), r.choice(lex.base.surnames))
    text = f"{first} {last}"
    if r.random() < 0.12:
        text = f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}{'' if ctx.lower else '.'} {last}"
    return _said(text, ctx), f"{first} {last}", "plain"


def particle_name(ctx: Ctx) -> Slot:
    lex, r = lexicon(), ctx.rng
    last = r.choice(lex.particle_surnames)
    if r.random() < 0.3:  # a hyphenated double surname built from two census surnames
        last = f"{r.choice(lex.base.surnames)}-{r.choice(lex.base.surnames)}"
    first, last = _set(ctx, r.choice(lex.base.first_names), last)
    return _said(f"{first} {last}", ctx), f"{first} {last}", "plain"


def particle_last(ctx: Ctx) -> Slot:
    _, last = particle_name(ctx)[1].split(" ", 1)
    ctx.person = ("", last)
    return _said(last, ctx), last, "plain"


def first(ctx: Ctx) -> Slot:
    r = ctx.rng
    pool = lexicon().word_firsts if r.random() < 0.35 else lexicon().base.first_names
    given = r.choice(pool)
    _set(ctx, given, "")
    ctx.notes["spell"] = given
    return _said(given, ctx), given, "plain"


def word_first(ctx: Ctx) -> Slot:
    """A first name that is also a word: Grant, Hope, Will, June."""
    given = ctx.rng.choice(lexicon().word_firsts)
    _set(ctx, given, "")
    ctx.notes["spell"] = given
    return _said(given, ctx), given, "plain"


def word_name(ctx: Ctx) -> Slot:
    """A full name whose surname is a word (Iris Bell) or whose first name is (Grant Nieves)."""
    lex, r = lexicon(), ctx.rng
    if r.random() < 0.5:
        given, last = r.choice(lex.base.first_names), r.choice(lex.word_lasts)
    else:
        given, last = r.choice(lex.word_firsts), r.choice(lex.base.surnames)
    _set(ctx, given, last)
    return _said(f"{given} {last}", ctx), f"{given} {last}", "plain"


def last(ctx: Ctx) -> Slot:
    r = ctx.rng
    lex = lexicon()
    surname = r.choice(lex.word_lasts if r.random() < 0.25 else lex.base.surnames)
    _set(ctx, "", surname)
    return _said(surname, ctx), surname, "plain"


def spelled(ctx: Ctx) -> Slot:
    """The name said last (its surname, or the first name when only that was said), spelled."""
    target = ctx.notes.get("spell") or _set(ctx, "", ctx.rng.choice(lexicon().base.surnames))[1]
    return spell(target, ctx), target, "spelled"


def spell(word: str, ctx: Ctx) -> str:
    r, lex = ctx.rng, lexicon()
    letters = [c.upper() for c in word if c.isalpha()]
    shape = r.choice(["spaced", "spaced", "dashed", "nato", "as_in", "as_in_first"])
    if shape == "dashed":
        text = "-".join(letters)
    elif shape == "nato":
        text = " ".join(lex.nato[c] for c in letters)
    elif shape in ("as_in", "as_in_first"):
        parts = []
        for i, c in enumerate(letters):
            if i == 0 or (shape == "as_in" and r.random() < 0.35):
                parts.append(f"{c} as in {r.choice([lex.nato[c], lex.everyday[c]])}")
            else:
                parts.append(c)
        text = (", " if ctx.style == "punct" else " ").join(parts)
    else:
        text = " ".join(letters)
    return text.lower() if ctx.lower else text


# ---- numbers -----------------------------------------------------------------------------------------


def _num(ctx: Ctx, run: str, groups: list[int], smart: str) -> str:
    if ctx.words:
        return speech.say(run, groups, ctx.rng, ctx.style)
    if ctx.style == "numerals":
        return speech.numerals(run, ctx.rng, groups)
    return smart


def ssn(ctx: Ctx) -> Slot:
    r = ctx.rng
    area = r.choice([n for n in range(1, 900) if n != 666])
    d = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    smart = r.choice(
        [f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", f"{d[:3]}-{d[3:5]}-{d[5:]}", d]
    )
    return _num(ctx, d, [3, 2, 4], smart), d, ""


def card(ctx: Ctx) -> Slot:
    r = ctx.rng
    prefix, length = r.choice([("4", 16), ("4", 16), ("53", 16), ("2720", 16), ("6011", 16), ("34", 15)])
    d = luhn_complete(prefix, length, r)
    groups = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
    parts, at = [], 0
    for g in groups:
        parts.append(d[at : at + g])
        at += g
    smart = r.choice(["-", " ", "-"]).join(parts)
    return _num(ctx, d, groups, smart), d, ""


def phone(ctx: Ctx) -> Slot:
    r = ctx.rng
    d = f"{r.randint(2, 9)}{r.randint(0, 8)}{r.randint(0, 9)}{r.randint(2, 9)}{r.randint(0, 99):02d}{r.randint(0, 9999):04d}"
    a, b, c = d[:3], d[3:6], d[6:]
    smart = r.choice([f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"{a}-{b}-{c}",
                      f"1-{a}-{b}-{c}"])  # fmt: skip
    text = _num(ctx, d, [3, 3, 4], smart)
    if ctx.words and r.random() < 0.12:
        text = r.choice(["one ", "plus one "]) + text
    return text, d, ""


def zip_code(ctx: Ctx) -> Slot:
    r = ctx.rng
    d = f"{r.randint(1001, 99929):05d}"
    plus4 = f"{r.randint(1, 9999):04d}" if r.random() < 0.3 else ""
    if ctx.words:
        text = speech.say(d, [5], r, ctx.style, repair=0.05, split=0.0, filler=0.0)
        if plus4:
            text += " dash " + speech.say(plus4, [4], r, ctx.style, repair=0.0, split=0.0, filler=0.0)
        return text, d + plus4, ""
    if ctx.style == "numerals":
        return (f"{d} {plus4}" if plus4 else speech.numerals(d, r, [2, 3])), d + plus4, ""
    return (f"{d}-{plus4}" if plus4 else d), d + plus4, ""


def last4(ctx: Ctx) -> Slot:
    r = ctx.rng
    d = f"{r.randint(0, 9999):04d}"
    if ctx.words:
        return speech.say(d, r.choice([[4], [2, 2]]), r, ctx.style, repair=0.06, split=0.0), d, ""
    return (f"{d[:2]} {d[2:]}" if ctx.style == "numerals" and r.random() < 0.3 else d), d, ""


def account(ctx: Ctx) -> Slot:
    """Member / policy / order-account IDs, letters then digits; letters as NATO words, "as in" words or
    bare letters."""
    r, lex = ctx.rng, lexicon()
    letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.choice([1, 2, 2, 3])))
    digits = "".join(str(r.randint(0, 9)) for _ in range(r.choice([5, 6, 7, 8, 9])))
    value = letters + digits
    if ctx.words or (ctx.style == "smart" and r.random() < 0.3):
        shape = r.choice(["nato", "as_in", "bare"])
        if shape == "nato":
            said = " ".join(lex.nato[c] for c in letters)
        elif shape == "as_in":
            said = " ".join(f"{c} as in {r.choice([lex.nato[c], lex.everyday[c]])}" for c in letters)
        else:
            said = " ".join(letters)
        if ctx.style == "raw":
            said = said.lower()
        sep = ", " if ctx.style in ("punct", "smart") else " "
        nums = speech.say(digits, [3, len(digits) - 3], r, ctx.style) if ctx.words else digits
        return f"{said}{sep}{nums}", value, ""
    if ctx.style == "numerals":
        return f"{' '.join(letters.lower())} {speech.numerals(digits, r, [3, 4])}", value, ""
    sep = r.choice(["", "-", " "])
    return f"{letters}{sep}{digits[:3]}{sep}{digits[3:]}" if sep else value, value, ""


# ---- e-mail, date of birth, address ------------------------------------------------------------------


def _local_piece(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalpha())


def email(ctx: Ctx) -> Slot:
    r, lex = ctx.rng, lexicon()
    given, surname = ctx.person
    if not (given and surname) or r.random() < 0.4:
        given, surname = r.choice(lex.base.first_names), r.choice(lex.base.surnames + lex.particle_surnames)
    f, la = _local_piece(given), _local_piece(surname)
    num = r.choice(["", "", str(r.randint(1, 99)), str(r.randint(1960, 2005))])
    sep = r.choice([".", "_", "-", ""])
    local = r.choice([f"{f}{sep}{la}", f"{f[0]}{sep}{la}", f"{f}{sep}{la[0]}", f"{la}{sep}{f}"]) + num
    domain = (
        r.choice(lex.base.domains)
        if r.random() < 0.75
        else f"{la}{r.choice(['home', 'mail', 'co'])}.{r.choice(['com', 'net', 'org', 'us'])}"
    )
    value = f"{local}@{domain}"
    if ctx.style == "smart" or (ctx.style == "numerals" and r.random() < 0.4):
        return value, value, "written"
    return say_email(local, domain, num, ctx), value, "spoken"


def say_email(local: str, domain: str, num: str, ctx: Ctx) -> str:
    r = ctx.rng
    body = local[: len(local) - len(num)] if num else local
    words = {".": "dot", "_": "underscore", "-": "dash"}
    parts: list[str] = []
    piece = ""
    for c in body + " ":
        if c in words or c == " ":
            if piece:
                spelled_out = len(piece) == 1 or r.random() < 0.15
                parts.append(" ".join(piece) if spelled_out else piece)
            if c != " ":
                parts.append(words[c])
            piece = ""
        else:
            piece += c
    if num:
        if ctx.style == "numerals":
            parts.append(num)
        elif len(num) == 4 and r.random() < 0.6:
            parts.append(
                f"{two_digits(int(num[:2]))} {two_digits(int(num[2:])) if num[2] != '0' else 'oh ' + UNITS[int(num[3])]}"
            )
        else:
            parts.append(" ".join(speech.say_group(num, r, homophone=0.0, hundreds=0.0)))
    text = " ".join(parts) + " at " + domain.replace(".", " dot ")
    return text


def dob(ctx: Ctx) -> Slot:
    r = ctx.rng
    y, m, d = r.randint(1935, 2007), r.randint(1, 12), r.randint(1, 28)
    value = f"{y:04d}-{m:02d}-{d:02d}"
    month = MONTHS[m - 1]
    yy = two_digits(y % 100) if y % 100 >= 10 else f"oh {UNITS[y % 10]}"
    if ctx.words:
        shape = r.choice(["mdy", "dmy", "dmy_short", "oh_digits", "pairs", "md_short"])
        if shape == "mdy":
            text = f"{month} {ordinal(d)}{ctx.pause()} {year(y, r)}"
        elif shape == "dmy":
            text = f"the {ordinal(d)} of {month}{ctx.pause()} {year(y, r)}"
        elif shape == "dmy_short":  # "the third of March eighty five"
            text = f"the {ordinal(d)} of {month} {yy}"
        elif shape == "oh_digits":  # "oh three oh three eighty five"
            md = " ".join(UNITS[int(c)] if c != "0" else "oh" for c in f"{m:02d}{d:02d}")
            text = f"{md} {yy}"
        elif shape == "pairs":  # "three three eighty five", "eleven twenty two nineteen sixty"
            text = f"{two_digits(m)} {two_digits(d)} {year(y, r) if r.random() < 0.4 else yy}"
        else:  # "March third eighty five"
            text = f"{month} {ordinal(d)} {yy}"
        return (text.lower() if ctx.lower else text), value, "spoken"
    if ctx.style == "numerals":
        return r.choice([f"{m} {d} {y % 100:02d}", f"{month.lower()} {d} {y}", f"{m:02d} {d:02d} {y}",
                         f"{month.lower()} {d}{th(d)} {y}"]), value, "written"  # fmt: skip
    return r.choice([f"{month} {d}{th(d)}, {y}", f"{m}/{d}/{y % 100:02d}", f"{m:02d}/{d:02d}/{y}",
                     f"{month} {d}, {y}", f"{d} {month} {y}", f"{m:02d}-{d:02d}-{y}"]), value, "written"  # fmt: skip


def address(ctx: Ctx) -> Slot:
    r, lex = ctx.rng, lexicon()
    number = r.choice([r.randint(1, 99), r.randint(101, 999), r.randint(1000, 9999), r.randint(1000, 9999),
                       r.randint(10000, 48999)])  # fmt: skip
    pick = r.random()
    if pick < 0.3:
        street = r.choice(lex.base.surnames)
    elif pick < 0.45:
        street = r.choice(lex.base.first_names)
    elif pick < 0.6:
        street = r.choice(lex.word_lasts + lex.word_firsts)
    elif pick < 0.7:
        street = r.choice([p for p in lex.particle_surnames if "'" not in p and "." not in p])
    elif pick < 0.85:
        street = r.choice(lex.base.street_words)
    else:
        n = r.randint(2, 99)
        street = (ordinal(n) if n <= 20 or n % 10 == 0 else f"{two_digits(n - n % 10)} {ordinal(n % 10)}").title() \
            if ctx.words or r.random() < 0.2 else f"{n}{th(n)}"  # fmt: skip
    suffix = r.choice(lex.base.suffixes)
    if ctx.words:
        suffix_text = suffix.name
    else:
        suffix_text = r.choice(
            [suffix.name, suffix.abbreviations[0].title(), r.choice(suffix.abbreviations).title()]
        )
        if ctx.style == "smart" and r.random() < 0.4 and suffix_text != suffix.name:
            suffix_text += "."
    direction = ""
    if r.random() < 0.3:
        full, short = r.choice(DIRECTIONS)
        direction = (full if ctx.words or r.random() < 0.5 else short) + " "
    if ctx.words:
        n_text = r.choice(
            [
                house_number(number, r),
                house_number(number, r),
                " ".join(speech.say_group(str(number), r, homophone=0.05, pairs=0.0, repeats=0.0)),
            ]
        )
    else:
        n_text = str(number)
    text = f"{n_text} {direction}{street} {suffix_text}"
    value = f"{number} {direction}{street} {suffix.name}"
    if r.random() < 0.4:
        unit = r.choice(lex.base.units[:3] if r.random() < 0.6 else lex.base.units)
        ident = r.choice([str(r.randint(1, 30)), str(r.randint(100, 1900)), f"{r.randint(1, 9)}{r.choice('ABCDEFGH')}",
                          r.choice("ABCDEFGH")])  # fmt: skip
        if ctx.words:
            said = " ".join(house_number(int(p), r) if p.isdigit() else p for p in _split_unit(ident))
            label = unit.name
        else:
            said = ident
            label = (
                r.choice([unit.name, unit.abbreviation.title(), "#"]) if ctx.style == "smart" else unit.name
            )
        sep = ", " if ctx.style in ("punct", "smart") and r.random() < 0.5 else " "
        text += f"{sep}{label}{'' if label == '#' else ' '}{said}"
        value += f" {unit.abbreviation} {ident}"
    return (text.lower() if ctx.lower else text), value, "spoken" if ctx.words else "written"


def _split_unit(ident: str) -> list[str]:
    return [ident[:-1], ident[-1]] if ident[-1].isalpha() and len(ident) > 1 else [ident]


SLOTS: dict[str, Callable[[Ctx], Slot]] = {
    "NAME": name, "PNAME": particle_name, "PLAST": particle_last, "FIRST": first, "WFIRST": word_first,
    "WNAME": word_name, "LAST": last, "SPELLED": spelled, "SSN": ssn, "CARD": card, "PHONE": phone,
    "ZIP": zip_code, "LAST4": last4, "ACCOUNT": account, "EMAIL": email, "DOB": dob, "ADDRESS": address,
}  # fmt: skip
NUMBER_SLOTS = {"SSN", "CARD", "PHONE", "ZIP", "LAST4", "ACCOUNT"}
SLOT_TYPES = {
    **{s: "PERSON" for s in ("NAME", "PNAME", "PLAST", "FIRST", "WFIRST", "WNAME", "LAST", "SPELLED")},
    "SSN": "US_SSN", "CARD": "CREDIT_CARD", "PHONE": "PHONE_NUMBER", "ZIP": "ZIP_CODE", "LAST4": "LAST_FOUR",
    "ACCOUNT": "ACCOUNT_ID", "EMAIL": "EMAIL_ADDRESS", "DOB": "DATE_OF_BIRTH", "ADDRESS": "STREET_ADDRESS",
}  # fmt: skip


def fill(slot: str, ctx: Ctx) -> Slot:
    """v2's fill over v3's slots; a number written in numerals but holding a word that sounds like a digit
    ("for", "to") is ``spoken``."""
    text, value, form = fill_from(SLOTS, slot, ctx)
    if slot in NUMBER_SLOTS and form == "written" and any(w in speech.SOUNDS for w in text.lower().split()):
        form = "spoken"
    return text, value, form
