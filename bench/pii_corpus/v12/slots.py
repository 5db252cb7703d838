"""The v12 PII renderers: ``fill(slot, ctx) -> (text, value, form)`` over ``slot_kit`` and v12's words and speech.

What v12 adds: phone numbers and IDs with "hundred"/"thousand" groups and "area code ..." said first; a value
given in two tries with the agent's "sorry, could you repeat that" between them (one span, the value the
second try's); UK and Mexican numbers said with "plus" ("plus four four seven nine ..."); member IDs with a
check letter at the end and letters spelled ad hoc ("m like mango", "s for sugar"); Queens hyphenated house
numbers ("one twelve dash thirty four seventy fifth avenue"), Oahu's ("ninety five dash ten forty two
kuahelani avenue") and highway contract route boxes ("h c three box one seventeen"); e-mails with "dash",
"underscore", subdomains and ".co.uk"; birth dates said day first the international way ("three march eighty
two") or with the day as a cardinal ("march three"); names the recognizer writes phonetically ("shche
panski" for Szczepanski), nicknames before the formal name ("bolek, boleslaw actually"),
two-word Vietnamese and hyphenated Korean given names.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date
from functools import partial

from bench.pii_corpus import slot_kit, speech_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.slot_kit import Filled
from bench.pii_corpus.speech_kit import MONTHS, UNITS, number_words
from bench.pii_corpus.v12 import words
from bench.pii_corpus.v12.speech import AGAIN, VOICE, digit, hundreds, say_groups

STYLES = ("raw", "punct", "numerals", "smart")
UNPUNCT = re.compile(r"[,?!;.]")


def _plain(text: str, ctx: Ctx) -> str:
    """Punctuation off in raw and numerals transcripts (the recognizer writes none there)."""
    return text if ctx.punct else re.sub(r" +", " ", UNPUNCT.sub("", text))


def _two_tries(ctx: Ctx, first: str, whole: str) -> str:
    """The caller's partial first try, the agent's request to repeat, then the whole value, one segment."""
    ask = ctx.rng.choice(AGAIN)
    glue = "... " if ctx.punct else " "
    return _plain(f"{first}{glue}{ask}{'?' if ctx.punct else ''} {whole}", ctx)


def _said(ctx: Ctx, groups: list[str], *, filler: float = 0.25) -> str:
    """Digit groups said: hundreds and thousands where a group has them, else the kit's voice with pauses."""
    r = ctx.rng
    if any(hundreds(g) for g in groups) and r.random() < 0.85:
        return say_groups(groups, r, ctx.punct)
    said, _ = VOICE.say("".join(groups), [len(g) for g in groups], r, ctx.punct, filler=filler, repair=0.12,
                        pairs=0.3)  # fmt: skip
    return said


def _digits(ctx: Ctx, digits: str, sizes: list[int], smart: Callable[[str], str], *, tries: float = 0.12,
            **rates: float) -> Filled:  # fmt: skip
    """The kit's digit-string slot over v12's voice; said, hundreds where they fall, and now and then in two
    tries."""
    r = ctx.rng
    if not ctx.words:
        return slot_kit.spoken_digits(ctx, digits, sizes, smart, VOICE, **rates)
    groups = speech_kit.split(digits, sizes)
    whole = _said(ctx, groups)
    if len(groups) > 1 and r.random() < tries:
        cut = r.randint(1, len(groups) - 1)
        whole = _two_tries(ctx, say_groups(groups[:cut], r, ctx.punct), whole)
    return whole, digits, "spoken"


def _kit_digits(draw: Callable[..., Filled]) -> Callable[[Ctx], Filled]:
    """A kit number slot (SSN, card, last four, ZIP) said over ``_digits`` at v12's rates."""
    return partial(draw, digits_slot=partial(_digits, repair=0.1, dash=0.05, pairs=0.3, filler=0.25))


