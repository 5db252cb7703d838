"""Dates of birth, written ("3/14/1982") or spoken ("March third nineteen eighty two", "the
fourteenth of March, eighty two").

A date is personal data when it is somebody's birth date: it carries a plausible birth year, or a
birth context word ("date of birth", "born", "birthday") comes just before it. A date without a
year and without such context ("Tuesday March third at ten") is an appointment and stays, because
analysts need it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stream.redaction.context import BIRTH_WORDS, DOB, MONTHS, kind_before
from stream.redaction.date_words import HOLIDAY_FIRSTS, WEEKDAYS, holiday_at, weekday_before
from stream.redaction.finding import Finding
from stream.redaction.spoken import (
    NUMBER_WORDS,
    ORDINALS,
    TEENS,
    TENS,
    UNITS,
    WEAK,
    Token,
    group_at,
    spoken_number,
)

_WRITTEN = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b")
_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_BIRTH_YEARS = range(1900, 2026)


def find_dates(text: str, tokens: list[Token]) -> list[Finding]:
    found = [f for f in _written(text, tokens) if f is not None]
    said_month = any(t.low in MONTHS for t in tokens)  # a date said in words names its month
    i = 0
    while i < len(tokens):
        if tokens[i].low not in _DATE_STARTS and not tokens[i].low.isdigit():
            i += 1  # most tokens: one set look-up instead of every branch of ``_spoken_at``
            continue
        date = _spoken_at(tokens, i, said_month)
        if date is None:
            i += 1
            continue
        last, value, has_year = date
        if has_year or kind_before(tokens, i, window=10) == DOB:
            first = weekday_before(tokens, i)  # "a Sunday, April ninth, ...": the weekday is the date's
            found.append(Finding(tokens[first].start, tokens[last].end, DOB, value))
        i = last + 1
    return found


# every word a spoken date can start with (``_spoken_at`` returns None at any other word but digits): a
# holiday's first word, a month, a number word, an ordinal, "the"; profiled in round 16, ``_spoken_at``
# ran at every token and was the redactor's costliest per-token call
_DATE_STARTS = frozenset(HOLIDAY_FIRSTS) | frozenset(MONTHS) | NUMBER_WORDS | frozenset(ORDINALS) | {"the"}


# round 28: the ISO order, year first ("1967-08-01", "1974/3/9"): v27 had one read as an eight-digit number
# and merged across "call me on" with the phone after it
_WRITTEN_ISO = re.compile(r"(?<![\w.-])(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?![\w-]|\.\d)")


def _written(text: str, tokens: list[Token]) -> list[Finding | None]:
    out: list[Finding | None] = []
    for m in _WRITTEN.finditer(text):
        month, day, year = int(m.group(1)), int(m.group(2)), _full_year(m.group(3))
        if 1 <= month <= 12 and 1 <= day <= 31 and year in _BIRTH_YEARS:
            out.append(Finding(m.start(), m.end(), DOB, f"{year:04d}-{month:02d}-{day:02d}"))
    if "-" in text or "/" in text:
        for m in _WRITTEN_ISO.finditer(text):
            year, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
            if 1 <= month <= 12 and 1 <= day <= 31 and year in _BIRTH_YEARS:
                out.append(Finding(m.start(), m.end(), DOB, f"{year:04d}-{month:02d}-{day:02d}"))
    return out


_SLASHES = frozenset({"slash", "/", "dash", "-", "."})


def _numeric_at(tokens: list[Token], i: int) -> tuple[int, str, bool] | None:
    """ "oh three slash fourteen slash eighty two", "3 / 14 / 1982": month, day and year said as
    numbers with "slash" or "dash" between them, the way the written date is read out."""
    month = _small_at(tokens, i)
    if month is None or not 1 <= month[1] <= 12:
        return None
    day = _after_slash(tokens, month[0] + 1, _small_at)
    if day is None or not 1 <= day[1] <= 31:
        return None
    year = _after_slash(tokens, day[0] + 1, _year_after)
    if year is None:
        return None
    return year[0], f"{year[1]:04d}-{month[1]:02d}-{day[1]:02d}", True


def _after_slash(
    tokens: list[Token], j: int, part: Callable[[list[Token], int], tuple[int, int] | None]
) -> tuple[int, int] | None:
    """The date's next ``part`` (last index, value), said after a "slash" or "dash" at ``j``; else None."""
    if j >= len(tokens) or tokens[j].low not in _SLASHES:
        return None
    return part(tokens, j + 1)


