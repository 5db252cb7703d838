"""Names on none of the redactor's lists, found by where they are said (issue 15, round 2): after a
strong cue even an everyday word, a word that closes a cued name, a middle initial, "my <relative>",
a capitalized name after a greeting. The names here are invented, so no list can know them."""

from __future__ import annotations

import pytest

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my uh name is mia quorlane that's q as in quebec u o r l a n e", "mia"),
        ("sure i'm rosalind pike and my date of birth is in june", "pike"),
        ("hi kathleen r thornbury i'm calling for my dad", "thornbury"),
        ("my you know wife elowen usually calls about the bill", "elowen"),
        ("My husband Rich usually calls, his number is on file.", "Rich"),
        ("Hi, hi, Amber Quillonde, I'm calling about a refill.", "Amber"),
        ("yeah it's under my husband's name gordon tillbury", "tillbury"),
        ("i'm trying to reach doctor ingrid salvesen about my results", "salvesen"),
        ("my daughter's name is june", "june"),
    ],
)
def test_an_unlisted_name_is_found_by_its_place(
    speech_redactor: SpeechRedactor, text: str, name: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    assert name not in redacted, redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [("can maria call tomorrow", "call tomorrow"), ("tell gordon thanks", "thanks")],
)
def test_an_everyday_word_after_a_first_name_stays(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    assert redact_text(speech_redactor, text).endswith(kept)
