"""Slot parsers for what callers say: phone numbers, dates of birth, card digits, member IDs,
spelled names, preferred days, slot times, yes/no, medications, doctors.

Each returns ``None`` when the slot is not in the utterance, so a policy can look for every slot in
every turn: callers answer a question that was never asked, or two at once.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from agent.backend.data import CONTROLLED, MEDICATIONS
from agent.policy.rules.numbers import all_digits, digit_groups, tokens
from ingest.lexicon import calendar
from ingest.lexicon.numbers import ONES, ordinal

MONTHS = tuple(month.lower() for month in calendar.MONTHS)
WEEKDAYS = tuple(day.lower() for day in calendar.WEEKDAYS)
ORDINALS = {ordinal(n): n for n in range(1, 32)}  # "third" -> 3, "twenty first" -> 21


_NOT_DIGITS = re.compile(r"\blast (four|4)\b|\b(the|that|this) one\b|\bone moment\b", re.IGNORECASE)


def _digits(text: str) -> str:
    """Every digit said, leaving out words that only sound like numbers here ("the last four")."""
    return all_digits(_NOT_DIGITS.sub(" ", text))


def phone(text: str) -> str | None:
    """A 10-digit national number (a leading country code 1 is dropped)."""
    digits = _digits(text)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits if len(digits) == 10 else None


def exact_digits(text: str, n: int) -> str | None:
    """``n`` digits said or keyed, e.g. the card's last four or a one-time code."""
    digits = _digits(text)
    return digits if len(digits) == n else None


def _year(words: list[str], today: date) -> int | None:
    if "thousand" in words:
        rest = words[words.index("thousand") + 1 :]
        return 2000 + (ONES.get(rest[0], 0) if rest else 0)
    if "hundred" in words:
        head = digit_groups(" ".join(words[: words.index("hundred")]))
        return int(head[-1]) * 100 if head else None
    digits = all_digits(" ".join(words))
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:
        yy = int(digits)
        return 1900 + yy if yy > today.year % 100 else 2000 + yy
    return None


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    try:
        return date(year, month, day) if year else None
    except ValueError:
        return None


def dob(text: str, today: date) -> date | None:
    """``March third nineteen eighty two``, ``March 3rd, 1982``, ``3/3/1982``,
    ``oh three, oh three, eighty two``."""
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b", text)
    if m:
        return _safe_date(_year([m.group(3)], today), int(m.group(1)), int(m.group(2)))
    words = tokens(text)
    for i, w in enumerate(words):
        if w in MONTHS:
            rest = words[i + 1 :]
            day, used = None, 0
            if len(rest) >= 2 and f"{rest[0]} {rest[1]}" in ORDINALS:
                day, used = ORDINALS[f"{rest[0]} {rest[1]}"], 2
            elif rest and rest[0] in ORDINALS:
                day, used = ORDINALS[rest[0]], 1
            elif rest and rest[0].isdigit():
                day, used = int(rest[0]), 2 if len(rest) > 1 and rest[1] in ("st", "nd", "rd", "th") else 1
            if day is not None:
                return _safe_date(_year(rest[used:], today), MONTHS.index(w) + 1, day)
    digits = all_digits(text)
    if len(digits) == 5:  # "oh three, oh eight, three": a year 2000-2009 said as one digit
        return _safe_date(2000 + int(digits[4]), int(digits[:2]), int(digits[2:4]))
    if len(digits) in (6, 8):
        return _safe_date(_year([digits[4:]], today), int(digits[:2]), int(digits[2:4]))
    return None


def member_id(text: str) -> str | None:
    """``M as in Mary, 4 4 7, 1 9 0 2`` or ``M4471902`` -> ``M4471902``."""
    m = re.search(r"\b([A-Z])\s?(\d{7})\b", text)
    if m:
        return m.group(1) + m.group(2)
    m = re.search(r"\b([A-Z])\b(?: as in [A-Za-z]+)?\s*,", text)
    if m:
        digits = all_digits(text[m.end() :])
        if len(digits) == 7:
            return m.group(1) + digits
    return None


