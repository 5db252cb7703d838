"""One PII value per slot, rendered in the utterance's transcript style.

Styles (the ``form`` of an utterance) are what a Twilio ConversationRelay transcript looks like with
the recognizer's options: ``raw`` (lower case, no punctuation, numbers as words: Deepgram without
smart_format), ``punct`` (punctuated and capitalised, numbers still as words), ``numerals`` (lower case,
no punctuation, numbers as numerals grouped the way the caller paused: "4155 550 123"), ``smart``
(smart formatting: "(415) 555-0198", "March 3, 1985", "kelly.hughes51@gmail.com").
A slot returns (text, canonical value, entity form), the entity form being ``spoken`` (digit words or
spelled letters), ``written`` (numerals / formatted), ``mixed`` (numerals with a group said as words),
``plain`` (a name as a name) or ``spelled`` (a name spelled letter by letter).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from bench.pii_corpus.v2 import spoken
from bench.pii_corpus.v2.lexicon import Lexicon

STYLES = ("raw", "punct", "numerals", "smart")
DIRECTIONS = [
    ("North", "N"),
    ("South", "S"),
    ("East", "E"),
    ("West", "W"),
    ("Northwest", "NW"),
    ("Southeast", "SE"),
]


class SlotError(ValueError):
    """A template names a slot this module cannot fill."""


@dataclass
class Ctx:
    rng: random.Random
    lex: Lexicon
    style: str
    person: tuple[str, str] = ("", "")
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def words(self) -> bool:
        return self.style in ("raw", "punct")

    @property
    def lower(self) -> bool:
        return self.style in ("raw", "numerals")

    def case(self, text: str) -> str:
        return text.lower() if self.lower else text

    def pause(self) -> str:
        return "," if self.style == "punct" and self.rng.random() < 0.6 else ""

    def say_digits(self, run: str, groups: list[int] | None = None, filler: float = 0.25) -> str:
        r = self.rng
        return spoken.digits(run, r, groups, pairs=0.12, repeats=0.6, filler=filler, mishear=0.12,
                             pause=self.pause())  # fmt: skip

    def numerals(self, run: str) -> str:
        """Digits the way a recognizer with numerals on but no formatting writes them: split where the
        caller paused, not where the format puts a dash ("4155 550 123")."""
        r, out, at = self.rng, [], 0
        while at < len(run):
            size = r.choice([2, 3, 3, 4, 4, 5])
            out.append(run[at : at + size])
            at += size
        if len(out) > 1 and r.random() < 0.3:  # one pair said as words in the middle of numerals
            i = r.randrange(len(out))
            out[i] = spoken.digits(out[i], r, repeats=0.0)
        return " ".join(out)


Slot = tuple[str, str, str]  # text, canonical value, entity form


NUMBER_SLOTS = {"SSN", "CARD", "PHONE", "ZIP", "LAST4", "ACCOUNT"}
DIGIT_WORDS = set(spoken.UNITS) | set(spoken.TEENS) | set(spoken.TENS[2:]) | {"oh", "double", "triple"}


def fill(slot: str, ctx: Ctx) -> Slot:
    fn = _SLOTS.get(slot)
    if fn is None:
        raise SlotError(f"unknown slot {{{slot}}}")
    text, value, form = fn(ctx)
    if slot in NUMBER_SLOTS:
        form = number_form(text)
    return text, value, form


def number_form(text: str) -> str:
    """``spoken`` (digit words only), ``written`` (numerals only) or ``mixed`` ("4039 one eight 0166")."""
    words = any(w in DIGIT_WORDS for w in text.lower().replace(",", " ").split())
    digits = any(c.isdigit() for c in text)
    return "mixed" if words and digits else "spoken" if words else "written"


def _new_person(ctx: Ctx) -> tuple[str, str]:
    ctx.person = (ctx.rng.choice(ctx.lex.first_names), ctx.rng.choice(ctx.lex.surnames))
    return ctx.person


def _name(ctx: Ctx) -> Slot:
    first, last = _new_person(ctx)
    if ctx.rng.random() < 0.15:
        middle = ctx.rng.choice("ABCDEFGHJKLMNPRSTW")
        text = f"{first} {middle}{'' if ctx.lower else '.'} {last}"
    else:
        text = f"{first} {last}"
    return ctx.case(text), f"{first} {last}", "plain"


def _first(ctx: Ctx) -> Slot:
    first, _ = _new_person(ctx)
    return ctx.case(first), first, "plain"


def _last(ctx: Ctx) -> Slot:
    _, last = _new_person(ctx)
    return ctx.case(last), last, "plain"


def _spelled_last(ctx: Ctx) -> Slot:
    """The surname of the last person named, spelled: "h-u-g-h-e-s", "H U G H E S", "H as in Henry U G…"."""
    last = ctx.person[1] or _new_person(ctx)[1]
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


def _ssn(ctx: Ctx) -> Slot:
    r = ctx.rng
    area = r.choice([n for n in range(1, 900) if n != 666])
    d = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    if ctx.words:
        return ctx.say_digits(d, [3, 2, 4]), d, "spoken"
    if ctx.style == "numerals":
        return (f"{d[:3]} {d[3:5]} {d[5:]}" if r.random() < 0.5 else ctx.numerals(d)), d, "written"
    return f"{d[:3]}-{d[3:5]}-{d[5:]}", d, "written"


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        total += n
    return body + str((10 - total % 10) % 10)


def _card(ctx: Ctx) -> Slot:
    r = ctx.rng
    prefix, length = r.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("6011", 16), ("37", 15)])
    d = luhn_complete(prefix, length, r)
    groups = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
    if ctx.words:
        return ctx.say_digits(d, groups, filler=0.3), d, "spoken"
    if ctx.style == "numerals":
        return ctx.numerals(d), d, "written"
    sep = r.choice([" ", "-", ""])
    parts, at = [], 0
    for g in groups:
        parts.append(d[at : at + g])
        at += g
    return sep.join(parts), d, "written"


def _phone(ctx: Ctx) -> Slot:
    r = ctx.rng
    d = f"{r.randint(2, 9)}{r.randint(0, 8)}{r.randint(0, 9)}{r.randint(2, 9)}{r.randint(0, 99):02d}{r.randint(0, 9999):04d}"
    if ctx.words:
        text = ctx.say_digits(d, [3, 3, 4])
        if r.random() < 0.15:
            text = ("one " if r.random() < 0.5 else "plus one ") + text
        return text, d, "spoken"
    if ctx.style == "numerals":
        return ctx.numerals(d), d, "written"
    fmt = r.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "+1 {a} {b} {c}", "+1{a}{b}{c}"])
    return fmt.format(a=d[:3], b=d[3:6], c=d[6:]), d, "written"


def _zip(ctx: Ctx) -> Slot:
    r = ctx.rng
    d = f"{r.randint(601, 99950):05d}"
    plus4 = f"{r.randint(1, 9999):04d}" if r.random() < 0.15 else ""
    if ctx.words:
        text = ctx.say_digits(d, filler=0.1)
        if plus4:
            text += " dash " + ctx.say_digits(plus4, filler=0.0)
        return text, d + plus4, "spoken"
    if ctx.style == "numerals" and r.random() < 0.4:
        return f"{d[:2]} {d[2:]}" + (f" {plus4}" if plus4 else ""), d + plus4, "written"
    return d + (f"-{plus4}" if plus4 else ""), d + plus4, "written"


def _last4(ctx: Ctx) -> Slot:
    d = f"{ctx.rng.randint(0, 9999):04d}"
    if ctx.words:
        return ctx.say_digits(d, filler=0.15), d, "spoken"
    return (f"{d[:2]} {d[2:]}" if ctx.style == "numerals" and ctx.rng.random() < 0.3 else d), d, "written"


def _account(ctx: Ctx) -> Slot:
    """Member / policy IDs: letters then digits ("KX4471902", "W 3381 0072", "HNB-220-49871")."""
    r = ctx.rng
    letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.choice([1, 2, 2, 3, 3])))
    digits = "".join(str(r.randint(0, 9)) for _ in range(r.choice([6, 7, 8, 9, 10])))
    if r.random() < 0.3:  # repeated digits and zeros are where spans break
        i = r.randrange(len(digits) - 2)
        digits = digits[:i] + r.choice(["00", "44", "000", "77", "0"]) + digits[i + 2 :]
        digits = digits[: len(digits)]
    value = letters + digits
    if ctx.words:
        text = f"{_say_letters(letters, ctx)}{ctx.pause()} {ctx.say_digits(digits, [3, len(digits) - 3], filler=0.3)}"
        return ctx.case(text) if ctx.style == "raw" else text, value, "spoken"
    if ctx.style == "numerals":
        return (
            f"{' '.join(letters).lower() if r.random() < 0.5 else letters.lower()} {ctx.numerals(digits)}",
            value,
            "",
        )
    if r.random() < 0.35:
        # letters spelled, then smart formatting takes the digits for a phone number or an SSN
        return f"{_say_letters(letters, ctx, as_in=0.6)}, {_smart_digits(digits)}", value, ""
    sep = r.choice(["", "", "-", " "])
    return f"{letters}{sep}{digits[:3]}{sep}{digits[3:]}" if sep else value, value, ""


def _say_letters(letters: str, ctx: Ctx, as_in: float = 0.35) -> str:
    r = ctx.rng
    return " ".join(
        f"{c} as in {r.choice(ctx.lex.spelling_words[c])}" if r.random() < as_in else c for c in letters
    )


def _smart_digits(d: str) -> str:
    """How smart formatting writes a run of digits it takes for a known shape."""
    if len(d) == 10:
        return f"({d[:3]}) {d[3:6]}-{d[6:]}"
    if len(d) == 7:
        return f"{d[:3]}-{d[3:]}"
    if len(d) == 9:
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"
    return d


def _email(ctx: Ctx) -> Slot:
    r = ctx.rng
    first, last = ctx.person if ctx.person[0] and r.random() < 0.5 else _new_person(ctx)
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
    return _email_spoken(local, domain, num, ctx), value, "spoken"


def _email_spoken(local: str, domain: str, num: str, ctx: Ctx) -> str:
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


def _dob(ctx: Ctx) -> Slot:
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


def _address(ctx: Ctx) -> Slot:
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
        street = spoken.ordinal(n).title() if ctx.words or r.random() < 0.3 else f"{n}{_th(n)}"
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
            " ".join(spoken.house_number(int(c), r) if c.isdigit() else c for c in _split_unit(ident))
            if ctx.words
            else ident
        )
        sep = ", " if ctx.style in ("punct", "smart") and r.random() < 0.5 else " "
        if r.random() < 0.1 and not ctx.words:
            label, sep = "#", " "
        text += f"{sep}{label} {said}"
        value += f" {unit.abbreviation} {ident}"
    return ctx.case(text), value, "spoken" if ctx.words else "written"


def _split_unit(ident: str) -> list[str]:
    return [ident[:-1], ident[-1]] if ident[-1].isalpha() else [ident]


def _th(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_SLOTS = {"NAME": _name, "FIRST": _first, "LAST": _last, "SPELLED_LAST": _spelled_last, "SSN": _ssn,
          "CARD": _card, "PHONE": _phone, "ZIP": _zip, "LAST4": _last4, "ACCOUNT": _account, "EMAIL": _email,
          "DOB": _dob, "ADDRESS": _address}  # fmt: skip
SLOT_TYPES = {"NAME": "PERSON", "FIRST": "PERSON", "LAST": "PERSON", "SPELLED_LAST": "PERSON", "SSN": "US_SSN",
              "CARD": "CREDIT_CARD", "PHONE": "PHONE_NUMBER", "ZIP": "ZIP_CODE", "LAST4": "LAST_FOUR",
              "ACCOUNT": "ACCOUNT_ID", "EMAIL": "EMAIL_ADDRESS", "DOB": "DATE_OF_BIRTH",
              "ADDRESS": "STREET_ADDRESS"}  # fmt: skip
