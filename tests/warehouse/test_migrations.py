"""The migration runner: applies every numbered file once, records it, and refuses edited history."""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from callpulse.errors import MigrationError
from callpulse.warehouse import DEFAULT_MIGRATIONS_DIR, Migrator, load_migrations, split_statements
from stream.rows import TABLE_COLUMNS

TABLES = {
    "schema_migrations", "events", "turns", "turn_metrics", "interruptions", "calls", "calls_final",
    "kpi_minute", "kpi_minute_calls_mv", "kpi_minute_turns_mv", "kpi_minute_interrupts_mv", "kpi_minute_v",
    "kpi_bucket_v", "dlq", "alerts", "audit_log", "kpi_minute_failed_mv", "rule_matches",
    "human_calls", "review_samples", "review_labels",
}  # fmt: skip
QUERYABLE = sorted(
    TABLES
    - {"kpi_minute_calls_mv", "kpi_minute_turns_mv", "kpi_minute_interrupts_mv", "kpi_minute_failed_mv"}
)
READ_AS = {"kpi_bucket_v": "kpi_bucket_v(bucket_s = 3600, since_ms = 0, until_ms = 10413792000000)"}
"""How a parameterized view is read: with its parameters, like a table function."""


def names(client: Any, database: str) -> set[str]:
    result = client.query(
        "SELECT name FROM system.tables WHERE database = {db:String}", parameters={"db": database}
    )
    return {row[0] for row in result.result_rows}


@pytest.fixture
def scratch(chdb_client: Any) -> Iterator[tuple[str, str]]:
    """A uniquely named (database, restricted database) pair, dropped after the test."""
    suffix = uuid.uuid4().hex[:12]
    database, restricted = f"cp_{suffix}", f"cpr_{suffix}"
    try:
        yield database, restricted
    finally:
        for name in (database, restricted):
            chdb_client.command(f"DROP DATABASE IF EXISTS {name} SYNC")


@pytest.fixture
def migrations_copy(tmp_path: Path) -> Path:
    """A copy of the repository's migrations that a test may edit."""
    folder = tmp_path / "migrations"
    shutil.copytree(DEFAULT_MIGRATIONS_DIR, folder)
    return folder


def test_every_table_and_view_is_created(warehouse: Any) -> None:
    assert names(warehouse.client, warehouse.database) == TABLES
    assert names(warehouse.client, warehouse.restricted_database) == {"turns_raw", "api_keys", "sessions"}


@pytest.mark.parametrize("table", QUERYABLE)
def test_every_table_and_view_can_be_queried_empty(warehouse: Any, table: str) -> None:
    [(count,)] = warehouse.rows(f"SELECT count() FROM {{db}}.{READ_AS.get(table, table)}")
    expected = len(warehouse.applied) if table == "schema_migrations" else 0
    assert count == expected


def test_the_first_run_applies_every_file_and_records_it(warehouse: Any) -> None:
    files = [m.file_name for m in load_migrations(DEFAULT_MIGRATIONS_DIR)]
    assert list(warehouse.applied) == files
    recorded = warehouse.rows(
        "SELECT version, name, length(checksum) FROM {db}.schema_migrations ORDER BY version"
    )
    assert [(f"{v:04d}_{n}.sql", length) for v, n, length in recorded] == [(f, 64) for f in files]


def test_a_second_run_is_a_no_op(warehouse: Any) -> None:
    again = Migrator(warehouse.client, warehouse.database, warehouse.restricted_database)
    assert again.pending() == []
    assert again.apply() == []
    [(count,)] = warehouse.rows("SELECT count() FROM {db}.schema_migrations")
    assert count == len(warehouse.applied)


def test_raw_text_expires_after_the_configured_days(chdb_client: Any, scratch: tuple[str, str]) -> None:
    database, restricted = scratch
    Migrator(chdb_client, database, restricted, raw_ttl_days=3).apply()
    ddl = chdb_client.command(f"SHOW CREATE TABLE {restricted}.turns_raw")
    assert "toIntervalDay(3)" in str(ddl)