_SPELLED_DASH = re.compile(r"\b[A-Z](?:-[A-Z]){1,}\b")
_SPELLED_COMMA = re.compile(r"\b[A-Z](?: as in [A-Z][a-z]+)?(?:,\s*[A-Z]\b){1,}")
_NOT_NAMES = frozenset(
    {
        "it's",
        "its",
        "my",
        "name",
        "is",
        "this",
        "i",
        "i'm",
        "oh",
        "uh",
        "um",
        "well",
        "now",
        "sure",
        "yes",
        "yeah",
        "okay",
        "of",
        "course",
        "let",
        "me",
        "see",
        "ugh",
        "seriously",
        "again",
        "come",
        "on",
        "thanks",
        "hi",
        "hello",
        "the",
        "and",
        "as",
        "in",
        "please",
    }
)


def spelled(text: str) -> str | None:
    """``G-A-R-C-I-A`` or ``G as in George, A, R, C, I, A`` -> ``Garcia``."""
    m = _SPELLED_DASH.search(text) or _SPELLED_COMMA.search(text)
    if not m:
        return None
    letters = re.sub(r" as in [A-Z][a-z]+", "", m.group(0))
    word = "".join(re.findall(r"[A-Z]", letters))
    return word.capitalize() if len(word) >= 2 else None


def full_name(text: str) -> tuple[str, str] | None:
    """First and last name; a spelled last name wins over the one heard."""
    spelled_last = spelled(text)
    head = text
    for pattern in (_SPELLED_DASH, _SPELLED_COMMA):
        head = pattern.sub(" ", head)
    words = [w for w in re.findall(r"[A-Z][a-z'-]+", head) if w.lower() not in _NOT_NAMES]
    if spelled_last:
        for i, w in enumerate(words):
            if w.lower() == spelled_last.lower() and i > 0:
                return words[i - 1], spelled_last
        return (words[0], spelled_last) if words else None
    return (words[0], words[1]) if len(words) >= 2 else None


def preferred_day(text: str, today: date) -> tuple[date, str] | None:
    """``next Tuesday morning`` -> (the Tuesday of next week, "am")."""
    low = text.lower()
    part = "pm" if re.search(r"\b(afternoon|evening|pm|p\.m\.)\b", low) else "am"
    if "tomorrow" in low:
        return today + timedelta(days=1), part
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", low):
            ahead = (i - today.weekday()) % 7
            if re.search(rf"\bnext {name}\b", low):
                ahead += 7
            return today + timedelta(days=ahead or 7), part
    return None


def slot_time(text: str, choices: list[str]) -> str | None:
    """``9:15 works for me`` -> ``9:15 AM`` when that time is among ``choices``."""
    for m in re.finditer(r"\b(\d{1,2}):(\d{2})\s*([ap])?\.?m?\b", text.lower()):
        said = f"{int(m.group(1))}:{m.group(2)}"
        for choice in choices:
            if choice.startswith(said + " ") and (
                not m.group(3) or choice.lower().endswith(m.group(3) + "m")
            ):
                return choice
    return None


_YES = re.compile(
    r"\b(yes|yeah|yep|yup|sure|correct|please do|go ahead|sounds good|that's (the one|fine|right|correct))\b"
)
_NO = re.compile(r"\b(no|nope|don't|do not|not now|dispute)\b")


def yes_no(text: str) -> bool | None:
    low = text.lower()
    if _NO.search(low):
        return False
    if _YES.search(low):
        return True
    return None


def medication(text: str) -> str | None:
    low = text.lower()
    for drug in (*MEDICATIONS, *CONTROLLED):
        if re.search(rf"\b{drug}\b", low):
            return drug
    return None


def doctor(text: str) -> str | None:
    m = re.search(r"\bDr\.?\s+([A-Z][a-z]+)", text)
    return f"Dr. {m.group(1)}" if m else None
