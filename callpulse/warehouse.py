"""Connect to the warehouse and bring its schema up to date.

One DSN names the warehouse: ``chdb:///abs/path`` is the in-process ClickHouse engine (demo, tests,
a laptop), ``http(s)://user:password@host:8123/database`` a ClickHouse server. Both give the same
clickhouse-connect ``Client``, so nothing downstream knows which one it got.

The schema is a folder of numbered SQL files (``deploy/clickhouse/migrations/0001_name.sql``),
applied in order by ``Migrator``, which records each one (version, name, checksum, time) in
``{database}.schema_migrations``. Every statement is ``IF [NOT] EXISTS``, so re-running a migration
that failed half-way is safe. Database names are placeholders so that tests can give each test its
own databases inside one chDB path (chDB allows one data path per process).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import clickhouse_connect
from clickhouse_connect.driver.client import Client

from callpulse.errors import MigrationError, WarehouseError
from stream.warehouse import Warehouse, is_plain_identifier

DEFAULT_MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "deploy" / "clickhouse" / "migrations"

_FILE_NAME = re.compile(r"^(?P<version>\d{4})_(?P<name>[a-z0-9_]+)\.sql$")
_STATEMENT_END = re.compile(r";[ \t]*$", re.MULTILINE)
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
_DSN_HELP = (
    "write chdb:///absolute/path/to/warehouse for the embedded engine "
    "or http(s)://user:password@host:8123/database for a ClickHouse server"
)


def connect(dsn: str, *, ca_cert: Path | None = None, verify: bool = True) -> Client:
    """A clickhouse-connect client for ``dsn``; a DSN callpulse does not understand is refused.

    ``ca_cert`` (a PEM file) and ``verify`` apply to ``https://`` DSNs only: the CA that signed the
    server's certificate when it is not in the system store, and whether to check the certificate at all.
    """
    scheme = dsn.partition("://")[0].lower() if "://" in dsn else ""
    if scheme == "chdb":
        if not (dsn.startswith("chdb:///") or urlsplit(dsn).netloc in ("memory", ":memory:")):
            raise WarehouseError(f"chdb DSN needs an absolute path after chdb:// (got {dsn!r}); {_DSN_HELP}")
    elif scheme not in ("http", "https"):
        shown = _without_password(dsn)
        raise WarehouseError(f"unsupported warehouse DSN {shown!r}; {_DSN_HELP}")
    options = tls_options(scheme, ca_cert=ca_cert, verify=verify)
    engine_said: list[str] = []
    try:
        if scheme != "chdb":
            # No HTTP session: one client serves every thread of a process (the API's requests and
            # streams, the worker's writer and history reads), and clickhouse-connect refuses a second
            # query while one runs in the same session ("Attempt to execute concurrent queries within
            # the same session"). callpulse keeps no session state on the server: the database and the
            # settings go with every query, and it never SETs or makes temporary tables.
            return clickhouse_connect.get_client(dsn=dsn, autogenerate_session_id=False, **options)
        with _engine_output(engine_said):  # chDB prints its own errors on stderr, then raises a vaguer one
            return clickhouse_connect.get_client(dsn=dsn, **options)
    except Exception as err:  # the driver raises many kinds; the caller needs one
        if scheme == "chdb" and (owner := embedded_owner(Path(urlsplit(dsn).path))) is not None:
            raise WarehouseError(
                f"the embedded warehouse {urlsplit(dsn).path} is in use by another callpulse process "
                f"(pid {owner}); chDB opens a data path in one process only. To share it, run "
                "`callpulse warehouse serve` and set CALLPULSE_WAREHOUSE_DSN=http://127.0.0.1:8123 for "
                "the other commands (or stop the other process)"
            ) from None
        hint = ""
        if "CERTIFICATE_VERIFY_FAILED" in str(err):
            hint = (
                "; the server's certificate is not trusted: set CALLPULSE_WAREHOUSE_CA_CERT to the PEM file "
                "of the CA that signed it"
            )
        said = " ".join(" ".join(engine_said).split())
        detail = f"{said} ({err})" if said else str(err)
        raise WarehouseError(f"cannot connect to {_without_password(dsn)}: {detail}{hint}") from err


@contextmanager
def _engine_output(said: list[str]) -> Iterator[None]:
    """What the embedded engine writes to stderr (file descriptor 2) while it opens, kept in ``said``:
    on a failure it goes into the error's one line; on success it is written out as it would have been."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)
        failed = False
        try:
            yield
        except BaseException:
            failed = True
            raise
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            text = sink.read().decode("utf-8", errors="replace")
            if failed:
                said.append(text)
            elif text:
                sys.stderr.write(text)


