"""Masking for anything a tool says about its arguments or results: events, logs, handoff data.

Full card numbers, SSNs, dates of birth and phone numbers never leave a tool call in clear: a
value keeps at most its last four digits (``***0198``), a date of birth none (``***``).
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
PHONE_ARGS = frozenset({"phone", "ani"})


def args_summary(args: dict[str, object]) -> str:
    """``phone=***0198, dob=***``: what a tool was called with, safe for events and logs."""
    parts = []
    for key in sorted(args):
        if key in ("idempotency_key", "customer_id"):
            continue
        value = str(args[key])
        if key == "card_last4":
            shown = "***" + value[-4:] if len(value) == 4 else "***"
        elif key in SECRET_ARGS:
            shown = "***"
        elif key in PHONE_ARGS:
            shown = last4(value)
        elif key == "member_id":
            shown = member(value)
        else:
            shown = scrub(value)
        parts.append(f"{key}={shown}")
    return ", ".join(parts)[:2000]
