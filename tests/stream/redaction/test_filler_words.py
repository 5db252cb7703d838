"""Fillers of more than a sound inside a spoken number ("i mean", "kind of", "you know", "like"): the
run goes on over them, so a ZIP is not left as two short numbers and an ID is one token, not two."""

from __future__ import annotations

import re

import pytest

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor

TOKEN = re.compile(r"<[A-Z_]+:[0-9a-f]{6}>")


@pytest.mark.parametrize(
    "text",
    [
        "the zip is nine four one i mean one oh",
        "zip code nine four kind of one one oh",
        "my phone is four one five you know five five five oh one nine eight",
        "member number is b as in bravo seven seven sort of two one oh oh nine",
    ],
)
def test_a_filler_inside_the_digits_leaves_one_token(speech_redactor: SpeechRedactor, text: str) -> None:
    redacted = redact_text(speech_redactor, text)
    assert len(TOKEN.findall(redacted)) == 1, redacted
    assert not re.search(r"\b(one|two|four|five|seven|nine|oh)\b", redacted), redacted
