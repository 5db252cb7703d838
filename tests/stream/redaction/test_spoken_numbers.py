from __future__ import annotations

import pytest

from stream.redaction.spoken import digit_runs, tokenize


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        pytest.param("four one five", "415", id="unit-words"),
        pytest.param("oh one nine eight", "0198", id="oh-is-zero"),
        pytest.param("double five two one", "5521", id="double"),
        pytest.param("triple seven", "777", id="triple"),
        pytest.param("five fifty five", "555", id="tens"),
        pytest.param("one two three, uh, four five", "12345", id="filler-and-pause"),
        pytest.param("4111-1111 1111.1111", "4111111111111111", id="written-groups"),
        pytest.param("nineteen eighty two", "1982", id="year-style"),
        pytest.param("two thousand and five", "2005", id="thousand"),
        pytest.param("five hundred twelve", "512", id="hundred"),
        pytest.param("(415) 555-0198", "4155550198", id="parenthesized-area-code"),
    ],
)
def test_spoken_digits_read_as_written_digits(said: str, digits: str) -> None:
    [run] = digit_runs(tokenize(said))
    assert run.digits == digits


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I want to go", id="to"),
        pytest.param("for me", id="for"),
        pytest.param("oh no", id="oh"),
    ],
)
def test_words_that_sound_like_digits_are_not_numbers_alone(text: str) -> None:
    assert digit_runs(tokenize(text)) == []
