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

from collections.abc import Callable, Mapping

from bench.pii_corpus.v2 import number_slots as num
from bench.pii_corpus.v2 import person_slots as per
from bench.pii_corpus.v2 import spoken
from bench.pii_corpus.v2.context import Ctx, Slot


class SlotError(ValueError):
    """A template names a slot this module cannot fill."""


NUMBER_SLOTS = {"SSN", "CARD", "PHONE", "ZIP", "LAST4", "ACCOUNT"}
DIGIT_WORDS = set(spoken.UNITS) | set(spoken.TEENS) | set(spoken.TENS[2:]) | {"oh", "double", "triple"}


def fill(slot: str, ctx: Ctx) -> Slot:
    return fill_from(SLOTS, slot, ctx)


def fill_from(slots: Mapping[str, Callable[[Ctx], Slot]], slot: str, ctx: Ctx) -> Slot:
    """The value ``slots`` renders for ``slot``, a number's form read from its text (``number_form``); v2's
    and v3's fill (issue 18: v3 had a copy). A slot not in ``slots`` is a ``SlotError``."""
    fn = slots.get(slot)
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


SLOTS: dict[str, Callable[[Ctx], Slot]] = {
    "NAME": per.name, "FIRST": per.first, "LAST": per.last, "SPELLED_LAST": per.spelled_last, "SSN": num.ssn,
    "CARD": num.card, "PHONE": num.phone, "ZIP": num.zip, "LAST4": num.last4, "ACCOUNT": num.account,
    "EMAIL": per.email, "DOB": per.dob, "ADDRESS": per.address,
}  # fmt: skip
SLOT_TYPES = {"NAME": "PERSON", "FIRST": "PERSON", "LAST": "PERSON", "SPELLED_LAST": "PERSON", "SSN": "US_SSN",
              "CARD": "CREDIT_CARD", "PHONE": "PHONE_NUMBER", "ZIP": "ZIP_CODE", "LAST4": "LAST_FOUR",
              "ACCOUNT": "ACCOUNT_ID", "EMAIL": "EMAIL_ADDRESS", "DOB": "DATE_OF_BIRTH",
              "ADDRESS": "STREET_ADDRESS"}  # fmt: skip
