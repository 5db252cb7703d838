"""Masking for what leaves the agent outside the redacted event stream (handoff data, admin views),
and the tool-argument summary of ``tool.called`` events.

Handoff data and admin views keep at most a value's last four digits (``***0198``): they go to
people and systems the pipeline's redactor never sees. The ``tool.called`` summary goes to the event
stream, so an identifier the caller also says is passed whole there and the redactor gives it the
same token as the spoken value (see ``args_summary``); secrets are left out whole.
"""

from __future__ import annotations

import re

_LONG_DIGITS = re.compile(r"(?<![A-Za-z0-9])\d[\d\s-]{5,}\d(?![A-Za-z0-9])")


def last4(value: str) -> str:
    """``4155550198`` -> ``***0198``; short values are masked whole."""
    digits = re.sub(r"\D", "", value)
    return "***" + digits[-4:] if len(digits) >= 4 else "***"


def member(value: str) -> str:
    """``M4471902`` -> ``M***902``: the letter and last three, as on a printed card."""
    return f"{value[:1]}***{value[-3:]}" if len(value) > 4 else "***"


def scrub(text: str) -> str:
    """Replace any free-standing run of 7+ digits (spaces or dashes between) by its masked last four;
    identifiers such as call SIDs, where digits sit inside letters, are left alone."""
    return _LONG_DIGITS.sub(lambda m: last4(m.group(0)), text)


SECRET_ARGS = frozenset({"dob", "card_last4", "card_number", "ssn", "otp", "code"})
# identifiers the caller also says: passed whole, so the event stream's redactor gives the argument the
# same token as the spoken value (issue 15: "K***<ACCOUNT_ID:…>" was two tokens and a letter in clear)
CLEAR_ARGS = frozenset({"phone", "ani", "member_id"})


def args_summary(args: dict[str, object]) -> str:
    """``phone=+14155550198, dob=***``: what a tool was called with, for the ``tool.called`` event.

    Secrets (card, SSN, date of birth, one-time codes) are left out whole (``***``, no character of the
    value); identifiers the caller also says (phone, member ID) are passed whole for the pipeline's
    redactor to tokenize, never half-masked; other values have long digit runs scrubbed. The summary
    goes only to the event stream, which is redacted before anything stores or shows it.
    """
    parts = []
    for key in sorted(args):
        if key in ("idempotency_key", "customer_id"):
            continue
        value = str(args[key])
        if key in SECRET_ARGS:
            shown = "***"
        elif key in CLEAR_ARGS:
            shown = value
        else:
            shown = scrub(value)
        parts.append(f"{key}={shown}")
    return ", ".join(parts)[:2000]
