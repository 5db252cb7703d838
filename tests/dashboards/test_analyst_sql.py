"""Analysts' SQL: every example in docs/analysts.md and in the README's Analysts section runs, as written,
through ``callpulse query``'s read-only path against a warehouse of simulated calls and returns rows;
and ``callpulse query`` refuses what could read the restricted database."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from callpulse.cli.query import read_only
from callpulse.errors import QueryError
from callpulse.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SQL_BLOCK = re.compile(r"```sql\n(.*?)```", re.DOTALL)


def readme_analysts_section() -> str:
    text = (ROOT / "README.md").read_text()
    start = text.index("\n## Analysts\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


EXAMPLES = [
    pytest.param(sql.strip().rstrip(";"), id=f"{source}-{number}")
    for source, text in (
        ("docs", (ROOT / "docs" / "analysts.md").read_text()),
        ("readme", readme_analysts_section()),
    )
    for number, sql in enumerate(SQL_BLOCK.findall(text), start=1)
]


def test_the_doc_and_the_readme_have_the_four_starting_points() -> None:
    docs = (ROOT / "docs" / "analysts.md").read_text().lower()
    for topic in ("hand-off reasons", "over 3 s", "containment by agent version", "unrecovered interruption"):
        assert topic in docs
    assert sum(1 for p in EXAMPLES if p.id.startswith("readme")) >= 4


@pytest.mark.parametrize("sql", EXAMPLES)
def test_example_runs_read_only_and_returns_rows(loaded, sql: str) -> None:
    settings = Settings(database=loaded.database, restricted_database=loaded.restricted_database)
    in_test_db = re.sub(r"(?<![\w.])callpulse\.(?=\w)", f"{loaded.database}.", sql)
    result = read_only(loaded.client, settings, in_test_db)
    assert result.rows, f"no rows:\n{sql}"
    assert len(set(result.columns)) == len(result.columns)


def test_the_transcript_example_shows_redacted_text_of_slow_calls(loaded) -> None:
    [slow] = [p.values[0] for p in EXAMPLES if "worst_ttfhw_ms" in p.values[0] and p.id.startswith("docs")]
    settings = Settings(database=loaded.database, restricted_database=loaded.restricted_database)
    result = read_only(loaded.client, settings, slow.replace("callpulse.", f"{loaded.database}."))
    row = dict(zip(result.columns, result.rows[0], strict=True))
    assert row["worst_ttfhw_ms"] > 3000
    assert "caller: " in row["transcript"] and "agent: " in row["transcript"]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM callpulse_restricted.turns_raw",
        "SELECT count() FROM `callpulse_restricted`.`turns_raw`",
        "SELECT count() FROM merge(REGEXP('^callpulse_r'), '^turns_')",
        "SELECT count() FROM remote('127.0.0.1', 'callpulse_restricted', 'turns_raw')",
        "SELECT * FROM file('/var/lib/clickhouse/store/x.bin', 'RowBinary', 'a String')",
    ],
    ids=["named", "quoted", "merge-regexp", "remote", "file"],
)
def test_query_refuses_what_could_read_the_restricted_database(sql: str) -> None:
    with pytest.raises(QueryError):
        read_only(object(), Settings(), sql)


def test_the_cli_refuses_the_restricted_database_with_one_line_and_exit_2(tmp_path: Path) -> None:
    env = {**os.environ, "CALLPULSE_DATA_DIR": str(tmp_path / "var"), "CALLPULSE_WAREHOUSE_DSN": ""}
    sneaky = "SELECT count() FROM merge(REGEXP('^callpulse_r'), 'turns_raw')"
    for sql, says in (("SELECT * FROM callpulse_restricted.turns_raw", "audit"), (sneaky, "merge()")):
        done = subprocess.run(
            [sys.executable, "-m", "callpulse.cli", "query", sql],
            capture_output=True, text=True, env=env, timeout=300, check=False,
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert says in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert done.stdout == ""