_BIRTH_AFTER = 5  # "1 9 73 that's my birthday": how far after the date its birth word may come


def _unseparated_at(tokens: list[Token], i: int) -> tuple[int, str, bool] | None:
    """ "1 9 73 that's my birthday", "born 12 3 1988": a written date whose slashes the transcript lost,
    three numerals (month, day, year). Three short numerals are as often the digits of a code, so this is a
    date only beside a birth word: before it (``kind_before``) or within a few words after it."""
    if i + 2 >= len(tokens) or not (tokens[i + 1].low.isdigit() and tokens[i + 2].low.isdigit()):
        return None  # most numerals: two look-ups
    month, day, year = (tokens[i + k].low for k in range(3))
    if len(month) > 2 or len(day) > 2 or len(year) not in (2, 4):
        return None
    value = _full_year(year)
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31 and value in _BIRTH_YEARS):
        return None
    after = {t.low.removesuffix("'s") for t in tokens[i + 3 : i + 3 + _BIRTH_AFTER]}
    if kind_before(tokens, i, window=10) != DOB and not after & BIRTH_WORDS:
        return None
    return i + 2, f"{value:04d}-{int(month):02d}-{int(day):02d}", True


def _small_at(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """(last index, value) of a month or day said as a number: "oh three", "fourteen", "twenty one", "3"."""
    if j >= len(tokens):
        return None
    low = tokens[j].low
    if low in ("oh", "o", "zero") and j + 1 < len(tokens) and tokens[j + 1].low in UNITS:
        nxt = tokens[j + 1].low
        return (j + 1, int(UNITS[nxt])) if nxt not in WEAK else None
    if low.isdigit():
        return (j, int(low)) if len(low) <= 2 else None
    group, used = group_at(tokens, j)
    if group is None or low in WEAK or len(group) > 2:
        return None
    return j + used - 1, int(group)


def _spoken_at(tokens: list[Token], i: int, said_month: bool = True) -> tuple[int, str, bool] | None:
    """(last token index, normalized value, whether a year was said) for a date starting at ``i``."""
    low = tokens[i].low
    if low in HOLIDAY_FIRSTS and (holiday := _holiday_date_at(tokens, i)) is not None:
        return holiday
    if (low.isdigit() or low in NUMBER_WORDS) and (numeric := _numeric_at(tokens, i)) is not None:
        return numeric
    if low.isdigit() and (unseparated := _unseparated_at(tokens, i)) is not None:
        return unseparated
    if said_month and (low.isdigit() or low in NUMBER_WORDS) and (year_first := _year_first_at(tokens, i)):
        return year_first
    if low in MONTHS:
        j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].low == ".")  # "Jan. 5"
        j = _past_fillers(tokens, j)  # "march uh ninth"
        j += j < len(tokens) and tokens[j].low == "the"
        day = _day_at(tokens, j)
        if day is None:
            # "born in march of seventy six": a month and a year, a birth date only after a birth word
            year = _year_after(tokens, i + 1)
            if year is None or i + 1 == year[0]:
                return None
            return year[0], f"{year[1]:04d}-{MONTHS[low]:02d}", False
        month = MONTHS[low]
        last, number = day
    elif low == "the" or low in ORDINALS or low.isdigit() or low in TENS:
        j = i + (low == "the")
        day = _day_at(tokens, j)
        if day is None or day[0] + 1 >= len(tokens):
            return None
        # "the third of March", and written day first: "14 August 1991", "3rd March"
        at = day[0] + 1 + (tokens[day[0] + 1].low == "of")
        said_of = at == day[0] + 2
        if at >= len(tokens) or tokens[at].low not in MONTHS:
            return None
        if (
            not said_of
            and not (tokens[j].low.isdigit() or tokens[day[0]].low in ORDINALS)
            and not (tokens[j].low in TENS and _year_after(tokens, at + 1) is not None)
        ):
            return None  # round 23: "twenty six august, nineteen seventy four" (a cardinal day of two
            # words before its month, with a year) is a date; round 22 left its "twenty" (v8, v12)
        month = MONTHS[tokens[at].low]
        last, number = at, day[1]
    elif (month_first := _month_number_the_day(tokens, i)) is not None:
        return month_first
    elif (
        ((low in UNITS and low not in WEAK) or low in TEENS)
        and i + 1 < len(tokens)
        and tokens[i + 1].low in MONTHS
    ):
        # "born nine march seventy six": a day said as a cardinal before its month, with a year (a
        # birth date only after a birth word)
        year = _year_after(tokens, i + 2)
        cardinal = spoken_number([low])
        if year is None or cardinal is None or not 1 <= cardinal <= 31:
            return None
        return year[0], f"{year[1]:04d}-{MONTHS[tokens[i + 1].low]:02d}-{cardinal:02d}", False  # after "born"
    else:
        return None
    year = _year_after(tokens, last + 1)
    if year is None:
        return last, f"{month:02d}-{number:02d}", False
    year_last, year_value = year
    return year_last, f"{year_value:04d}-{month:02d}-{number:02d}", True


