"""The v10 PII renderers: ``fill(slot, ctx) -> (text, value, form)`` over ``slot_kit`` and v10's words and voice.

What v10 adds: surnames with particles ("van der Sluijs", "bin Rosli", "al-Qahtani") and hyphenated double
surnames; a Tigrinya caller's second name as the father's given name; spellings in the ICAO/NATO alphabet or
with given names ("M as in Mike", "M as in Mary"); member IDs in 2-3-3, 5-5 and 4-3-3 groups; four more
spoken birth-date forms (month and day said as numbers with "slash", digits with "oh" run together, an
ordinal day before a lower-case month with a two-digit year, a filler inside); addresses with a half house
number ("twelve and a half"), Utah grid addresses ("fifteen twenty south four hundred east"), Puerto Rico
urbanizations ("urbanization Parque Flamboyan") and overseas military mail ("p s c eight oh two, box seventy
four, a p o a e"), the forms USPS Publication 28 (sections 225 and 29) describes.

Transcript styles and entity forms are v8's and v9's: ``raw``, ``punct``, ``numerals``, ``smart``;
``spoken``, ``written``, ``mixed``, ``plain``, ``spelled``.
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
    number_words,
    numerals,
    ordinal_words,
)
from bench.pii_corpus.v10 import words
from bench.pii_corpus.v10.speech import FILLERS, VOICE, digit

STYLES = ("raw", "punct", "numerals", "smart")
PARTICLE = re.compile(r"^(?:(?:" + "|".join(sorted(words.PARTICLES - {"al"})) + r") )+|^al-")
PLAIN_SURNAMES = tuple(n for n in words.SURNAMES if " " not in n[0] and "-" not in n[0])


def _digits(ctx: Ctx, digits: str, sizes: list[int], smart: Callable[[str], str], *, repair: float = 0.2,
            dash: float = 0.04, pairs: float = 0.25, filler: float = 0.2) -> Filled:  # fmt: skip
    return slot_kit.spoken_digits(ctx, digits, sizes, smart, VOICE, repair=repair, dash=dash, pairs=pairs,
                                  filler=filler)  # fmt: skip


def _said_digits(draw: Callable[..., Filled], *, repair: float, pairs: float = 0.25,
                 filler: float = 0.2) -> Callable[[Ctx], Filled]:  # fmt: skip
    """A kit digit-string slot (phone, SSN, card, last four, ZIP) over v10's voice and rates; phones are
    corrected mid-number in a third of those said ("four one five, I mean, four one six")."""
    return partial(draw, digits_slot=partial(_digits, repair=repair, pairs=pairs, filler=filler))


def _letters(letters: str, ctx: Ctx) -> str:
    return slot_kit.say_letters(letters, ctx, words.AS_IN, 0.45)


def member_id(ctx: Ctx) -> Filled:
    """A member, policy or account ID: one to three letters and 7-9 digits, 10 digits alone, or (a fifth) a
    Medicare Beneficiary Identifier; digits said in 2-3-3, 5-5, 4-3-3 or 3-4 groups."""
    r = ctx.rng
    if r.random() < 0.2:
        return slot_kit.mbi(ctx, words.MBI_LETTERS, _letters, VOICE)
    prefix = "".join(r.choice(words.ID_LETTERS) for _ in range(r.choice([0, 1, 2, 3])))
    sizes = r.choice([[2, 3, 3], [4, 3, 3], [3, 4]] if prefix else [[5, 5], [4, 3, 3]])
    n = sum(sizes)
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    value = prefix + body
    if ctx.words:  # the letters (an "as in" now and then), a joint, then the digits with v10's voice
        said, _ = VOICE.say(
            body, sizes, r, ctx.punct, repair=0.2, mishear=0.1 * (ctx.style == "raw"), filler=0.2
        )
        joint = r.choice([", ", " ", " and "] if ctx.punct else [" ", " and "])
        return (_letters(prefix, ctx) + joint if prefix else "") + said, value, "spoken"
    if ctx.style == "numerals":  # the letters as the recognizer writes them, lower case and apart
        return " ".join([*prefix.lower(), numerals(body, sizes)]), value, "mixed" if prefix else "written"
    joint = r.choice(["", " ", "-"]) if prefix else ""
    return prefix + joint + numerals(body, sizes, r.choice(["", "-", " "])), value, "written"


def _two_digits(n: int) -> str:
    """A month or day said as on a form: "oh three", "twelve"."""
    return "oh " + UNITS[n] if n < 10 else number_words(n)


def _v10_dob(way: int, d: date, r: random.Random, sep: str, yr: str) -> str:
    """v10's four spoken birth dates (``way`` 0-3), beside the kit's six."""
    month = MONTHS[d.month - 1]
    return [
        lambda: (
            f"{number_words(d.month)} slash {number_words(d.day)} slash {yr}"
        ),  # "three slash fourteen ..."
        lambda: (
            f"{_two_digits(d.month)} {_two_digits(d.day)} {yr}"
        ),  # off a form: "oh three oh nine seventy nine"
        lambda: (
            f"{ordinal_words(d.day)} {month.lower()}{sep}{yr}"
        ),  # the month lower-cased: "fourteenth march"
        # a filler where the caller recalls the year: "March the third, umm, nineteen eighty"
        lambda: (
            f"{month} the {ordinal_words(d.day)}{sep}{r.choice(FILLERS)}{sep}{slot_kit.birth_year(d.year, r, False)}"
        ),
    ][way]()


def _said_dob(d: date, ctx: Ctx) -> str:
    """A birth date said in one of ten ways (the kit's six, v10's four), the year now and then in two digits."""
    r, sep = ctx.rng, (", " if ctx.punct else " ")
    yr = slot_kit.birth_year(d.year, r, d.year < 2000 and r.random() < 0.45)
    way = r.randrange(10)
    return slot_kit.dob_said(way, d, r, sep, yr, digit) if way < 6 else _v10_dob(way - 6, d, r, sep, yr)


def dob(ctx: Ctx) -> Filled:
    """A birth date (1931-2007), said (raw, punct) or as a recognizer writes it (the kit's written forms)."""
    d = date(ctx.rng.randint(1931, 2007), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    return (
        (ctx.case(_said_dob(d, ctx)), d.isoformat(), "spoken") if ctx.words else slot_kit.dob_written(d, ctx)
    )


def _person(ctx: Ctx) -> tuple[str, str]:
    """(given, family) as the transcript writes them; ``ctx`` keeps the real spelling for a spelling or an
    e-mail. One in eight family names is a hyphenated double surname; a Tigrinya caller's second name is
    now and then the father's given name."""
    r = ctx.rng
    s = words.draw(words.SURNAMES, r)
    f = words.draw(words.FIRST_NAMES, r, s[1] if r.random() < 0.85 else "")
    family = slot_kit.shown_name(s, r)
    real = s[0]
    if s[1] == "ti" and r.random() < 0.4:
        father = words.draw(words.FIRST_NAMES, r, "ti")
        family, real = father[0], father[0]
    elif r.random() < 0.12 and " " not in s[0]:
        other = r.choice([n for n in PLAIN_SURNAMES if n[0] != s[0]])
        family, real = f"{s[0]}-{other[0]}", f"{s[0]}-{other[0]}"
    ctx.first, ctx.surname = f[0], real
    return slot_kit.shown_name(f, r), family


def spelled(ctx: Ctx) -> Filled:
    """The real surname named before (or a new one), letter by letter, a spelling-alphabet word now and then;
    a long name now and then in threes, the way callers chunk it for the agent."""
    # the name proper: a caller spells "Marzuki", not the particle before it ("binti", "van der", "al-")
    target = re.sub(r"[ -]", "", PARTICLE.sub("", ctx.surname or _person(ctx)[1]))
    out = slot_kit.spelled_letters(target, ctx, words.AS_IN, 0.35)
    joiner = slot_kit.spelled_joiner(out, ctx)
    chunked = joiner == " " and len(out) > 6 and ctx.rng.random() < 0.3
    said = (", " if ctx.punct else " ").join(" ".join(out[k : k + 3]) for k in range(0, len(out), 3))
    return (said if chunked else joiner.join(out)), target, "spelled"


def _house(n: int, ctx: Ctx) -> str:
    return house_number_words(n, ctx.rng) if ctx.words else str(n)


def half_address(ctx: Ctx) -> Filled:
    """A house number with a half ("twelve and a half Galena Street"): value "12 1/2 Galena St"."""
    r = ctx.rng
    n = r.randint(2, 3999)
    street = r.choice(words.STREET_WORDS) if r.random() < 0.6 else r.choice(words.STREET_NAMES)[0]
    name, abbr = words.suffix(r)
    value = f"{n} 1/2 {street} {abbr}"
    if ctx.style == "smart":
        return f"{n} 1/2 {street} {r.choice([name, abbr + '.'])}", value, "written"
    return (
        ctx.case(f"{_house(n, ctx)} and a half {street} {name}"),
        value,
        "spoken" if ctx.words else "written",
    )


DIRS = {"N": "North", "S": "South", "E": "East", "W": "West"}


def grid_address(ctx: Ctx) -> Filled:
    """A Utah grid address: a house number and its direction, then the grid street ("fifteen twenty south four
    hundred east"): value "1520 S 400 E"."""
    r = ctx.rng
    n = r.randint(10, 99) * 10 + r.choice([0, 0, r.randint(1, 9)])
    if r.random() < 0.5:
        d1, d2 = r.choice("NS"), r.choice("EW")
    else:
        d1, d2 = r.choice("EW"), r.choice("NS")
    k = r.randint(1, 99)
    value = f"{n} {d1} {k * 100} {d2}"
    if ctx.style == "smart":
        if r.random() < 0.5:
            return f"{n} {DIRS[d1]} {k * 100} {DIRS[d2]}", value, "written"
        return f"{n} {d1}. {k * 100} {d2}.", value, "written"
    grid = f"{UNITS[k]} hundred" if k < 10 else f"{number_words(k)} hundred"
    said = f"{_house(n, ctx)} {DIRS[d1]} {grid if ctx.words else k * 100} {DIRS[d2]}"
    return ctx.case(said), value, "spoken" if ctx.words else "written"


def urb_address(ctx: Ctx) -> Filled:
    """A Puerto Rico address: the house number, "Calle" before the street's name, and the urbanization:
    value "14 Calle Amapola, Urb Parque Flamboyan"."""
    r = ctx.rng
    n = r.randint(1, 999)
    calle, urb = r.choice(words.CALLES), r.choice(words.URBANIZATIONS)
    value = f"{n} Calle {calle}, Urb {urb}"
    sep = ", " if ctx.punct else " "
    if ctx.style == "smart":
        head = r.choice(["Urb.", "Urb", "Urbanizacion"])
        if r.random() < 0.5:
            return f"{n} Calle {calle}, {head} {urb}", value, "written"
        return f"{head} {urb}, {n} Calle {calle}", value, "written"
    urb_said = f"{r.choice(['urbanization', 'urbanizacion', 'urb'])} {urb}"
    street = f"{_house(n, ctx)} calle {calle}"
    said = f"{street}{sep}{urb_said}" if r.random() < 0.6 else f"{urb_said}{sep}{street}"
    return ctx.case(said), value, "spoken" if ctx.words else "written"


def military_address(ctx: Ctx) -> Filled:
    """Overseas military mail (USPS Pub. 28, 225): "PSC 802 Box 74 APO AE", said letter by letter where a
    caller would ("p s c eight oh two, box seventy four, a p o a e")."""
    r = ctx.rng
    kind = r.choice(words.MILITARY_KINDS)
    a = r.randint(2000, 9999) if kind == "Unit" else r.randint(100, 999)
    b = r.randint(1, 9999)
    post, af = r.choice(words.MILITARY_POSTS), r.choice(words.ARMED_FORCES)
    value = f"{kind} {a} Box {b} {post} {af}"
    if ctx.style == "smart":
        return f"{kind} {a}, Box {b}, {post} {af}", value, "written"
    sep = ", " if ctx.punct else " "
    kind_said = "unit" if kind == "Unit" else " ".join(kind.lower())
    said = f"{kind_said} {_house(a, ctx)}{sep}box {_house(b, ctx)}{sep}{' '.join(post.lower())} {' '.join(af.lower())}"
    return ctx.case(said), value, "spoken" if ctx.words else "written"


# every slot: its type and how it is said (``SLOT_TYPES`` names the type for the renderer)
SLOTS: dict[str, tuple[str, Callable[[Ctx], Filled]]] = {
    **{slot: ("PERSON", render) for slot, render in slot_kit.person_slots(_person).items()},
    "SPELL": ("PERSON", spelled),
    "PHONE": ("PHONE_NUMBER", _said_digits(slot_kit.phone, repair=0.33)),
    "SSN": ("US_SSN", _said_digits(slot_kit.ssn, repair=0.2, filler=0.25, pairs=0.35)),
    "CARD": ("CREDIT_CARD", _said_digits(slot_kit.card, repair=0.25, pairs=0.2)),
    "LAST4": ("LAST_FOUR", _said_digits(slot_kit.last_four, repair=0.15, pairs=0.4)),
    "ZIP": ("ZIP_CODE", _said_digits(slot_kit.zip_code, repair=0.15)),
    "MEMBER": ("ACCOUNT_ID", member_id),
    "DOB": ("DATE_OF_BIRTH", dob),
    "EMAIL": ("EMAIL_ADDRESS", partial(slot_kit.email, words=words, digit=digit)),
    "ADDR": ("STREET_ADDRESS", partial(slot_kit.address, words=words, house_words=house_number_words)),
    "BOX": ("STREET_ADDRESS", box_address(words.HIGHWAYS)),
    "HALF": ("STREET_ADDRESS", half_address),
    "GRID": ("STREET_ADDRESS", grid_address),
    "URB": ("STREET_ADDRESS", urb_address),
    "MIL": ("STREET_ADDRESS", military_address),
}
SLOT_TYPES, fill = slot_kit.slot_table(SLOTS)
# a town and state said after an address: plain words, neither PII nor a marked value
PLAIN = slot_kit.plain_city(words.PLACES)
