"""The v9 PII renderers: ``fill(slot, ctx) -> (text, value, form)`` over ``slot_kit`` and v9's words and voice.

What v9 adds: given names and surnames of fifteen origins v2-v8 did not draw (Igbo, Zulu/Sotho, Amharic,
Tagalog, Samoan/Tongan, Georgian, Armenian, Sinhala, Nepali, Somali, Mongolian, Finnish, Maori, Greek) and
names that are English words ("Gift", "Memory", "Promise"; "Fairweather", "Swallow"), long names the
recognizer splits in two ("Wickrama Singhe"); a Horn-of-Africa name as given name plus father's given name;
member IDs in new groupings; birth dates said the old way ("nineteen hundred and fifty two"), with a cardinal
day after the month and the year in full; cards with more corrections inside (4-4-4-4, and 4-6-5 for Amex).

Transcript styles and entity forms are v8's (``raw``, ``punct``, ``numerals``, ``smart``; ``spoken``,
``written``, ``mixed``, ``plain``, ``spelled``); they and the canonical values are told in ``render_kit``'s
docstring.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bench.pii_corpus import slot_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.slot_kit import Filled, box_address
from bench.pii_corpus.speech_kit import MONTHS, house_number_words, number_words, numerals, ordinal_words
from bench.pii_corpus.v9 import words
from bench.pii_corpus.v9.speech import VOICE, digit

STYLES = ("raw", "punct", "numerals", "smart")
# given names and surnames that are also English words, for the templates that put one where a word could be
WORD_FIRST = tuple(n for n in words.FIRST_NAMES if n[0] in words.WORD_NAMES)
WORD_LAST = tuple(n for n in words.SURNAMES if n[1] == "en")


def _digits(ctx: Ctx, digits: str, sizes: list[int], smart: Callable[[str], str], *, repair: float = 0.15,
            dash: float = 0.05, pairs: float = 0.2, filler: float = 0.22) -> Filled:  # fmt: skip
    return slot_kit.spoken_digits(ctx, digits, sizes, smart, VOICE, repair=repair, dash=dash, pairs=pairs,
                                  filler=filler)  # fmt: skip


def phone(ctx: Ctx) -> Filled:
    return slot_kit.phone(ctx, _digits)


def ssn(ctx: Ctx) -> Filled:
    return slot_kit.ssn(ctx, _digits, repair=0.25, filler=0.3)


def card(ctx: Ctx) -> Filled:
    """4-4-4-4 (4-6-5 for Amex), a group corrected in a third of the cards said in words."""
    return slot_kit.card(ctx, _digits, repair=0.33, pairs=0.3)


def last_four(ctx: Ctx) -> Filled:
    return slot_kit.last_four(ctx, _digits, repair=0.1)


def zip_code(ctx: Ctx) -> Filled:
    return slot_kit.zip_code(ctx, _digits, repair=0.12)


def _letters(letters: str, ctx: Ctx) -> str:
    return slot_kit.say_letters(letters, ctx, words.AS_IN, 0.4)


def member_id(ctx: Ctx) -> Filled:
    """A member, policy or account ID: two or three letters and 8-9 digits, 10-11 digits alone, or (a quarter)
    a Medicare Beneficiary Identifier; digits said in 3-4-3, 2-4-4 or 4-4 groups."""
    r = ctx.rng
    if r.random() < 0.25:
        return slot_kit.mbi(ctx, words.MBI_LETTERS, _letters, VOICE)
    prefix = "".join(r.choice(words.ID_LETTERS) for _ in range(r.choice([0, 2, 2, 3])))
    n = r.randint(8, 9) if prefix else r.randint(10, 11)
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    sizes = r.choice([[3, 4, 3], [2, 4, 4], [4, 4], [3, 3, 3]])
    value = prefix + body
    if ctx.words:
        said, _ = VOICE.say(body, sizes, r, ctx.punct, repair=0.15, mishear=0.08 if ctx.style == "raw" else 0.0,
                            filler=0.25)  # fmt: skip
        if not prefix:
            return said, value, "spoken"
        glue = r.choice([" then ", ", and then ", " "]) if ctx.punct else r.choice([" then ", " "])
        return _letters(prefix, ctx) + glue.replace("and then", "then") + said, value, "spoken"
    if ctx.style == "numerals":
        head = " ".join(prefix.lower()) + " " if prefix else ""
        return head + numerals(body, sizes), value, "mixed" if prefix else "written"
    sep = r.choice(["", "-"])
    return (prefix + sep if prefix else "") + numerals(body, sizes, r.choice(["", "-"])), value, "written"


def dob(ctx: Ctx) -> Filled:
    """A birth date (1936-2006): the kit's six spoken ways and three of v9's, or the kit's written forms."""
    r = ctx.rng
    d = date(r.randint(1936, 2006), r.randint(1, 12), r.randint(1, 28))
    if not ctx.words:
        return slot_kit.dob_written(d, ctx)
    sep = ", " if ctx.punct else " "
    short = d.year < 2000 and r.random() < 0.35
    yr = slot_kit.birth_year(d.year, r, short)
    way = r.randrange(9)
    month = MONTHS[d.month - 1]
    if way < 6:
        said = slot_kit.dob_said(way, d, r, sep, yr, digit)
    elif way == 6 and d.year < 2000:  # the old way: "nineteen hundred and fifty two"
        said = f"{ordinal_words(d.day)} of {month}{sep}nineteen hundred and {number_words(d.year % 100)}"
        said = said if d.year % 100 >= 10 else f"{month} {ordinal_words(d.day)}{sep}{yr}"
    elif way == 7:  # the month as a number, the day as an ordinal: "seven, the twelfth, eighty eight"
        said = f"{number_words(d.month)}{sep}the {ordinal_words(d.day)}{sep}{yr}"
    else:  # the month and a cardinal day run together with the full year
        said = f"{month} {number_words(d.day) if d.day != 20 else ordinal_words(20)} {slot_kit.birth_year(d.year, r, False)}"
    return ctx.case(said), d.isoformat(), "spoken"