def embedded_owner(path: Path) -> str | None:
    """The pid of the process that has the chDB data path ``path`` open, or None when none has.

    ClickHouse holds an exclusive ``flock`` on ``<path>/status`` while it runs and writes ``PID: n`` in it;
    chDB's own error for a second opener says neither ("Error initializing EmbeddedServer")."""
    status = path / "status"
    try:
        with status.open("rb") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                text = handle.read(200).decode("ascii", errors="replace")
                match = re.search(r"PID:\s*(\d+)", text)
                return match.group(1) if match else "unknown"
            fcntl.flock(handle, fcntl.LOCK_UN)
    except OSError:
        return None
    return None


def tls_options(scheme: str, *, ca_cert: Path | None, verify: bool) -> dict[str, Any]:
    """clickhouse-connect's transport keyword arguments for a DSN of ``scheme``.

    The interface is passed explicitly because clickhouse-connect (1.12) does not take TLS from an
    ``https://`` DSN by itself: without it ``https://host:8123`` would be sent in plain text. TLS settings
    on a DSN without TLS are refused, because they mean the operator believes the connection is encrypted.
    """
    if scheme != "https":
        if ca_cert is not None or not verify:
            raise WarehouseError(
                "CALLPULSE_WAREHOUSE_CA_CERT and CALLPULSE_WAREHOUSE_VERIFY apply to https:// DSNs only; "
                "write https://user:password@host:8443 (ClickHouse's HTTPS port) or unset them"
            )
        return {"interface": "http"} if scheme == "http" else {}
    options: dict[str, Any] = {"interface": "https"}
    if ca_cert is not None:
        if not Path(ca_cert).is_file():
            raise WarehouseError(
                f"CALLPULSE_WAREHOUSE_CA_CERT {ca_cert} is not a file (expected a PEM CA bundle)"
            )
        options["ca_cert"] = str(ca_cert)
    if not verify:
        options["verify"] = False
    return options


def _without_password(dsn: str) -> str:
    parts = urlsplit(dsn)
    if parts.password is None:
        return dsn
    return dsn.replace(f":{parts.password}@", ":***@", 1)


@dataclass(frozen=True, slots=True)
class Migration:
    """One numbered SQL file."""

    version: int
    name: str
    path: Path
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()

    @property
    def file_name(self) -> str:
        return self.path.name


def load_migrations(migrations_dir: Path) -> list[Migration]:
    """The migration files in version order; a malformed name or a duplicate number is an error."""
    if not migrations_dir.is_dir():
        raise MigrationError(f"migrations folder {migrations_dir} does not exist")
    by_version: dict[int, Migration] = {}
    for path in sorted(migrations_dir.glob("*.sql")):
        match = _FILE_NAME.match(path.name)
        if match is None:
            raise MigrationError(f"{path.name}: migration files are named NNNN_lowercase_name.sql")
        version = int(match["version"])
        if version in by_version:
            raise MigrationError(
                f"migration number {version:04d} is used twice ({by_version[version].file_name} and "
                f"{path.name}); give the newer file the next free number"
            )
        by_version[version] = Migration(version, match["name"], path, path.read_text(encoding="utf-8"))
    return [by_version[v] for v in sorted(by_version)]


