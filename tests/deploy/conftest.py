"""Fixtures of the static deployment checks: the compose file, parsed and as text, and the repository root.

Nothing here needs a Docker engine: every check reads files, or runs Debian's promtool / amtool on them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from compose_file import COMPOSE_FILE, REPO, load_compose


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def compose_text() -> str:
    return COMPOSE_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def compose(compose_text: str) -> dict[str, Any]:
    return load_compose(compose_text)


@pytest.fixture(scope="session")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return dict(compose["services"])
