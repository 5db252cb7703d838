"""The slots about a person and a place: names, spelled surnames, e-mail, date of birth, street address."""

from __future__ import annotations

from bench.pii_corpus.v2 import spoken
from bench.pii_corpus.v2.context import Ctx, Slot

DIRECTIONS = [
    ("North", "N"),
    ("South", "S"),
    ("East", "E"),
    ("West", "W"),
    ("Northwest", "NW"),
    ("Southeast", "SE"),
]


def new_person(ctx: Ctx) -> tuple[str, str]:
    ctx.person = (ctx.rng.choice(ctx.lex.first_names), ctx.rng.choice(ctx.lex.surnames))
    return ctx.person


def name(ctx: Ctx) -> Slot:
    first, last = new_person(ctx)
    if ctx.rng.random() < 0.15:
        middle = ctx.rng.choice("ABCDEFGHJKLMNPRSTW")
        text = f"{first} {middle}{'' if ctx.lower else '.'} {last}"
    else:
        text = f"{first} {last}"
    return ctx.case(text), f"{first} {last}", "plain"


def first(ctx: Ctx) -> Slot:
    first, _ = new_person(ctx)
    return ctx.case(first), first, "plain"


def last(ctx: Ctx) -> Slot:
    _, last = new_person(ctx)
    return ctx.case(last), last, "plain"


def spelled_last(ctx: Ctx) -> Slot:
    """The surname of the last person named, spelled: "h-u-g-h-e-s", "H U G H E S", "H as in Henry U G…"."""
    last = ctx.person[1] or new_person(ctx)[1]
    return spell(last, ctx), last, "spelled"


def spell(word: str, ctx: Ctx) -> str:
    r = ctx.rng
    letters = [c for c in word if c.isalpha()]
    shape = r.choice(["dash", "space", "space", "as_in"])
    if shape == "dash":
        text = "-".join(letters)
        return text.lower() if ctx.lower or r.random() < 0.5 else text.upper()
    out = []
    for i, c in enumerate(letters):
        if shape == "as_in" and (i == 0 or r.random() < 0.2):
            out.append(f"{c.upper()} as in {r.choice(ctx.lex.spelling_words[c.upper()])}")
        else:
            out.append(c.upper())
    text = " ".join(out)
    return ctx.case(text)


def email(ctx: Ctx) -> Slot:
    r = ctx.rng
    first, last = ctx.person if ctx.person[0] and r.random() < 0.5 else new_person(ctx)
    f, la = first.lower(), last.lower()
    num = str(r.randint(1, 99)) if r.random() < 0.5 else ""
    shape = r.choice(["{f}.{l}", "{f}{l}", "{f}_{l}", "{i}{l}", "{f}", "{f}{i2}"])
    local = shape.format(f=f, l=la, i=f[0], i2=la[0]) + num
    if r.random() < 0.7:
        domain = r.choice(ctx.lex.domains)
    else:
        domain = r.choice(
            [f"{la}family.com", f"{la}law.com", f"{la}plumbing.net", f"{la}.org", f"{la}dental.com"]
        )
    value = f"{local}@{domain}"
    if ctx.style == "smart" or (ctx.style == "numerals" and r.random() < 0.5):
        return value, value, "written"
    return email_spoken(local, domain, num, ctx), value, "spoken"


def email_spoken(local: str, domain: str, num: str, ctx: Ctx) -> str:
    r = ctx.rng
    body = local[: len(local) - len(num)] if num else local
    parts = []
    for piece in body.replace(".", " dot ").replace("_", " underscore ").split():
        if len(piece) == 1 and piece.isalpha():
            parts.append(piece.upper() if not ctx.lower else piece)
        elif piece not in ("dot", "underscore") and r.random() < 0.15:
            parts.append(spell(piece, ctx))
        else:
            parts.append(piece)
    if num:
        parts.append(ctx.say_digits(num, filler=0.0) if ctx.words else num)
    dom = domain.replace(".", " dot ")
    return f"{' '.join(parts)} at {dom}"


