from __future__ import annotations

import base64
import time
from typing import Any

import pytest

from callpulse import compose as pii
from callpulse.settings import Settings
from ingest.clock import ManualClock
from stream.pipeline import Pipeline, Redaction
from stream.restricted.keyring import Keyring

NOW_MS = time.time_ns() // 1_000_000  # data, not a timing: raw rows older than the TTL are dropped
KEY_V1 = base64.b64encode(b"1" * 32).decode()
KEY_V2 = base64.b64encode(b"2" * 32).decode()


class NeutralScorer:
    def score(self, text: str) -> float:
        return 0.0


@pytest.fixture(scope="session")
def pii_settings() -> Settings:
    return Settings(
        redaction_key="leak-guard-key",
        raw_key_id="v2",
        raw_keys={"v1": KEY_V1, "v2": KEY_V2},
        redaction_timeout_ms=0,
    )


@pytest.fixture
def pii_pipeline(warehouse: Any, pii_settings: Settings) -> Pipeline:
    """The real chain with the production redactor, writing raw text to this test's restricted db."""
    redaction = Redaction(
        pii.redactor(pii_settings),
        pii.tokenizer(pii_settings),
        keyring=pii.keyring(pii_settings),
        restricted_database=warehouse.restricted_database,
    )
    return Pipeline(
        warehouse.client,
        warehouse.database,
        ManualClock(NOW_MS),
        redaction=redaction,
        scorer=NeutralScorer(),
    )


@pytest.fixture
def keyring(pii_settings: Settings) -> Keyring:
    return pii.keyring(pii_settings)