def _international(ctx: Ctx) -> Filled:
    """A UK mobile (+44 7xxx xxxxxx) or a Mexican number (+52, a two-digit area code, eight digits)."""
    r = ctx.rng
    if r.random() < 0.5:
        cc, nat, sizes = "44", "7" + "".join(str(r.randint(0, 9)) for _ in range(9)), [4, 3, 3]
    else:
        cc = "52"
        nat, sizes = r.choice(["55", "33", "81", "222"]), [2, 4, 4]
        nat += "".join(str(r.randint(0, 9)) for _ in range(10 - len(nat)))
        sizes = [3, 3, 4] if len(nat) == 10 and nat.startswith("222") else sizes
    value = f"+{cc}{nat}"
    if ctx.style == "smart":
        return f"+{cc} {speech_kit.numerals(nat, sizes)}", value, "written"
    if ctx.style == "numerals":
        return f"plus {cc} {speech_kit.numerals(nat, sizes)}", value, "mixed"
    head = r.choice([f"plus {' '.join(UNITS[int(c)] for c in cc)}", f"plus {number_words(int(cc))}"])
    sep = ", " if ctx.punct else " "
    return f"{head}{sep}{_said(ctx, speech_kit.split(nat, sizes))}", value, "spoken"


def phone(ctx: Ctx) -> Filled:
    """A US number (a third with an exchange or line of hundreds or thousands, "area code" said first now
    and then, a tenth in two tries) or a UK or Mexican one said with "plus"."""
    r = ctx.rng
    if r.random() < 0.16:
        return _international(ctx)
    area = f"{r.randint(2, 9)}{r.randint(0, 8)}{r.randint(0, 9)}"
    exchange = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
    line = f"{r.randint(0, 9999):04d}"
    roll = r.random()
    if roll < 0.22:
        exchange = f"{r.randint(2, 9)}00"
    elif roll < 0.45:
        line = r.choice(
            [f"{r.randint(1, 9)}000", f"{r.randint(11, 99)}00", f"{r.randint(1, 9)}00{r.randint(1, 9)}"]
        )
    digits = area + exchange + line
    lead = "area code " if r.random() < 0.3 else ""
    if ctx.style == "smart":
        return r.choice([f"({area}) {exchange}-{line}", f"{area}-{exchange}-{line}"]), digits, "written"
    if ctx.style == "numerals":
        return f"{lead}{area} {exchange} {line}", digits, "written"
    groups = [area, exchange, line]
    whole = _said(ctx, groups)
    if lead:
        glue = ", then " if ctx.punct else " then "
        whole = lead + VOICE.say_group(area, r) + glue + _said(ctx, groups[1:])
    if r.random() < 0.14:
        whole = _two_tries(ctx, say_groups(groups[: r.randint(1, 2)], r, ctx.punct), whole)
    return whole, digits, "spoken"


def _letter(c: str, ctx: Ctx) -> str:
    """A letter: as itself, or spelled ad hoc with a word ("m like mango", "s for sugar")."""
    r = ctx.rng
    shown = c.lower() if ctx.lower else c
    roll = r.random()
    if roll < 0.2:
        return f"{shown} like {words.SPELL_WORDS[c]}"
    if roll < 0.35:
        return f"{shown} for {words.SPELL_WORDS[c]}"
    return shown


