"""An identifier is replaced whole: no digit or spelled letter of it is left readable, whatever
words ("oh", "double", "as in", fillers) it was said with."""

from __future__ import annotations

import re

import pytest

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor

CASES = [
    # (what the caller said, the identifier's words that must all disappear)
    ("my member id is K as in king, double four one nine four nine", "K king double four one nine four nine"),
    ("it's r as in robert, oh two five nine two seven seven", "r robert oh two five nine two seven seven"),
    ("my policy is P L triple seven oh oh four two", "P L triple seven oh oh four two"),
    ("the subscriber id, uh, z as in zebra nine nine, um, three oh oh one", "z zebra nine three oh one"),
    ("A as in Adam, four one five five five five oh one nine eight", "A Adam four one five oh nine eight"),
    (
        "member id v as in victor k v to nine nine uh thirteen six oh two",
        "v victor k to nine thirteen six oh two",
    ),
    ("the member ID is MJ 371 589109", "MJ 371 589109"),
    ("x as in x-ray five eight three uh three nine seven", "x x-ray ray five eight three nine seven"),
    ("the card is too double two one six one one four one one nine oh five two two oh", "too double two one"),
    ("the zip for the card is ate seven eight five eight", "ate seven eight five"),
    ("it's the card ending in two oh one one", "two oh one"),
]


@pytest.mark.parametrize(("said", "secret"), CASES, ids=[c[0][:40] for c in CASES])
def test_no_part_of_a_spoken_identifier_is_left_readable(
    speech_redactor: SpeechRedactor, said: str, secret: str
) -> None:
    redacted = redact_text(speech_redactor, said)
    left = set(re.findall(r"[a-z0-9-]+", redacted.lower().split(">")[-1] + " " + _outside(redacted)))
    readable = [w for w in secret.lower().split() if w in left]
    assert readable == [], redacted


def _outside(redacted: str) -> str:
    return re.sub(r"<[A-Z_]+:[0-9a-f]+>", " ", redacted).lower()


def test_the_words_around_an_identifier_stay(speech_redactor: SpeechRedactor) -> None:
    redacted = redact_text(speech_redactor, "last four, 5327, and the zip is 60775")
    assert redacted.startswith("last four, <") and ", and the zip is <ZIP_CODE:" in redacted


@pytest.mark.parametrize(
    "text",
    [
        "ship it to 596 rivers road",
        "can you grant me an extension until twelve thirty",
        "my bill went up sixty four ninety one this month",
        "the bot said it runs on claude-3-haiku-20240307, prompt v7.2.5",
        "the error said gpt-4o-mini-2024-07-18 timed out after thirty days",
        "it was two thousand one hundred ninety seven dollars",
        "mark it as urgent the refill is for six days",
        "I've been a customer since 2016",
    ],
)
def test_amounts_times_versions_and_model_names_in_speech_stay(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    if text.startswith("ship"):
        assert redacted.startswith("ship it to <STREET_ADDRESS:")  # "to" is not a digit before numerals
    else:
        assert redacted == text