def split_statements(sql: str) -> list[str]:
    """Statements of one file: each ends with ``;`` at the end of a line. Comment-only chunks are dropped."""
    statements = []
    for chunk in _STATEMENT_END.split(sql):
        code = [line for line in chunk.splitlines() if line.strip() and not line.strip().startswith("--")]
        if code:
            statements.append(chunk.strip())
    return statements


class Migrator:
    """Applies the pending numbered migrations and records them in ``{database}.schema_migrations``."""

    def __init__(
        self,
        client: Warehouse,
        database: str = "callpulse",
        restricted_database: str = "callpulse_restricted",
        raw_ttl_days: int = 7,
        migrations_dir: Path = DEFAULT_MIGRATIONS_DIR,
    ) -> None:
        for label, name in (("database", database), ("restricted_database", restricted_database)):
            if not is_plain_identifier(name):
                raise MigrationError(f"{label} {name!r} is not a plain identifier (letters, digits, _)")
        if not isinstance(raw_ttl_days, int) or raw_ttl_days < 1:
            raise MigrationError(f"raw_ttl_days must be a whole number of days >= 1, got {raw_ttl_days!r}")
        self._client = client
        self._database = database
        self._values = {
            "{database}": database,
            "{restricted_database}": restricted_database,
            "{raw_ttl_days}": str(raw_ttl_days),
        }
        self._dir = Path(migrations_dir)

    def pending(self) -> list[Migration]:
        """Migrations not applied yet, after checking the applied ones still match their files."""
        migrations = load_migrations(self._dir)
        applied = self._applied()
        on_disk = {m.version: m for m in migrations}
        for version, (name, checksum) in sorted(applied.items()):
            migration = on_disk.get(version)
            if migration is None:
                raise MigrationError(f"migration {version:04d}_{name} was applied but its file is gone")
            if migration.checksum != checksum:
                raise MigrationError(
                    f"{migration.file_name} changed after it was applied (checksum differs); "
                    "never edit an applied migration, add a new numbered file instead"
                )
        return [m for m in migrations if m.version not in applied]

    def apply(self) -> list[str]:
        """Apply every pending migration in order; returns the file names applied (empty when current)."""
        done = []
        for migration in self.pending():
            for statement in split_statements(migration.sql):
                try:
                    self._client.command(self._render(statement, migration))
                except Exception as err:
                    raise MigrationError(f"{migration.file_name} failed: {err}") from err
            self._record(migration)
            done.append(migration.file_name)
        return done

    def _render(self, statement: str, migration: Migration) -> str:
        for placeholder, value in self._values.items():
            statement = statement.replace(placeholder, value)
        leftover = _PLACEHOLDER.search(statement)
        if leftover is not None:
            raise MigrationError(f"{migration.file_name}: unknown placeholder {leftover.group()}")
        return statement

    def _applied(self) -> dict[int, tuple[str, str]]:
        self._ensure_history_table()
        result = self._client.query(
            f"SELECT version, name, checksum FROM {self._database}.schema_migrations FINAL ORDER BY version"
        )
        return {int(v): (str(n), str(c)) for v, n, c in result.result_rows}

    def _ensure_history_table(self) -> None:
        self._client.command(f"CREATE DATABASE IF NOT EXISTS {self._database}")
        self._client.command(
            f"CREATE TABLE IF NOT EXISTS {self._database}.schema_migrations ("
            "version UInt32, name String, checksum String, applied_at DateTime64(3, 'UTC')"
            ") ENGINE = ReplacingMergeTree(applied_at) ORDER BY version"
        )

    def _record(self, migration: Migration) -> None:
        self._client.insert(
            f"{self._database}.schema_migrations",
            [(migration.version, migration.name, migration.checksum, datetime.now(UTC))],
            column_names=["version", "name", "checksum", "applied_at"],
        )
