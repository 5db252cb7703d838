"""The PII slot renderers of v4: ``fill(slot, ctx) -> (text, canonical value, entity form)``.

Transcript styles (the utterance ``form``): ``raw`` lower case, no punctuation, numbers as words;
``punct`` punctuated, numbers as words; ``numerals`` lower case, numerals grouped where the caller paused;
``smart`` smart-formatted ("(415) 555-0198", "March 3rd, 1982", "4111 1111 1111 1111").
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.v4 import speech, words
from bench.pii_corpus.v4.speech import MONTHS, UNITS, ordinal, ordinal_suffix, say_group, say_run, two_digits

STYLES = ("raw", "punct", "numerals", "smart")
Slot = tuple[str, str, str]


# ---- names ---------------------------------------------------------------------------------------------


def _first(r: random.Random) -> str:
    if r.random() < 0.15:
        return r.choice(words.WORD_FIRST)
    n = words.names()
    return r.choices(n.first, weights=n.first_weights)[0]


def _last(r: random.Random) -> tuple[str, str]:
    """A surname as written and as an unformatted recognizer writes it."""
    x = r.random()
    if x < 0.15:
        s = r.choice(words.WORD_LAST)
        return s, s.lower()
    if x < 0.3:
        return r.choice(words.PARTICLE_LAST)
    last = words.names().last
    s = last[min(int(r.paretovariate(0.6)) - 1, len(last) - 1)] if r.random() < 0.5 else r.choice(last)
    return s, s.lower()


def person(ctx: Ctx) -> Slot:
    r = ctx.rng
    first = _first(r)
    last, last_raw = _last(r)
    ctx.first, ctx.surname = first, last
    middle = f" {r.choice('ABCDEFGHJKLMNPRSTW')}{'' if ctx.lower else '.'}" if r.random() < 0.1 else ""
    text = f"{first}{middle} {last}" if not ctx.lower else f"{first}{middle} {last_raw}".lower()
    return text, f"{first} {last}", "plain"


def first_only(ctx: Ctx) -> Slot:
    first = _first(ctx.rng)
    ctx.first, ctx.surname = first, ""
    return ctx.case(first), first, "plain"


def last_only(ctx: Ctx) -> Slot:
    last, raw = _last(ctx.rng)
    ctx.first, ctx.surname = "", last
    return (raw if ctx.lower else last), last, "plain"


def _as_in(letter: str, r: random.Random) -> str:
    return r.choice(words.EVERYDAY[letter]) if r.random() < 0.6 else words.NATO[letter]


def spelled(ctx: Ctx) -> Slot:
    """The surname (or the first name) named before, spelled out."""
    r = ctx.rng
    name = ctx.surname or ctx.first or _last(r)[0]
    letters = [c.upper() for c in name if c.isalpha()]
    how = r.choices(["bare", "dashes", "as_in", "nato"], weights=[4, 2, 3, 1.5])[0]
    if how == "dashes" and not ctx.lower:
        text = "-".join(letters)
    elif how == "nato":
        text = " ".join(words.NATO[c] for c in letters)
    elif how == "as_in":
        parts = []
        for k, c in enumerate(letters):
            if k == 0 or r.random() < 0.3:
                parts.append(f"{c} as in {_as_in(c, r)}")
            else:
                parts.append(c)
        text = (", " if ctx.style == "punct" else " ").join(parts)
    else:
        sep = r.choice([" ", ", "]) if ctx.style == "punct" else " "
        text = sep.join(letters)
        if r.random() < 0.15 and len(letters) > 3:
            k = r.randrange(2, len(letters) - 1)
            text = sep.join(letters[:k]) + " uh " + sep.join(letters[k:])
    text = ctx.case(text) if how != "dashes" or ctx.lower else text
    return text, name, "spelled"


# ---- numbers ------------------------------------------------------------------------------------------


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


def _number(ctx: Ctx, run: str, sizes: list[int], smart: str, words_share: float = 0.3,
            pairs: float = 0.15) -> Slot:  # fmt: skip
    r = ctx.rng
    if ctx.words:
        return say_run(run, sizes, r, ctx.style, pairs=pairs), run, "spoken"
    if ctx.style == "numerals":
        text, mixed = speech.numerals_run(run, r, sizes if r.random() < 0.6 else None, words=words_share)
        return text, run, "mixed" if mixed else "written"
    return smart, run, "written"


def ssn(ctx: Ctx) -> Slot:
    r = ctx.rng
    area = r.choice([a for a in range(1, 900) if a != 666])
    run = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    smart = f"{run[:3]}-{run[3:5]}-{run[5:]}" if r.random() < 0.8 else f"{run[:3]} {run[3:5]} {run[5:]}"
    return _number(ctx, run, [3, 2, 4], smart)


def card(ctx: Ctx) -> Slot:
    r = ctx.rng
    brand = r.choices(["visa", "mc", "amex", "discover"], weights=[45, 30, 15, 10])[0]
    if brand == "amex":
        run = luhn_complete(r.choice(["34", "37"]) + _digits(r, 12))
        sizes = [4, 6, 5]
    else:
        head = {"visa": "4", "mc": str(r.randint(51, 55)), "discover": "6011"}[brand]
        run = luhn_complete(head + _digits(r, 15 - len(head)))
        sizes = [4, 4, 4, 4]
    groups = speech.split(run, sizes)
    smart = r.choices([" ".join(groups), "-".join(groups), run], weights=[7, 2, 1])[0]
    return _number(ctx, run, sizes, smart, pairs=0.12)


def phone(ctx: Ctx) -> Slot:
    r = ctx.rng
    while True:
        area = f"{r.randint(2, 9)}{r.randint(0, 8)}{r.randint(0, 9)}"
        exch = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
        if area[1:] != "11" and exch[1:] != "11":
            break
    run = area + exch + _digits(r, 4)
    a, e, n = run[:3], run[3:6], run[6:]
    smart = r.choices([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"+1 {a}-{e}-{n}", f"{a}.{e}.{n}", f"1-{a}-{e}-{n}",
                       f"+1 ({a}) {e}-{n}"], weights=[10, 5, 2, 1, 2, 1])[0]  # fmt: skip
    text, value, form = _number(ctx, run, [3, 3, 4], smart)
    if ctx.style != "smart" and r.random() < 0.1:
        text = ("one " if ctx.words else "1 ") + text  # the country code said first
    return text, value, form


def zip_code(ctx: Ctx) -> Slot:
    r = ctx.rng
    run = f"{r.randint(1, 99999):05d}"
    plus4 = _digits(r, 4) if r.random() < 0.15 else ""
    if ctx.words:
        text = say_group(run, r, pairs=0.2, mishear=0.08)
        if plus4:
            text += (" dash " if r.random() < 0.6 else " ") + say_group(plus4, r, pairs=0.2)
        return text, run + plus4, "spoken"
    if ctx.style == "numerals":
        body = run if r.random() < 0.7 else f"{run[:3]} {run[3:]}"
        return body + (f" {plus4}" if plus4 else ""), run + plus4, "written"
    return run + (f"-{plus4}" if plus4 else ""), run + plus4, "written"


def last_four(ctx: Ctx) -> Slot:
    r = ctx.rng
    run = _digits(r, 4)
    if ctx.words:
        if run[0] != "0" and run[2] != "0" and r.random() < 0.45:
            text = f"{two_digits(int(run[:2]))} {two_digits(int(run[2:]))}"
        else:
            text = say_group(run, r, pairs=0.0, mishear=0.12)
        return text, run, "spoken"
    if ctx.style == "numerals" and r.random() < 0.3:
        return f"{run[:2]} {run[2:]}", run, "written"
    return run, run, "written"


def account_id(ctx: Ctx) -> Slot:
    r = ctx.rng
    letters = "".join(
        r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.choices([1, 2, 3], weights=[3, 5, 2])[0])
    )
    digits = _digits(r, r.choice([6, 7, 8, 8, 9]))
    tail = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if r.random() < 0.15 else ""
    value = letters + digits + tail
    sizes = r.choice([[3, 3, 3], [2, 4, 3], [4, 4], [3, 4, 2], [5, 4]])
    if ctx.words:
        said = []
        for _k, c in enumerate(letters):
            how = r.choices(["bare", "as_in", "nato"], weights=[5, 3, 1.5])[0]
            c_text = c if ctx.style == "punct" else c.lower()
            if how == "as_in":
                said.append(f"{c_text} as in {ctx.case(_as_in(c, r))}")
            elif how == "nato":
                said.append(ctx.case(words.NATO[c]))
            else:
                said.append(c_text)
        sep = ", " if ctx.style == "punct" and r.random() < 0.5 else " "
        text = sep.join(said) + sep + say_run(digits, sizes, r, ctx.style, pairs=0.12)
        if tail:
            text += " " + (tail if ctx.style == "punct" else tail.lower())
        return text, value, "spoken"
    if ctx.style == "numerals":
        body, mixed = speech.numerals_run(digits, r, sizes, words=0.3)
        head = " ".join(letters.lower()) if r.random() < 0.5 else letters.lower()
        return f"{head} {body}" + (f" {tail.lower()}" if tail else ""), value, "mixed" if mixed else "written"
    groups = speech.split(digits, sizes)
    text = r.choices([f"{letters}-{'-'.join(groups)}", f"{letters}{digits}", f"{letters} {' '.join(groups)}",
                      f"{letters}-{digits}"], weights=[3, 4, 2, 1])[0]  # fmt: skip
    return text + tail, value, "written"


# ---- dates of birth -----------------------------------------------------------------------------------


def date_of_birth(ctx: Ctx) -> Slot:
    r = ctx.rng
    y = r.randint(1938, 2006)
    m = r.randint(1, 12)
    d = r.randint(1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    value = f"{y:04d}-{m:02d}-{d:02d}"
    month = MONTHS[m - 1]
    yy = y % 100
    if ctx.words:
        year = speech.year_words(y, r)
        short = two_digits(yy) if yy >= 10 else f"oh {UNITS[yy]}"
        how = r.choices(["mdy", "dmy", "numeric", "cardinal", "mdyy"], weights=[5, 2, 2, 1, 2])[0]
        comma = "," if ctx.style == "punct" else ""
        if how == "mdy":
            text = f"{month} {ordinal(d)}{comma} {year}"
        elif how == "dmy":
            text = f"the {ordinal(d)} of {month}{comma} {year if r.random() < 0.6 else short}"
        elif how == "numeric":
            mm = UNITS[m] if m < 10 and r.random() < 0.5 else (f"oh {UNITS[m]}" if m < 10 else two_digits(m))
            dd = UNITS[d] if d < 10 and r.random() < 0.5 else (f"oh {UNITS[d]}" if d < 10 else two_digits(d))
            text = f"{mm}{comma} {dd}{comma} {short if r.random() < 0.7 else year}"
        elif how == "cardinal":
            text = f"{month} {two_digits(d)}{comma} {year}"
        else:
            text = f"{month} {ordinal(d)} {short}"
        return ctx.case(text), value, "spoken"
    if ctx.style == "numerals":
        text = r.choice([f"{month.lower()} {d} {y}", f"{m} {d} {yy:02d}", f"{m:02d} {d:02d} {y}",
                         f"{month.lower()} {ordinal_suffix(d)} {y}", f"{m} {d} {y}"])  # fmt: skip
        return text, value, "written"
    text = r.choices([f"{month} {ordinal_suffix(d)}, {y}", f"{month} {d}, {y}", f"{m}/{d}/{y}",
                      f"{m:02d}/{d:02d}/{yy:02d}", f"{m}/{d}/{yy:02d}", f"{m:02d}-{d:02d}-{y}"],
                     weights=[4, 3, 3, 1, 1, 1])[0]  # fmt: skip
    return text, value, "written"


# ---- e-mail -------------------------------------------------------------------------------------------


def _say_local(local: str, ctx: Ctx) -> str:
    """A local part as said: letters runs as words, digits as numbers, separators as words."""
    r = ctx.rng
    out: list[str] = []
    k = 0
    while k < len(local):
        c = local[k]
        if c.isdigit():
            j = k
            while j < len(local) and local[j].isdigit():
                j += 1
            run = local[k:j]
            if ctx.style == "numerals":
                out.append(run)
            elif len(run) == 2 and run[0] != "0":
                out.append(two_digits(int(run)))
            elif len(run) == 4 and run[:2] in ("19", "20"):
                out.append(speech.year_words(int(run), r))
            else:
                out.append(say_group(run, r, pairs=0.0, mishear=0.0))
            k = j
        elif c.isalpha():
            j = k
            while j < len(local) and local[j].isalpha():
                j += 1
            out.append(" ".join(local[k:j]) if j - k == 1 else local[k:j])
            k = j
        else:
            out.append({".": "dot", "_": "underscore", "-": "dash"}[c])
            k += 1
    return " ".join(out)


def email(ctx: Ctx) -> Slot:
    r = ctx.rng
    first = (ctx.first or _first(r)).lower().replace("'", "")
    last = (
        (ctx.surname or _last(r)[0])
        .lower()
        .replace("'", "")
        .replace(" ", "")
        .replace("-", "")
        .replace(".", "")
    )
    yy = r.choice(
        [f"{r.randint(50, 99)}", f"{r.randint(1, 99):02d}", f"19{r.randint(55, 99)}", f"{r.randint(1, 9)}"]
    )
    local = r.choices([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{first}_{last}",
                       f"{first}{yy}", f"{first}.{last}{yy}", f"{last}.{first[0]}", f"{first[0]}.{last}{yy}",
                       f"{last}{first[0]}{yy}", f"{first}-{last}"], weights=[4, 3, 3, 1, 2, 2, 1, 1, 1, 1])[0]  # fmt: skip
    if r.random() < 0.2:
        domain = f"{last}{r.choice(words.BUSINESS_WORDS)}.{r.choice(['com', 'com', 'net', 'org'])}"
    else:
        domain = r.choice(words.FREE_MAIL)
    value = f"{local}@{domain}"
    if ctx.style == "smart" and r.random() < 0.8:
        return value, value, "written"
    host, tld = domain.rsplit(".", 1)
    said = f"{_say_local(local, ctx)} at {host} dot {tld}"
    return said, value, "spoken"


# ---- street address -----------------------------------------------------------------------------------


def address(ctx: Ctx) -> Slot:
    r = ctx.rng
    digits_n = r.choices([1, 2, 3, 4, 5], weights=[4, 8, 30, 45, 13])[0]
    number = r.randint(10 ** (digits_n - 1) if digits_n > 1 else 1, 10**digits_n - 1)
    if r.random() < 0.1 and digits_n in (3, 4):
        number = number // 100 * 100  # "twelve hundred"
    direction = r.choice(words.DIRECTIONS) if r.random() < 0.15 else None
    kind = r.choices(["surname", "first", "word", "ordinal"], weights=[35, 10, 40, 15])[0]
    if kind == "surname":
        street = r.choice(words.names().last)
    elif kind == "first":
        street = _first(r)
    elif kind == "word":
        street = r.choice(words.STREET_WORDS)
    else:
        street = str(r.choice(words.ORDINAL_STREETS))
    if r.random() < 0.6:
        common = r.choice(words.COMMON_SUFFIXES)
        suffix = next(s for s in words.USPS_SUFFIXES if s[0] == common)
    else:
        suffix = r.choice(words.USPS_SUFFIXES)
    unit = None
    if r.random() < 0.3:
        name = r.choice(words.COMMON_UNITS) if r.random() < 0.8 else r.choice(words.UNITS)[0]
        designator = next(u for u in words.UNITS if u[0] == name)
        uid = r.choice([str(r.randint(1, 30)), str(r.randint(100, 2400)),
                        f"{r.randint(1, 9)}{r.choice('ABCDEF')}", r.choice("ABCDEFGH")])  # fmt: skip
        unit = (designator, uid)
    street_value = ordinal_suffix(int(street)) if kind == "ordinal" else street
    value = f"{number} " + (f"{direction[1]} " if direction else "") + f"{street_value} {suffix[1]}"
    if unit:
        value += f" {unit[0][1]} {unit[1]}"
    if ctx.words:
        parts = [speech.house_number(number, r)]
        if direction:
            parts.append(direction[0])
        parts.append(ordinal(int(street)) if kind == "ordinal" else street)
        parts.append(suffix[0])
        text = " ".join(parts)
        if unit:
            uid = unit[1]
            said_id = " ".join(
                (say_group(ch, r, pairs=0.0, mishear=0.0) if ch.isdigit() else ch) for ch in _chunks(uid)
            ) if not uid.isdigit() or len(uid) > 2 or r.random() < 0.5 else two_digits(int(uid))  # fmt: skip
            text += ("," if ctx.style == "punct" else "") + f" {unit[0][0]} {said_id}"
        return ctx.case(text), value, "spoken"
    abbr = r.random() < (0.3 if ctx.style == "numerals" else 0.55)
    dot = abbr and ctx.style == "smart" and suffix[1] != suffix[0] and r.random() < 0.2
    suffix_text = (suffix[1] + ("." if dot else "")) if abbr else suffix[0]
    dir_text = (direction[1] if abbr else direction[0]) if direction else ""
    parts = [str(number)] + ([dir_text] if dir_text else []) + [street_value, suffix_text]
    text = " ".join(parts)
    if unit:
        if ctx.style == "smart":
            des = r.choice([unit[0][0], unit[0][1].title(), "#"]) if unit[0][0] == "Apartment" else unit[0][0]
            text += (", " if r.random() < 0.6 else " ") + (
                f"#{unit[1]}" if des == "#" else f"{des} {unit[1]}"
            )
        else:
            text += f" {unit[0][0]} {unit[1]}"
    return ctx.case(text), value, "written"


def _chunks(uid: str) -> list[str]:
    out: list[str] = []
    for ch in uid:
        if out and ch.isdigit() and out[-1].isdigit():
            out[-1] += ch
        else:
            out.append(ch)
    return out


SLOT_TYPES = {"NAME": "PERSON", "FIRST": "PERSON", "LAST": "PERSON", "SPELL": "PERSON", "SSN": "US_SSN",
              "CARD": "CREDIT_CARD", "PHONE": "PHONE_NUMBER", "DOB": "DATE_OF_BIRTH", "ACCT": "ACCOUNT_ID",
              "ZIP": "ZIP_CODE", "EMAIL": "EMAIL_ADDRESS", "ADDR": "STREET_ADDRESS", "LAST4": "LAST_FOUR"}  # fmt: skip
RENDER: dict[str, Callable[[Ctx], Slot]] = {
    "NAME": person, "FIRST": first_only, "LAST": last_only, "SPELL": spelled, "SSN": ssn, "CARD": card,
    "PHONE": phone, "DOB": date_of_birth, "ACCT": account_id, "ZIP": zip_code, "EMAIL": email, "ADDR": address,
    "LAST4": last_four,
}  # fmt: skip


def fill(slot: str, ctx: Ctx) -> Slot:
    return RENDER[slot](ctx)
