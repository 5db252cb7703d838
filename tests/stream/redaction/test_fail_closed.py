"""When analysis fails or hangs, the text is replaced, the event still flows, and a counter says so."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from stream.redaction.base import Tokenizer, redact_pieces, redact_text
from stream.redaction.speech_redactor import FAILED_PLACEHOLDER, SpeechRedactor

SECRET = "my card is 4111 1111 1111 1111, I'm Jane Roe"


class BrokenFinder:
    def scan(self, text: str) -> Any:
        raise RuntimeError("rules exploded")


class HangingNlp:
    """A spaCy stand-in whose ``pipe`` blocks until released (the test releases it at the end)."""

    def __init__(self, *, released: bool = False) -> None:
        self.release = threading.Event()
        if released:
            self.release.set()

    def pipe(self, texts: Any, batch_size: int = 0) -> Any:
        self.release.wait(timeout=30)
        return [None for _ in texts]

    def make_doc(self, text: str) -> Any:
        return None


def _redactor(finder: Any, nlp: Any, **kwargs: Any) -> SpeechRedactor:
    return SpeechRedactor(finder, nlp, Tokenizer(b"k"), **kwargs)


def test_an_analysis_error_replaces_the_whole_text_and_is_counted(caplog: pytest.LogCaptureFixture) -> None:
    redactor = _redactor(BrokenFinder(), HangingNlp(released=True), timeout_s=None)
    assert redact_text(redactor, SECRET) == FAILED_PLACEHOLDER
    assert redactor.stats.failures == 1
    assert "4111" not in caplog.text and "Jane" not in caplog.text


def test_ner_that_does_not_finish_in_time_fails_closed(speech_redactor: SpeechRedactor) -> None:
    hanging = HangingNlp()
    redactor = _redactor(speech_redactor._finder, hanging, timeout_s=0.05)
    try:
        # a capitalized word of the language, no cue: only NER could tell it a name (the learned finder leaves words
        # of the language to the rules, and takes "Zorblax Quenteris" itself since round 9), and NER hangs
        assert redact_text(redactor, "The Kestrel folks called") == FAILED_PLACEHOLDER
        assert redactor.stats.failures == 1
    finally:
        hanging.release.set()
        redactor.close()


def test_a_failure_blanks_every_token_chunk_of_an_agent_utterance() -> None:
    redactor = _redactor(BrokenFinder(), HangingNlp(released=True), timeout_s=None)
    pieces = ["Your card ", "4111 1111 ", "1111 1111 is on file"]
    out = redact_pieces(redactor, pieces)
    assert out == [FAILED_PLACEHOLDER, "", ""]


def test_failed_results_are_not_cached(speech_redactor: SpeechRedactor) -> None:
    redactor = _redactor(BrokenFinder(), HangingNlp(released=True), timeout_s=None)
    redact_text(redactor, SECRET)
    redact_text(redactor, SECRET)
    assert redactor.stats.failures == 2 and redactor.stats.cache_hits == 0


def test_a_very_long_text_is_analyzed_up_to_the_bound_and_the_rest_replaced(
    speech_redactor: SpeechRedactor,
) -> None:
    redactor = _redactor(speech_redactor._finder, speech_redactor._nlp, max_chars=200, timeout_s=None)
    text = "my social is 123-45-6789. " + "blah " * 100 + "and my card is 4111 1111 1111 1111"
    redacted = redact_text(redactor, text)
    assert "6789" not in redacted and "4111" not in redacted
    assert redacted.endswith(FAILED_PLACEHOLDER)
    assert redactor.stats.truncated == 1
