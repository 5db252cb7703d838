"""Spoken renderings: the shapes speech-to-text produces when callers read PII aloud."""

from __future__ import annotations

import random
from datetime import date

from agent.simulator import speech


def test_years_and_digits_in_words() -> None:
    assert speech.year_words(1982) == "nineteen eighty two"
    assert speech.year_words(2005) == "two thousand five"
    assert speech.year_words(1907) == "nineteen oh seven"
    assert speech.digit_words("0198") == "oh one nine eight"


def test_each_renderer_produces_several_shapes() -> None:
    rng = random.Random(0)
    phones = {speech.spoken_phone(rng, "4155550198") for _ in range(60)}
    assert "four one five, five five five, oh one nine eight" in phones
    assert "415-555-0198" in phones and "four one five five five five oh one ninety eight" in phones
    spelled = {speech.spelled(rng, "Smith") for _ in range(30)}
    assert spelled == {"S as in Sam, M, I, T, H", "S-M-I-T-H"}
    dobs = {speech.spoken_dob(rng, date(1982, 3, 3)) for _ in range(60)}
    assert "March third nineteen eighty two" in dobs and "3/3/1982" in dobs
    assert {speech.spoken_digits(rng, "8821") for _ in range(30)} == {
        "8 8 2 1",
        "eight eight two one",
        "8821",
    }
    member = {speech.spoken_member_id(rng, "M4471902") for _ in range(60)}
    assert "M as in Mary, 4 4 7, 1 9 0 2" in member
