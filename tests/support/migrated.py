"""A uniquely named pair of databases (analytics, restricted) with every migration applied, dropped on exit:
how a test isolates itself on the session's one chDB path (``tests/conftest.py``)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from callpulse.warehouse import Migrator


@dataclass(frozen=True, slots=True)
class Databases:
    database: str
    restricted_database: str
    applied: tuple[str, ...]
    """The migrations applied (all of them: the databases are new)."""


@contextmanager
def migrated_databases(
    client: Any, *, prefix: str = "cp", restricted_prefix: str = "cpr", raw_ttl_days: int = 7
) -> Iterator[Databases]:
    """``{prefix}_<uuid>`` and ``{restricted_prefix}_<uuid>``, migrated on ``client``; both dropped when the
    block ends, whatever way it ends."""
    suffix = uuid.uuid4().hex[:12]
    database, restricted = f"{prefix}_{suffix}", f"{restricted_prefix}_{suffix}"
    try:
        applied = Migrator(client, database, restricted, raw_ttl_days=raw_ttl_days).apply()
        yield Databases(database, restricted, tuple(applied))
    finally:
        for name in (database, restricted):
            client.command(f"DROP DATABASE IF EXISTS {name} SYNC")
