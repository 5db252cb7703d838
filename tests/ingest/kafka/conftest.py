"""The producer tests that must see Kafka (``@pytest.mark.kafka``) use the session's shared broker
(``kafka`` and ``deployment`` from ``tests/support/kafka_fixtures.py``), with the ingest package's
network guard lifted, since these tests talk to that local broker on purpose."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_network() -> None:
    """Overrides the guard of ``tests/ingest/conftest.py``: a local broker is what is tested here."""
