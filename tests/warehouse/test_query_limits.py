"""`callpulse query` is bounded where the query runs (issue 14, finding 7): `--limit` is the number of rows
the embedded warehouse returns, a longer answer is cut with a "truncated at N rows" note, and a query past
the scan, time or memory limit stops with an error naming the setting. The CLI runs as a subprocess under an
address-space cap, so a regression fails here instead of taking the machine's memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from address_space import address_space_cap

from callpulse.cli.query import limits
from callpulse.errors import QueryError
from callpulse.settings import Settings
from devstack.query_limits import QueryLimits, clamp, limit_set_in

pytestmark = pytest.mark.slow


def _query(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callpulse.cli", "query", *args],
        env={**os.environ, "CALLPULSE_DATA_DIR": str(tmp_path), "CALLPULSE_WAREHOUSE_DSN": "", **env},
        capture_output=True, text=True, timeout=180, check=False, preexec_fn=address_space_cap(),
    )  # fmt: skip


def test_an_endless_select_comes_back_truncated_at_the_limit_with_a_note(tmp_path: Path) -> None:
    done = _query(tmp_path, "SELECT * FROM system.numbers", "--limit", "3", "--format", "jsonl")
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout.splitlines() == ['{"number":0}', '{"number":1}', '{"number":2}']
    assert "truncated at 3 rows" in done.stderr


def test_a_scan_past_the_limit_stops_with_the_setting_to_change(tmp_path: Path) -> None:
    done = _query(tmp_path, "SELECT count() FROM system.numbers", CALLPULSE_QUERY_MAX_ROWS_TO_READ="5000000")
    assert done.returncode != 0
    assert "TOO_MANY_ROWS" in done.stderr and "CALLPULSE_QUERY_MAX_ROWS_TO_READ" in done.stderr


@pytest.mark.parametrize(
    ("requested", "expected_rows", "expected_mode"),
    [
        ({}, "1000", "throw"),
        ({"max_result_rows": "0"}, "1000", "throw"),
        ({"max_result_rows": "5000"}, "1000", "throw"),
        ({"max_result_rows": "10", "result_overflow_mode": "break"}, "10", "break"),
        ({"max_result_rows": "ten"}, "1000", "throw"),
    ],
    ids=["none", "zero-is-not-unlimited", "above-cap", "below-cap-break", "unreadable"],
)
def test_a_client_may_ask_for_less_never_for_more(
    requested: dict[str, str], expected_rows: str, expected_mode: str
) -> None:
    caps = QueryLimits(max_result_rows=1_000, max_execution_s=5, max_memory_bytes=10**9)
    bounded = clamp(requested, caps)
    assert (bounded["max_result_rows"], bounded["result_overflow_mode"]) == (expected_rows, expected_mode)
    assert bounded["max_execution_time"] == "5" and bounded["timeout_overflow_mode"] == "throw"


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        ("SELECT 1 SETTINGS max_result_rows = 0", "max_result_rows"),
        ("SELECT * FROM (SELECT 1 SETTINGS join_use_nulls = 1, max_memory_usage=0)", "max_memory_usage"),
        ("SELECT name, readonly FROM system.settings", None),
        ("SELECT 1 SETTINGS max_threads = 2", None),
    ],
    ids=["outer", "inner-after-another", "system-settings-table", "other-setting"],
)
def test_a_limit_set_in_the_sql_itself_is_found(sql: str, named: str | None) -> None:
    assert limit_set_in(sql) == named


def test_a_limit_above_the_cap_is_refused_with_the_setting_to_raise() -> None:
    with pytest.raises(QueryError, match="CALLPULSE_QUERY_MAX_RESULT_ROWS"):
        limits(Settings(query_max_result_rows=500), 501)
    assert limits(Settings(query_max_result_rows=500), 500).settings()["max_result_rows"] == "501"