def member_id(ctx: Ctx) -> Filled:
    """A member or policy ID: 0-2 letters, 7-9 digits (a group of hundreds or thousands a third of the
    time), and two in five a check letter at the end; an eighth are Medicare IDs."""
    r = ctx.rng
    if r.random() < 0.12:
        return slot_kit.mbi(ctx, words.MBI_LETTERS, lambda s, c: " ".join(_letter(x, c) for x in s), VOICE)
    prefix = "".join(r.choice(words.ID_LETTERS) for _ in range(r.choice([0, 1, 2, 2])))
    sizes = r.choice([[3, 4], [4, 4], [3, 3, 3], [2, 3, 3]])
    groups = ["".join(str(r.randint(0, 9)) for _ in range(k)) for k in sizes]
    groups[0] = str(r.randint(1, 9)) + groups[0][1:]
    if r.random() < 0.35:
        k = r.randrange(len(groups))
        g = groups[k]
        groups[k] = (
            f"{r.randint(1, 9)}00" if len(g) == 3 else (f"{r.randint(11, 99)}00" if len(g) == 4 else g)
        )
    body = "".join(groups)
    check = r.choice(words.ID_LETTERS) if r.random() < 0.4 else ""
    value = prefix + body + check
    if ctx.style == "smart":
        return f"{prefix}{'-' if prefix and r.random() < 0.5 else ''}{body}{check}", value, "written"
    if ctx.style == "numerals":
        parts = [*prefix.lower(), speech_kit.numerals(body, sizes), *check.lower()]
        return " ".join(parts), value, "mixed" if prefix or check else "written"
    sep = ", " if ctx.punct else " "
    head = " ".join(_letter(c, ctx) for c in prefix)
    tail = sep + _letter(check, ctx) if check else ""
    whole = (head + sep if head else "") + _said(ctx, groups) + tail
    if r.random() < 0.15:
        whole = _two_tries(ctx, (head + sep if head else "") + say_groups(groups[:1], r, ctx.punct), whole)
    return _plain(whole, ctx), value, "spoken"


def _birth_said(d: date, ctx: Ctx) -> str:
    """A birth date said: the kit's six ways, or v12's two (the day first as a cardinal, the international
    way: "three march eighty two"; the day as a cardinal after the month: "march three, ninety")."""
    r = ctx.rng
    sep = ", " if ctx.punct else " "
    yr = slot_kit.birth_year(d.year, r, r.random() < 0.45)
    month = MONTHS[d.month - 1]
    way = r.randrange(9)
    if way < 6:
        return slot_kit.dob_said(way, d, r, sep, yr, digit)
    if way < 8:
        return f"{number_words(d.day)} {month}{sep}{yr}"
    return f"{month} {number_words(d.day)}{sep}{yr}"


def dob(ctx: Ctx) -> Filled:
    """A birth date (1936-2006), said (raw, punct) or as a recognizer writes it (day first a fifth of the
    numerals transcripts: "3 march 1982")."""
    r = ctx.rng
    d = date(r.randint(1936, 2006), r.randint(1, 12), r.randint(1, 28))
    if ctx.words:
        return ctx.case(_birth_said(d, ctx)), d.isoformat(), "spoken"
    if ctx.style == "numerals" and r.random() < 0.3:
        return f"{d.day} {MONTHS[d.month - 1].lower()} {d.year}", d.isoformat(), "written"
    return slot_kit.dob_written(d, ctx)


def _person(ctx: Ctx) -> tuple[str, str, str, str]:
    """(given as written, family as written, given, family): a Vietnamese given name of two words two times
    in five, the recognizer's phonetic spelling of a name it does not know now and then."""
    r = ctx.rng
    s = words.draw(words.SURNAMES, r)
    f = words.draw(words.FIRST_NAMES, r, s[1] if r.random() < 0.8 else "")
    given, given_shown = f[0], slot_kit.shown_name(f, r)
    if f[1] == "vi" and r.random() < 0.4:
        other = r.choice([n for n in words.VI_GIVEN if n != f[0]])
        given, given_shown = f"{given} {other}", f"{given_shown} {other}"
    ctx.first, ctx.surname = given, s[0]
    return given_shown, slot_kit.shown_name(s, r), given, s[0]


def full_name(ctx: Ctx) -> Filled:
    """Given then family name."""
    g_shown, f_shown, g, f = _person(ctx)
    return ctx.case(f"{g_shown} {f_shown}"), f"{g} {f}", "plain"


def given_name(ctx: Ctx) -> Filled:
    g_shown, _, g, _ = _person(ctx)
    return ctx.case(g_shown), g, "plain"


def family_name(ctx: Ctx) -> Filled:
    _, f_shown, _, f = _person(ctx)
    return ctx.case(f_shown), f, "plain"


