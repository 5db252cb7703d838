"""Spoken digits as the tokenizer reads them: a number said in words is the digits written, and a word that
only sounds like a digit is no number. Its cases are the ``params`` rows of ``cases/spoken_numbers.yaml``."""

from __future__ import annotations

from pathlib import Path

from case_rows import CaseTable

from stream.redaction.spoken import digit_runs, tokenize

TABLE = CaseTable(Path(__file__).parent / "cases" / "spoken_numbers.yaml")


@TABLE.parametrize("said", "digits")
def test_spoken_digits_read_as_written_digits(said: str, digits: str) -> None:
    [run] = digit_runs(tokenize(said))
    assert run.digits == digits


@TABLE.parametrize("text")
def test_words_that_sound_like_digits_are_not_numbers_alone(text: str) -> None:
    assert digit_runs(tokenize(text)) == []