def _person(ctx: Ctx) -> tuple[str, str]:
    """(given, family) as the transcript writes them; ``ctx`` keeps the real spelling for a spelling or an
    e-mail. An Ethiopian or Somali caller's second name is the father's given name."""
    r = ctx.rng
    s = words.draw(words.SURNAMES, r)
    f = words.draw(words.FIRST_NAMES, r, s[1] if r.random() < 0.85 else "")
    if s[1] in ("am", "so") and r.random() < 0.5:
        s = words.draw(words.FIRST_NAMES, r, s[1])
    ctx.first, ctx.surname = f[0], s[0]
    return slot_kit.shown_name(f, r), slot_kit.shown_name(s, r)


PEOPLE = slot_kit.person_slots(_person)


def word_first(ctx: Ctx) -> Filled:
    """A given name that is an English word ("Gift", "Memory", "Promise")."""
    n = ctx.rng.choice(WORD_FIRST)[0]
    ctx.first = n
    return ctx.case(n), n, "plain"


def word_last(ctx: Ctx) -> Filled:
    """A surname that is an English word ("Fairweather", "Swallow"), after a title in the template."""
    n = ctx.rng.choice(WORD_LAST)[0]
    ctx.surname = n
    return ctx.case(n), n, "plain"


def spelled(ctx: Ctx) -> Filled:
    """The real surname named before (or a new one), letter by letter; in pairs with a pause now and then."""
    r = ctx.rng
    target = (ctx.surname or _person(ctx)[1]).replace(" ", "")
    out = slot_kit.spelled_letters(target, ctx, words.AS_IN, 0.25)
    joiner = slot_kit.spelled_joiner(out, ctx)
    if joiner == " " and len(out) > 5 and r.random() < 0.4:
        pairs = [" ".join(out[k : k + 2]) for k in range(0, len(out), 2)]
        return (", " if ctx.punct else " ").join(pairs), target, "spelled"
    return joiner.join(out), target, "spelled"


def email(ctx: Ctx) -> Filled:
    return slot_kit.email(ctx, words, digit)


def address(ctx: Ctx) -> Filled:
    return slot_kit.address(ctx, words, house_number_words)


# the slots of each type (``fill`` draws a value, ``SLOT_TYPES`` names its type for the renderer)
BY_TYPE: dict[str, dict[str, Callable[[Ctx], Filled]]] = {
    "PERSON": {**PEOPLE, "SPELL": spelled, "WFIRST": word_first, "WLAST": word_last},
    "PHONE_NUMBER": {"PHONE": phone},
    "US_SSN": {"SSN": ssn},
    "CREDIT_CARD": {"CARD": card},
    "LAST_FOUR": {"LAST4": last_four},
    "ZIP_CODE": {"ZIP": zip_code},
    "ACCOUNT_ID": {"MEMBER": member_id},
    "DATE_OF_BIRTH": {"DOB": dob},
    "EMAIL_ADDRESS": {"EMAIL": email},
    "STREET_ADDRESS": {"ADDR": address, "BOX": box_address(words.HIGHWAYS)},
}
SLOTS = {slot: (kind, render) for kind, slots in BY_TYPE.items() for slot, render in slots.items()}
SLOT_TYPES, fill = slot_kit.slot_table(SLOTS)


# a town and state said after an address: plain words, neither PII nor a marked value
PLAIN = slot_kit.plain_city(words.PLACES)