def nickname(ctx: Ctx) -> Filled:
    """A nickname, then the formal given name: "Bolek, Boleslaw actually" (one span, the formal name its value)."""
    r = ctx.rng
    nick, formal = r.choice(sorted(words.NICKNAMES.items()))
    ctx.first = formal
    said = r.choice(
        [f"{nick}, {formal} actually", f"{nick}, well, {formal} on paper", f"{nick}, I mean {formal}"]
    )
    return ctx.case(_plain(said, ctx)), formal, "plain"


def spelled(ctx: Ctx) -> Filled:
    """The surname named before (or a new one), letter by letter, letters now and then spelled ad hoc
    ("k like kettle", "z for zipper"), a doubled letter said "double"."""
    r = ctx.rng
    target = ctx.surname or _person(ctx)[3]
    out: list[str] = []
    i = 0
    while i < len(target):
        c = target[i].upper()
        if i + 1 < len(target) and target[i + 1].upper() == c and r.random() < 0.6:
            out.append(f"double {c.lower() if ctx.lower else c}")
            i += 2
            continue
        out.append(_letter(c, ctx))
        i += 1
    joiner = r.choice([" ", ", ", "-"]) if ctx.punct else " "
    return joiner.join(out), target, "spelled"


EMAIL_SIGNS = {".": " dot ", "-": " dash ", "_": " underscore ", "@": " at "}
SHORT_LABELS = frozenset({"co", "uk", "pl", "gr", "mx", "ca", "ac", "wp", "ucl", "net", "edu"})


def email(ctx: Ctx) -> Filled:
    """An address from the caller's name: "dash" or "underscore" between the parts, a number now and then,
    a national, ".co.uk" or university-subdomain domain; short labels now and then spelled ("w p dot p l")."""
    r = ctx.rng
    first = re.sub(r"[^a-z\-]", "", (ctx.first or words.draw(words.FIRST_NAMES, r)[0]).lower().split()[0])
    last = re.sub(r"[^a-z]", "", (ctx.surname or words.draw(words.SURNAMES, r)[0]).lower())
    sign = r.choice(["-", "_", ".", "-", "_"])
    local = r.choice([f"{first}{sign}{last}", f"{first[0]}{sign}{last}", f"{last}{sign}{first}"])
    if r.random() < 0.45:
        local += str(r.choice([r.randint(1, 99), r.randint(1960, 2005)]))
    value = f"{local}@{r.choice(words.DOMAINS)}"
    if ctx.style == "smart":
        return value, value, "written"
    out = []
    for piece in re.split(r"([.\-_@])", value):
        if piece in EMAIL_SIGNS:
            out.append(EMAIL_SIGNS[piece].strip())
        elif piece.isdigit():
            out.append(piece if ctx.style == "numerals" else " ".join(digit(c, r, 0.0) for c in piece))
        elif piece in SHORT_LABELS and r.random() < 0.4:
            out.append(" ".join(piece))
        else:
            out.append(piece)
    form = "mixed" if ctx.style == "numerals" and any(c.isdigit() for c in value) else "spoken"
    return " ".join(o for o in out if o), value, form


def _block(n: int, r: random.Random) -> str:
    """A Queens block number said the way New Yorkers do ("one twelve", "two oh four")."""
    s = str(n)
    if len(s) == 3 and s[1] != "0":
        return f"{UNITS[int(s[0])]} {number_words(int(s[1:]))}"
    return speech_kit.house_number_words(n, r)


def _lot(n: int) -> str:
    return f"oh {UNITS[n]}" if n < 10 else number_words(n)


