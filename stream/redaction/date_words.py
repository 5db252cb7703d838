"""Days said around a date of birth: a weekday ("a Sunday, April ninth, fifty two"; "March third,
friday, ninety eight") and a fixed-date US holiday ("the day after Christmas, nineteen sixty four",
"halloween fifty three").

Callers who remember a birth by its weekday or its holiday say the weekday next to the date, or the
holiday instead of the month and day. A weekday is part of a date of birth it stands next to (the
date finder allows it between the day and the year, and takes "(a) Sunday," before it); a holiday is
a month and day of its own, read as one ("the day after"/"the day before" moves it by one), and a date
of birth when a year follows it (a year said in full, or a birth word before it). Holidays whose day
moves each year (Thanksgiving, Easter, Memorial Day) name no date and stay. A day's name is never a
person's ("see you on Christmas"): a name finding that is only such words is dropped.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stream.redaction.spoken import Token

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

# fixed-date US holidays and observances (federal: New Year's Day, Juneteenth, Independence Day,
# Veterans Day, Christmas Day; and the fixed observances callers date things by)
_HOLIDAYS: dict[tuple[str, ...], tuple[int, int]] = {
    ("new", "year's", "day"): (1, 1), ("new", "years", "day"): (1, 1), ("new", "year's"): (1, 1),
    ("new", "year's", "eve"): (12, 31), ("new", "years", "eve"): (12, 31),
    ("valentine's", "day"): (2, 14), ("valentines", "day"): (2, 14), ("valentine's",): (2, 14),
    ("st", "patrick's", "day"): (3, 17), ("saint", "patrick's", "day"): (3, 17),
    ("st", ".", "patrick's", "day"): (3, 17), ("april", "fools", "day"): (4, 1),
    ("april", "fool's", "day"): (4, 1),
    ("juneteenth",): (6, 19), ("independence", "day"): (7, 4), ("halloween",): (10, 31),
    ("veterans", "day"): (11, 11), ("veteran's", "day"): (11, 11), ("christmas", "eve"): (12, 24),
    ("christmas", "day"): (12, 25), ("christmas",): (12, 25), ("xmas",): (12, 25),
}  # fmt: skip
HOLIDAY_FIRSTS = frozenset(words[0] for words in _HOLIDAYS) | {"the", "day"}
# words that name a day and nothing else (not "eve", "day", "new": "Eve" is a given name)
DAY_NAMES = WEEKDAYS | frozenset(
    {"christmas", "xmas", "halloween", "juneteenth", "valentine's", "valentines", "thanksgiving", "easter",
     "hanukkah", "kwanzaa"}
)  # fmt: skip
_SHIFTS = {"after": 1, "before": -1}
_LEAP = 2000  # a leap year, so "the day after February 28" is the 29th


def holiday_at(tokens: list[Token], i: int) -> tuple[int, int, int] | None:
    """(last token index, month, day) of a holiday said at ``i`` ("halloween", "new year's eve", "the day
    after christmas"), or None."""
    shift = 0
    k = i
    if tokens[k].low == "the":
        k += 1
    if k + 1 < len(tokens) and tokens[k].low == "day" and tokens[k + 1].low in _SHIFTS:
        shift = _SHIFTS[tokens[k + 1].low]
        k += 2
    elif k != i:
        return None  # "the" opens only "the day after/before ..."
    if k >= len(tokens) or tokens[k].low not in HOLIDAY_FIRSTS:
        return None
    for n in (4, 3, 2, 1):  # the longest name first: "christmas eve" before "christmas"
        words = tuple(t.low for t in tokens[k : k + n])
        if words in _HOLIDAYS:
            month, day = _HOLIDAYS[words]
            moved = date(_LEAP, month, day) + timedelta(days=shift)
            return k + n - 1, moved.month, moved.day
    return None


def weekday_before(tokens: list[Token], i: int) -> int:
    """The first index of "(a) Sunday(,)" said right before index ``i``, or ``i`` when there is none."""
    k = i - 1
    if k >= 0 and tokens[k].low == ",":
        k -= 1
    if k < 0 or tokens[k].low not in WEEKDAYS:
        return i
    if k >= 1 and tokens[k - 1].low == "a":
        k -= 1
    return k


__all__ = ["DAY_NAMES", "HOLIDAY_FIRSTS", "WEEKDAYS", "holiday_at", "weekday_before"]
