"""Names on none of the redactor's lists, found by where they are said (issue 15, round 2): after a
strong cue even an everyday word, a word that closes a cued name, a middle initial, "my <relative>",
a capitalized name after a greeting. The names here are invented, so no list can know them.

Its cases that are one check over a row: ``cases/unlisted_names.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

import pytest

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "kept"),
    [("can maria call tomorrow", "call tomorrow"), ("tell gordon thanks", "thanks")],
)
def test_an_everyday_word_after_a_first_name_stays(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    assert redact_text(speech_redactor, text).endswith(kept)