_FILLERS = frozenset({"uh", "um", "uhh", "umm", "er", "erm", "ah"})


def _holiday_date_at(tokens: list[Token], i: int) -> tuple[int, str, bool] | None:
    """ "the day after christmas, nineteen sixty four", "halloween fifty three": a holiday and a year.
    The year counts as a birth year by itself only when said in full ("nineteen sixty four", "1964");
    a two-digit year ("fifty three") needs a birth word before it (``find_dates``)."""
    holiday = holiday_at(tokens, i)
    if holiday is None:
        return None
    last, month, day = holiday
    year = _year_after(tokens, last + 1)
    if year is None:
        return None
    j = last + 1
    while j < len(tokens) and tokens[j].low in (",", "'", "of", "in"):
        j += 1
    full = year[0] > j or len(tokens[j].low) == 4
    return year[0], f"{year[1]:04d}-{month:02d}-{day:02d}", full


def _month_number_the_day(tokens: list[Token], i: int) -> tuple[int, str, bool] | None:
    """ "three the sixth ninety two", "twelve, the eleventh, nineteen sixty nine": the month said as
    its number, then "the" and the day as an ordinal, then a year (required: without it "two the
    third" is no date)."""
    if i + 2 >= len(tokens) or tokens[i + 1].low not in ("the", ","):
        return None  # most tokens: one look-up
    low = tokens[i].low
    if not ((low in UNITS and low not in WEAK) or low in TEENS or (low.isdigit() and len(low) <= 2)):
        return None
    month = int(low) if low.isdigit() else spoken_number([low])
    if month is None or not 1 <= month <= 12:
        return None
    j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].low == ",")
    if j >= len(tokens) or tokens[j].low != "the":
        return None
    day = _day_at(tokens, j + 1)
    if day is None or (tokens[day[0]].low not in ORDINALS and tokens[day[0]].low not in _SUFFIXES):
        return None
    year = _year_after(tokens, day[0] + 1)
    if year is None:
        return None
    return year[0], f"{year[1]:04d}-{month:02d}-{day[1]:02d}", True


