"""callpulse's settings for a test that runs a command in-process (``callpulse.cli.main``): the environment
it reads, set for the test, with the cached settings dropped before and after so no other test sees them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from callpulse.settings import get_settings


@contextmanager
def settings_env(monkeypatch: pytest.MonkeyPatch, env: Mapping[str, str]) -> Iterator[None]:
    """``env`` (``CALLPULSE_*`` names) set for the test; ``get_settings()`` reads it inside the block."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    try:
        yield
    finally:
        get_settings.cache_clear()


def warehouse_env(warehouse: Any, chdb_path: Path) -> dict[str, str]:
    """The settings that point a command at the test's ``warehouse`` on the session's chDB path."""
    return {
        "CALLPULSE_WAREHOUSE_DSN": f"chdb://{chdb_path.resolve()}",
        "CALLPULSE_DATABASE": warehouse.database,
        "CALLPULSE_RESTRICTED_DATABASE": warehouse.restricted_database,
    }
