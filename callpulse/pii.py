"""Wiring of PII handling from settings: the redactor, the placeholder tokenizer, the raw-text keyring.

Building the Presidio redactor loads the spaCy model (about a second); it is built once per
process and shared, so commands and tests that build several pipelines pay for it once.
"""

from __future__ import annotations

from functools import lru_cache

from callpulse.errors import ConfigError
from callpulse.settings import Settings
from stream.redaction.base import Redactor, Tokenizer
from stream.redaction.errors import RedactionSetupError
from stream.redaction.patterns import PatternRedactor
from stream.restricted.errors import KeyringError
from stream.restricted.keyring import Keyring


def tokenizer(settings: Settings) -> Tokenizer:
    return Tokenizer(settings.redaction_key.get_secret_value().encode())


def redactor(settings: Settings) -> Redactor:
    """The configured redactor; a missing spaCy model is a configuration error, not a download."""
    tokens = tokenizer(settings)
    if settings.redaction_engine == "patterns":
        return PatternRedactor(tokens)
    return _speech_redactor(
        settings.redaction_key.get_secret_value(),
        settings.spacy_model,
        tuple(settings.redaction_id_patterns),
        settings.redaction_max_chars,
        settings.redaction_timeout_ms,
        settings.redaction_cache_size,
    )


@lru_cache(maxsize=4)
def _speech_redactor(
    key: str, model: str, id_patterns: tuple[str, ...], max_chars: int, timeout_ms: int, cache_size: int
) -> Redactor:
    import re

    from stream.redaction.speech_redactor import build_speech_redactor

    try:
        for pattern in id_patterns:
            re.compile(pattern)
        return build_speech_redactor(
            model,
            Tokenizer(key.encode()),
            id_patterns=id_patterns,
            max_chars=max_chars,
            timeout_s=timeout_ms / 1000 if timeout_ms else None,
            cache_size=cache_size,
        )
    except re.error as err:
        raise ConfigError(
            f"CALLPULSE_REDACTION_ID_PATTERNS has a pattern that does not compile: {err}"
        ) from None
    except RedactionSetupError as err:
        raise ConfigError(str(err)) from None


def keyring(settings: Settings) -> Keyring:
    try:
        return Keyring.from_base64(
            settings.raw_key_id, {k: v.get_secret_value() for k, v in settings.raw_keys.items()}
        )
    except KeyringError as err:
        raise ConfigError(f"{err} (CALLPULSE_RAW_KEYS / CALLPULSE_RAW_KEY_ID)") from None