def _year_first_at(tokens: list[Token], i: int) -> tuple[int, str, bool] | None:
    """ "nineteen seventy nine august twenty first", "2005 december 24": a year said first, then the
    month and the day (the ISO order, read out)."""
    year = _year_after(tokens, i)
    if year is None:
        return None
    m = year[0] + 1
    while m < len(tokens) and (tokens[m].low == "," or tokens[m].low in _FILLERS):
        m += 1  # "nineteen fifty five, April fifth": a pause between the year and the month
    if m >= len(tokens) or tokens[m].low not in MONTHS:
        return None
    if not (tokens[i].low.isdigit() and len(tokens[i].low) == 4) and year[0] == i:
        return None  # "seventy august ...": a two-digit year said alone is too weak to lead a date
    month = MONTHS[tokens[m].low]
    j = _past_fillers(tokens, m + 1)
    j += j < len(tokens) and tokens[j].low == "the"
    day = _day_at(tokens, j)
    if day is None:
        return None
    return day[0], f"{year[1]:04d}-{month:02d}-{day[1]:02d}", True


def _past_fillers(tokens: list[Token], j: int) -> int:
    while j < len(tokens) and tokens[j].low in _FILLERS:
        j += 1
    return j


def _day_at(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """(last token index, day of month) of a day said at ``j``: "third", "twenty first", "3rd", "14"."""
    if j >= len(tokens):
        return None
    low = tokens[j].low
    candidates: list[tuple[int, list[str]]] = []
    if low.isdigit():
        last = j + 1 if j + 1 < len(tokens) and tokens[j + 1].low in _SUFFIXES else j
        candidates.append((last, [low]))
    elif low in TENS:
        k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].low == "-")
        if k < len(tokens) and (tokens[k].low in ORDINALS or tokens[k].low in UNITS):
            candidates.append((k, [low, tokens[k].low]))
        candidates.append((j, [low]))
    elif low in ORDINALS or (low in UNITS and low not in WEAK) or low in TEENS:
        candidates.append((j, [low]))
    for last, words in candidates:
        number = spoken_number(words)
        if number is not None and 1 <= number <= 31:
            return last, number
    return None


def _year_after(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """A year said at ``j`` (after an optional comma): "1982", "nineteen eighty two", "two thousand
    five", "eighty two", "'82"."""
    while j < len(tokens) and (
        tokens[j].low in (",", "'", "of", "in") or tokens[j].low in _FILLERS or tokens[j].low in WEEKDAYS
    ):
        j += 1  # "March twentieth, friday, ninety eight": the weekday between the day and the year
    if j >= len(tokens):
        return None
    if (
        tokens[j].low in ("oh", "o")
        and j + 1 < len(tokens)
        and tokens[j + 1].low in UNITS
        and tokens[j + 1].low not in WEAK
    ):
        return j + 1, _full_year("0" + UNITS[tokens[j + 1].low])  # "the fourth of december oh six": '06
    first, used = group_at(tokens, j)
    if first is None or tokens[j].low in WEAK:
        return None
    if len(first) == 4:
        year = int(first)
        return (j + used - 1, year) if year in _BIRTH_YEARS else None
    if len(first) == 2 and (hundred := _hundred_year(tokens, j + used, first)) is not None:
        return hundred
    if len(first) == 2 and j + used < len(tokens):
        k = j + used
        second, used2 = group_at(tokens, k)
        if tokens[k].low in ("oh", "o") and k + 1 < len(tokens) and tokens[k + 1].low in UNITS:
            second, used2 = "0" + UNITS[tokens[k + 1].low], 2
        if second is not None and len(second) == 2 and int(first + second) in _BIRTH_YEARS:
            return k + used2 - 1, int(first + second)
    if len(first) == 2:
        return j + used - 1, _full_year(first)
    return None


def _hundred_year(tokens: list[Token], k: int, century: str) -> tuple[int, int] | None:
    """ "nineteen hundred and ninety", "nineteen hundred sixty five", "nineteen hundred and five": the
    century, "hundred", an optional "and", then the year of the century in words."""
    if k >= len(tokens) or tokens[k].low != "hundred":
        return None
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].low == "and")
    if k >= len(tokens) or tokens[k].low in WEAK:
        return None
    rest, used = group_at(tokens, k)
    if rest is None or len(rest) > 2 or tokens[k].low.isdigit():
        return None
    year = int(century) * 100 + int(rest)
    return (k + used - 1, year) if year in _BIRTH_YEARS else None


def _full_year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    value = int(text)
    return 2000 + value if value <= 25 else 1900 + value
