"""One value, one token: the canonical form a placeholder token is computed from.

A member ID said "K as in king, seven seven, double eight" in the call, written "k-7788" in a tool's
arguments and "K7788" in a dead letter is one value. The token is a keyed hash of the canonical form
only, not of the kind the recognizer guessed, so a number read as a phone in one place and as an
account in another still gets one token; the kind stays visible in the placeholder's label.

- identifiers (digits, letters, separators): lower case, letters and digits only;
- phone numbers: digits only, a leading US country code dropped ("+1 718 ..." = "718 ...");
- e-mail addresses: lower case, no spaces;
- names and street addresses: lower case, words single-spaced, USPS suffixes and unit designators
  abbreviated ("12 Oak Street Apartment 4" = "12 oak st apt 4").
"""

from __future__ import annotations

import re

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_NOT_DIGIT = re.compile(r"\D+")
_WORD_SPLIT = re.compile(r"[^0-9a-z#]+")

PHONE_KINDS = frozenset({"PHONE_NUMBER", "CALLER", "CALLED"})
TEXT_KINDS = frozenset({"PERSON", "STREET_ADDRESS"})


def canonical(kind: str, value: str) -> str:
    low = value.strip().lower()
    if kind == "EMAIL_ADDRESS":
        return "".join(low.split())
    if kind in PHONE_KINDS:
        digits = _NOT_DIGIT.sub("", low)
        if not digits:
            return low  # "client:alice", a SIP name: kept as it is
        return digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
    if kind in TEXT_KINDS:
        from stream.redaction.street import abbreviation

        words = [w for w in _WORD_SPLIT.split(low) if w]
        return " ".join(abbreviation(w) for w in words) if kind == "STREET_ADDRESS" else " ".join(words)
    alnum = _NOT_ALNUM.sub("", low)
    return alnum or low