def test_expired_raw_text_is_deleted(warehouse: Any) -> None:
    import time
    from datetime import UTC, datetime, timedelta

    now = datetime.fromtimestamp(time.time(), UTC)  # TTL compares with the real clock
    rows = [
        ("CA1", "old", now - timedelta(days=8), "caller", "k1", "n", "c"),
        ("CA1", "new", now, "agent", "k1", "n", "c"),
    ]
    warehouse.client.insert(
        f"{warehouse.restricted_database}.turns_raw", rows, column_names=list(TABLE_COLUMNS["turns_raw"])
    )
    warehouse.client.command(f"OPTIMIZE TABLE {warehouse.restricted_database}.turns_raw FINAL")
    assert warehouse.rows("SELECT event_id FROM {rdb}.turns_raw") == [("new",)]


def test_an_edited_applied_migration_is_refused(
    chdb_client: Any, scratch: tuple[str, str], migrations_copy: Path
) -> None:
    database, restricted = scratch
    Migrator(chdb_client, database, restricted, migrations_dir=migrations_copy).apply()
    edited = migrations_copy / "0002_events.sql"
    edited.write_text(edited.read_text() + "\n-- an innocent-looking edit\n")
    with pytest.raises(MigrationError, match=r"0002_events\.sql changed after it was applied"):
        Migrator(chdb_client, database, restricted, migrations_dir=migrations_copy).apply()


def test_a_new_file_is_applied_on_the_next_run(
    chdb_client: Any, scratch: tuple[str, str], migrations_copy: Path
) -> None:
    database, restricted = scratch
    Migrator(chdb_client, database, restricted, migrations_dir=migrations_copy).apply()
    (migrations_copy / "0999_notes.sql").write_text(
        "CREATE TABLE IF NOT EXISTS {database}.notes (id UInt32) ENGINE = MergeTree ORDER BY id;\n"
    )
    assert Migrator(chdb_client, database, restricted, migrations_dir=migrations_copy).apply() == [
        "0999_notes.sql"
    ]
    assert "notes" in names(chdb_client, database)


def test_migration_numbers_in_the_repository_are_unique_and_consecutive() -> None:
    versions = [int(p.name[:4]) for p in sorted(DEFAULT_MIGRATIONS_DIR.glob("*.sql"))]
    assert len(versions) == len(set(versions))
    assert versions == list(range(1, len(versions) + 1))


def test_a_duplicate_number_is_refused(tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("CREATE DATABASE IF NOT EXISTS {database};\n")
    (tmp_path / "0001_b.sql").write_text("CREATE DATABASE IF NOT EXISTS {database};\n")
    with pytest.raises(MigrationError, match="0001 is used twice"):
        load_migrations(tmp_path)


@pytest.mark.parametrize("file_name", ["1_short.sql", "0002-dash.sql", "0003_Upper.sql"])
def test_a_badly_named_file_is_refused(tmp_path: Path, file_name: str) -> None:
    (tmp_path / file_name).write_text("SELECT 1;\n")
    with pytest.raises(MigrationError, match=r"NNNN_lowercase_name\.sql"):
        load_migrations(tmp_path)


@pytest.mark.parametrize("migration", load_migrations(DEFAULT_MIGRATIONS_DIR), ids=lambda m: m.file_name)
def test_every_statement_is_idempotent_and_uses_known_placeholders(migration: Any) -> None:
    statements = split_statements(migration.sql)
    assert statements
    for statement in statements:
        code = "\n".join(line for line in statement.splitlines() if not line.strip().startswith("--"))
        # CREATE OR REPLACE VIEW is idempotent too (it swaps the view atomically); never for a table
        assert re.match(
            r"\s*((CREATE|DROP|ALTER)\b[^(]*?\bIF (NOT )?EXISTS\b|CREATE OR REPLACE VIEW\b)", code
        ), code[:80]
        assert set(re.findall(r"\{[a-z_]+\}", code)) <= {
            "{database}",
            "{restricted_database}",
            "{raw_ttl_days}",
        }


@pytest.mark.parametrize("bad", ["callpulse;DROP", "1db", "a-b", ""])
def test_database_names_must_be_plain_identifiers(chdb_client: Any, bad: str) -> None:
    with pytest.raises(MigrationError, match="not a plain identifier"):
        Migrator(chdb_client, bad)
