"""Fillers of more than a sound inside a spoken number ("i mean", "kind of", "you know", "like"): the
run goes on over them, so a ZIP is not left as two short numbers and an ID is one token, not two.

Its cases are rows of ``cases/filler_words.yaml`` (``tests``: run by ``test_cases.py``; ``params``: this file's).
"""

from __future__ import annotations

import re
from pathlib import Path

from case_rows import CaseTable

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor

TABLE = CaseTable(Path(__file__).parent / "cases" / "filler_words.yaml")

TOKEN = re.compile(r"<[A-Z_]+:[0-9a-f]{6}>")


@TABLE.parametrize("text")
def test_a_filler_inside_the_digits_leaves_one_token(speech_redactor: SpeechRedactor, text: str) -> None:
    redacted = redact_text(speech_redactor, text)
    assert len(TOKEN.findall(redacted)) == 1, redacted
    assert not re.search(r"\b(one|two|four|five|seven|nine|oh)\b", redacted), redacted