def _hyphenated(ctx: Ctx, queens: bool) -> Filled:
    """A hyphenated house number: Queens ("112-34 75th Ave") or Oahu ("95-1042 Kuahelani Ave")."""
    r = ctx.rng
    if queens:
        head, tail = r.randint(100, 269), r.randint(1, 99)
        tail_s, street_n = f"{tail:02d}", r.randint(20, 99)
        street = speech_kit.ordinal_numeral(street_n)
        said_street = speech_kit.ordinal_words(street_n) if ctx.words else street
        suffix_name = r.choice(["Street", "Avenue", "Road", "Drive", "Place"])
    else:
        head, tail = r.randint(91, 99), r.randint(100, 1299)
        tail_s = str(tail)
        street = said_street = r.choice(words.HAWAIIAN_STREETS)
        suffix_name = r.choice(["Street", "Place", "Way", "Avenue", "Loop", "Road"])
    abbr = words.SUFFIX_ABBR[suffix_name]
    value = f"{head}-{tail_s} {street} {abbr}"
    if ctx.style == "smart":
        return f"{head}-{tail_s} {street} {r.choice([abbr, suffix_name])}", value, "written"
    if not ctx.words:
        return f"{head}-{tail_s} {said_street} {suffix_name}".lower(), value, "written"
    said_tail = _lot(tail) if queens else speech_kit.house_number_words(tail, r)
    return ctx.case(f"{_block(head, r)} dash {said_tail} {said_street} {suffix_name}"), value, "spoken"


def _house(n: int, r: random.Random) -> str:
    """A house number said; five digits with a 0 second said digit by digit (the kit's pairs would misread)."""
    s = str(n)
    if len(s) == 5 and s[1] == "0":
        return " ".join("oh" if c == "0" else UNITS[int(c)] for c in s)
    return speech_kit.house_number_words(n, r)


def street_address(ctx: Ctx) -> Filled:
    """A Queens (a fifth) or Oahu (a sixth) hyphenated address, else the kit's street address over v12's words."""
    roll = ctx.rng.random()
    if roll < 0.2:
        return _hyphenated(ctx, queens=True)
    if roll < 0.36:
        return _hyphenated(ctx, queens=False)
    return slot_kit.address(ctx, words, _house)


def box(ctx: Ctx) -> Filled:
    """A highway contract route box (USPS Pub. 28: "HC 3 Box 117"), or the kit's PO box, rural route or
    highway address."""
    r = ctx.rng
    if r.random() < 0.45:
        return slot_kit.box_address(words.HIGHWAYS)(ctx)
    route, number = r.randint(1, 9), r.randint(1, 999)
    value = f"HC {route} Box {number}"
    if ctx.style == "smart":
        return r.choice([value, f"HC {route}, Box {number}"]), value, "written"
    head = r.choice(["h c", "hc", "highway contract", "highway contract route"])
    if not ctx.words:
        return f"{head} {route} box {number}", value, "written"
    sep = ", " if ctx.punct else " "
    return (
        ctx.case(f"{head} {UNITS[route]}{sep}box {speech_kit.house_number_words(number, r)}"),
        value,
        "spoken",
    )


SLOTS: dict[str, tuple[str, Callable[[Ctx], Filled]]] = {
    "NAME": ("PERSON", full_name),
    "FIRST": ("PERSON", given_name),
    "SURNAME": ("PERSON", family_name),
    "NICK": ("PERSON", nickname),
    "SPELL": ("PERSON", spelled),
    "PHONE": ("PHONE_NUMBER", phone),
    "SSN": ("US_SSN", _kit_digits(slot_kit.ssn)),
    "CARD": ("CREDIT_CARD", _kit_digits(slot_kit.card)),
    "LAST4": ("LAST_FOUR", _kit_digits(slot_kit.last_four)),
    "ZIP": ("ZIP_CODE", _kit_digits(slot_kit.zip_code)),
    "MEMBER": ("ACCOUNT_ID", member_id),
    "DOB": ("DATE_OF_BIRTH", dob),
    "EMAIL": ("EMAIL_ADDRESS", email),
    "ADDR": ("STREET_ADDRESS", street_address),
    "BOX": ("STREET_ADDRESS", box),
}
SLOT_TYPES, fill = slot_kit.slot_table(SLOTS)
PLAIN = slot_kit.plain_city(words.PLACES)
