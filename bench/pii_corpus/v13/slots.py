"""The v13 PII renderers: ``fill(slot, ctx) -> (text, value, form)`` over ``slot_kit`` and v13's words and speech.

What v13 adds: the caller correcting the agent's read-back inside the value ("... four one, no, the last two
are four one, not one four"; "d as in dog, not b" after an ID's or a spelled name's letter), digits in pairs
and triples ("twenty three forty five", "one twenty three") and "niner"; IDs shaped like a state driver's
license (one letter, seven or eight digits) beside Medicare IDs; e-mails said with "at sign" or "at symbol";
a smart-formatted transcript's capitals and punctuation as the recognizer writes them. The extension after a
phone number, the expiry and security code after a card and the honorific before a name are outside the
values (see ``distractors`` and ``templates``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import partial

from bench.pii_corpus import slot_kit, speech_kit
from bench.pii_corpus.render_kit import Ctx
from bench.pii_corpus.slot_kit import Filled
from bench.pii_corpus.v13 import words
from bench.pii_corpus.v13.speech import VOICE, correction, digit, say_groups

STYLES = ("raw", "punct", "numerals", "smart")
UNPUNCT = re.compile(r"[,?!;.]")
FIX_RATE = 0.15


def _plain(text: str, ctx: Ctx) -> str:
    """Punctuation off in raw and numerals transcripts (the recognizer writes none there)."""
    return text if ctx.punct else re.sub(r" +", " ", UNPUNCT.sub("", text))


def _digits(ctx: Ctx, digits: str, sizes: list[int], smart: Callable[[str], str], **rates: float) -> Filled:
    """A digit string: said in v13's groups (pairs, triples, "niner"), the read-back of its last two digits
    corrected now and then; numerals and smart by the kit."""
    r = ctx.rng
    if not ctx.words:
        return slot_kit.spoken_digits(ctx, digits, sizes, smart, VOICE, **rates)
    said = say_groups(speech_kit.split(digits, sizes), r, ctx.punct)
    if r.random() < FIX_RATE:
        said += correction(digits, r, ctx.punct)
    return _plain(said, ctx), digits, "spoken"


def _kit_digits(draw: Callable[..., Filled]) -> Callable[[Ctx], Filled]:
    """A kit number slot (phone, SSN, card, last four, ZIP) said over ``_digits``."""
    return partial(draw, digits_slot=partial(_digits, repair=0.08, dash=0.05, pairs=0.4, filler=0.15))


def phone(ctx: Ctx) -> Filled:
    return slot_kit.phone(ctx, partial(_digits, repair=0.08, dash=0.05, pairs=0.4, filler=0.15))


def _fixed_letter(c: str, ctx: Ctx) -> str:
    """A letter and the caller's correction of the agent's read-back: "b as in boy, not d"."""
    shown = c.lower() if ctx.lower else c
    wrong = words.CONFUSED[c]
    wrong = wrong.lower() if ctx.lower else wrong
    return _plain(f"{shown} as in {words.CORRECT_WORDS[c]}, not {wrong}", ctx)


def _letters(prefix: str, ctx: Ctx) -> str:
    return " ".join(c.lower() if ctx.lower else c for c in prefix)


def member_id(ctx: Ctx) -> Filled:
    """A member ID: a Medicare ID a sixth of the time, a driver's-license-shaped ID (one letter, seven or
    eight digits) a third, else one or two letters and eight or nine digits; said with the first letter
    corrected ("no, d as in dog, not b") or the last two digits corrected now and then."""
    r = ctx.rng
    roll = r.random()
    if roll < 0.16:
        return slot_kit.mbi(ctx, words.MBI_LETTERS, _letters, VOICE)
    if roll < 0.5:
        prefix, n = r.choice(words.ID_LETTERS), r.choice([7, 8])
    else:
        prefix, n = "".join(r.choice(words.ID_LETTERS) for _ in range(r.choice([1, 2]))), r.choice([8, 9])
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    sizes = {7: [3, 4], 8: [4, 4], 9: [3, 3, 3]}[n]
    value = prefix + body
    if ctx.style == "smart":
        return f"{prefix}{r.choice(['', '-', ' '])}{body}", value, "written"
    if ctx.style == "numerals":
        return f"{_letters(prefix, ctx)} {speech_kit.numerals(body, sizes)}", value, "mixed"
    sep = ", " if ctx.punct else " "
    fix = r.random()
    if fix < 0.3:
        head = _fixed_letter(prefix[0], ctx) + ("" if len(prefix) == 1 else " " + _letters(prefix[1:], ctx))
    else:
        head = _letters(prefix, ctx)
    said = head + sep + say_groups(speech_kit.split(body, sizes), r, ctx.punct)
    if 0.3 <= fix < 0.45:
        said += correction(body, r, ctx.punct)
    return _plain(said, ctx), value, "spoken"


def dob(ctx: Ctx) -> Filled:
    """A birth date (1931-2007), said in the kit's six ways (with v13's digit words) or written."""
    r = ctx.rng
    d = date(r.randint(1931, 2007), r.randint(1, 12), r.randint(1, 28))
    if ctx.words:
        sep = ", " if ctx.punct else " "
        yr = slot_kit.birth_year(d.year, r, r.random() < 0.4)
        return ctx.case(slot_kit.dob_said(r.randrange(6), d, r, sep, yr, digit)), d.isoformat(), "spoken"
    return slot_kit.dob_written(d, ctx)


def _person(ctx: Ctx) -> tuple[str, str]:
    r = ctx.rng
    s = words.draw(words.SURNAMES, r)
    f = words.draw(words.FIRST_NAMES, r, s[1] if r.random() < 0.75 else "")
    ctx.first, ctx.surname = f[0], s[0]
    return f[0], s[0]


def spelled(ctx: Ctx) -> Filled:
    """The surname named before (or a new one) letter by letter, "double" for a doubled letter, and now and
    then one letter the agent read back wrong corrected in place ("g as in goat, not j")."""
    r = ctx.rng
    target = ctx.surname or _person(ctx)[1]
    out = slot_kit.spelled_letters(target, ctx, {}, 0.0)
    singles = [k for k, w in enumerate(out) if len(w) == 1 and w.upper() in words.CONFUSED]
    if singles and r.random() < 0.45:
        k = r.choice(singles)
        out[k] = _fixed_letter(out[k].upper(), ctx)
        return ", ".join(out) if ctx.punct else " ".join(out), target, "spelled"
    return slot_kit.spelled_joiner(out, ctx).join(out), target, "spelled"


def email(ctx: Ctx) -> Filled:
    """The kit's e-mail over v13's words, "at" said "at sign" or "at symbol" two times in five."""
    r = ctx.rng
    said, value, form = slot_kit.email(ctx, words, digit)
    if form != "written" and r.random() < 0.4:
        said = said.replace(" at ", f" at {r.choice(['sign', 'symbol'])} ", 1)
    return said, value, form


_HOUSE = partial(slot_kit.address, words=words, house_words=speech_kit.house_number_words)
# each PII type and the slots that say it (the kit's person slots over v13's draw)
BY_TYPE: dict[str, dict[str, Callable[[Ctx], Filled]]] = {
    "PERSON": {**slot_kit.person_slots(_person), "SPELL": spelled},
    "PHONE_NUMBER": {"PHONE": phone},
    "US_SSN": {"SSN": _kit_digits(slot_kit.ssn)},
    "CREDIT_CARD": {"CARD": _kit_digits(slot_kit.card)},
    "LAST_FOUR": {"LAST4": _kit_digits(slot_kit.last_four)},
    "ZIP_CODE": {"ZIP": _kit_digits(slot_kit.zip_code)},
    "ACCOUNT_ID": {"MEMBER": member_id},
    "DATE_OF_BIRTH": {"DOB": dob},
    "EMAIL_ADDRESS": {"EMAIL": email},
    "STREET_ADDRESS": {"ADDR": _HOUSE, "BOX": slot_kit.box_address(words.HIGHWAYS)},
}
RENDERERS = {slot: say for slots in BY_TYPE.values() for slot, say in slots.items()}
SLOT_TYPES = {slot: kind for kind, slots in BY_TYPE.items() for slot in slots}
PLAIN: dict[str, Callable[[Ctx], str]] = {"CITY": partial(slot_kit.city, places=words.PLACES)}


def fill(slot: str, ctx: Ctx) -> Filled:
    """The slot's value as said in the utterance's style: (text, canonical value, entity form)."""
    return RENDERERS[slot](ctx)


__all__ = ["BY_TYPE", "PLAIN", "RENDERERS", "SLOT_TYPES", "STYLES", "fill"]