def dob(ctx: Ctx) -> Slot:
    r = ctx.rng
    y, m, d = r.randint(1932, 2006), r.randint(1, 12), r.randint(1, 28)
    value = f"{y:04d}-{m:02d}-{d:02d}"
    month = spoken.MONTHS[m - 1]
    if ctx.words:
        shape = r.choice(["mdy", "mdy", "dmy", "numeric", "numeric_digits"])
        if shape == "mdy":
            text = f"{month} {spoken.ordinal(d) if r.random() < 0.7 else spoken.two_digits(d)}{ctx.pause()} {spoken.year(y, r)}"
        elif shape == "dmy":
            text = f"the {spoken.ordinal(d)} of {month}{ctx.pause()} {spoken.year(y, r)}"
        elif shape == "numeric":  # "three fifteen eighty five"
            text = f"{spoken.two_digits(m)} {spoken.two_digits(d)} {spoken.two_digits(y % 100) if y % 100 >= 10 else 'oh ' + spoken.UNITS[y % 10]}"
        else:  # "oh three one five one nine eight five"
            text = ctx.say_digits(f"{m:02d}{d:02d}{y:04d}", [2, 2, 4], filler=0.1)
        return ctx.case(text), value, "spoken"
    if ctx.style == "numerals":
        return (
            r.choice([f"{m} {d} {y}", f"{m:02d} {d:02d} {y % 100:02d}", f"{month.lower()} {d} {y}"]),
            value,
            "written",
        )
    return (
        r.choice([f"{m:02d}/{d:02d}/{y}", f"{month} {d}, {y}", f"{m}-{d}-{y % 100:02d}", f"{m}/{d}/{y}"]),
        value,
        "written",
    )


def address(ctx: Ctx) -> Slot:
    r = ctx.rng
    number = r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(1000, 9999),
                       r.randint(10000, 29999)])  # fmt: skip
    pick = r.random()
    if pick < 0.35:
        street = r.choice(ctx.lex.first_names)
    elif pick < 0.7:
        street = r.choice(ctx.lex.surnames)
    elif pick < 0.85:
        street = r.choice(ctx.lex.street_words)
    else:
        n = r.randint(2, 60)
        street = spoken.ordinal(n).title() if ctx.words or r.random() < 0.3 else f"{n}{th(n)}"
    suffix = r.choice(ctx.lex.suffixes)
    suffix_text = suffix.name if ctx.words or r.random() < 0.6 else r.choice(suffix.abbreviations).title()
    direction = ""
    if r.random() < 0.15:
        full, short = r.choice(DIRECTIONS)
        direction = (full if ctx.words or r.random() < 0.5 else short) + " "
    num_text = spoken.house_number(number, r) if ctx.words else str(number)
    if ctx.words and r.random() < 0.2:
        num_text = ctx.say_digits(str(number), filler=0.0)
    if r.random() < 0.12:  # a filler or a pause inside the address
        num_text += r.choice([" uh", " um", ","] if ctx.style == "punct" else [" uh", " um"])
    text = f"{num_text} {direction}{street} {suffix_text}"
    value = f"{number} {direction}{street} {suffix.name}"
    if r.random() < 0.35:
        unit = r.choice(
            ctx.lex.units[:3] if r.random() < 0.75 else ctx.lex.units
        )  # Apartment, Unit, Suite first
        label = unit.name if ctx.words or r.random() < 0.5 else unit.abbreviation.title()
        ident = r.choice(
            [str(r.randint(1, 40)), str(r.randint(100, 2400)), f"{r.randint(1, 9)}{r.choice('ABCDF')}"]
        )
        said = (
            " ".join(spoken.house_number(int(c), r) if c.isdigit() else c for c in split_unit(ident))
            if ctx.words
            else ident
        )
        sep = ", " if ctx.style in ("punct", "smart") and r.random() < 0.5 else " "
        if r.random() < 0.1 and not ctx.words:
            label, sep = "#", " "
        text += f"{sep}{label} {said}"
        value += f" {unit.abbreviation} {ident}"
    return ctx.case(text), value, "spoken" if ctx.words else "written"


def split_unit(ident: str) -> list[str]:
    return [ident[:-1], ident[-1]] if ident[-1].isalpha() else [ident]


def th(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
