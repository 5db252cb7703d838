"""The shared words: what the agent says back to callers (amounts, dates) and what both the agent's
parsers and the caller simulator take for numbers, so a caller's "March third" is read as it was said."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.lexicon.calendar import MONTHS, WEEKDAYS, day_phrase
from ingest.lexicon.money import money
from ingest.lexicon.numbers import ONES, TEENS, TENS, ordinal, under_100


@pytest.mark.parametrize(
    ("n", "words"),
    [(3, "third"), (12, "twelfth"), (21, "twenty first"), (30, "thirtieth"), (14, "fourteenth")],
)
def test_ordinals_as_callers_say_them(n: int, words: str) -> None:
    assert ordinal(n) == words


def test_number_words_read_back_to_their_values() -> None:
    for n in range(100):
        *tens, ones = under_100(n).split(" ")
        value = TENS[tens[0]] + ONES[ones] if tens else ONES.get(ones, TEENS.get(ones, TENS.get(ones)))
        assert value == n, under_100(n)


@pytest.mark.parametrize(
    ("cents", "said"),
    [(14237, "$142.37"), (123456, "$1,234.56"), (5, "$0.05")],
    ids=["plain", "thousands", "cents"],
)
def test_amounts_as_the_agent_reads_them(cents: int, said: str) -> None:
    assert money(cents) == said


@pytest.mark.parametrize(
    ("day", "said"),
    [
        (date(2025, 6, 3), "Tuesday, June 3rd"),
        (date(2025, 6, 11), "Wednesday, June 11th"),
        (date(2025, 6, 22), "Sunday, June 22nd"),
        (date(2026, 1, 1), "Thursday, January 1st"),
    ],
    ids=str,
)
def test_dates_as_the_agent_reads_them(day: date, said: str) -> None:
    assert day_phrase(day) == said


def test_names_are_in_calendar_order() -> None:
    assert (MONTHS[0], MONTHS[11], len(MONTHS)) == ("January", "December", 12)
    assert WEEKDAYS[date(2025, 6, 3).weekday()] == "Tuesday"
