"""The command line as a user runs it: a real process, the embedded warehouse in a temp folder."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import orjson
import pytest
from cli_process import run_callpulse

from events import CallBuilder


def callpulse(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_callpulse(tmp_path / "var", *args)


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    call = CallBuilder().started()
    call.agent(
        100,
        "Hi, I'm an automated assistant; a person is available any time.",
        tags=("greeting", "consent_notice"),
    )
    call.caller(3_000, "What is my balance?")
    call.agent(3_800, "Sure, ", "your balance is forty two dollars.")
    call.add("task.started", 3_900, task_id="k1", task="billing_lookup")
    call.add("task.completed", 4_000, task_id="k1", task="billing_lookup", success=True)
    call.caller(8_000, "Thanks, bye.")
    call.ended(9_000)
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"\n".join([*call.lines(), b"{broken", orjson.dumps({"schema_version": 9})]) + b"\n")
    return path


def test_migrate_twice_is_a_no_op(tmp_path: Path) -> None:
    first = callpulse(tmp_path, "migrate")
    assert first.returncode == 0, first.stderr
    assert "applied" in first.stdout
    second = callpulse(tmp_path, "migrate")
    assert second.returncode == 0 and "up to date" in second.stdout


def test_ingest_reports_what_was_stored_and_dead_lettered_then_query_sees_it(
    tmp_path: Path, events_file: Path
) -> None:
    done = callpulse(tmp_path, "ingest", str(events_file))
    assert done.returncode == 0, done.stderr
    assert "10 in = 8 stored + 2 dead-lettered" in done.stdout
    assert "malformed_json 1" in done.stdout and "unknown_schema_version 1" in done.stdout

    query = callpulse(
        tmp_path,
        "query",
        "SELECT call_sid, resolved_contained, ttfhw_first_ms FROM calls FINAL",
        "--format",
        "csv",
    )
    assert query.returncode == 0, query.stderr
    assert query.stdout.splitlines() == [
        "call_sid,resolved_contained,ttfhw_first_ms",
        f"{'CA' + '1' * 32},True,850",
    ]  # filler 'Sure,' at +800 ms, helpful word at +850 ms


def test_query_refuses_writes_and_the_restricted_database(tmp_path: Path) -> None:
    callpulse(tmp_path, "migrate")
    write = callpulse(tmp_path, "query", "DROP TABLE calls")
    assert write.returncode == 2 and "only read statements" in write.stderr
    raw = callpulse(tmp_path, "query", "SELECT * FROM callpulse_restricted.turns_raw")
    assert raw.returncode == 2 and "audit" in raw.stderr
    sneaky = callpulse(tmp_path, "query", "SELECT 1; DROP TABLE calls")
    assert sneaky.returncode == 2


def test_a_bad_argument_gets_one_clear_line(tmp_path: Path) -> None:
    done = callpulse(tmp_path, "demo", "--calls", "0")
    assert done.returncode == 2
    assert "expected a number above 0" in done.stderr
    missing = callpulse(tmp_path, "ingest", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and "is not a file" in missing.stderr


def test_the_demo_twice_neither_fails_nor_double_counts(tmp_path: Path) -> None:
    hour = str(
        (int(time.time() * 1000) // 3_600_000 - 1) * 3_600_000
    )  # pinned: the test may straddle an hour
    first = callpulse(tmp_path, "demo", "--calls", "40", "--seed", "5", "--hour-ms", hour)
    assert first.returncode == 0, first.stderr
    counts = "SELECT (SELECT count() FROM events FINAL), (SELECT count() FROM calls FINAL), (SELECT count() FROM kpi_minute_v)"
    before = callpulse(tmp_path, "query", counts, "--format", "csv").stdout
    second = callpulse(tmp_path, "demo", "--calls", "40", "--seed", "5", "--hour-ms", hour)
    assert second.returncode == 0, second.stderr
    assert callpulse(tmp_path, "query", counts, "--format", "csv").stdout == before

    def kpi_table(out: str) -> list[str]:
        start = out.index("KPIs per workflow")
        return out[start : out.index("Explore further")].splitlines()

    assert kpi_table(first.stdout) == kpi_table(second.stdout)
    for metric in (
        "resolved containment",
        "TTFHW p50",
        "task success",
        "interruption recovery",
        "sentiment Δ",
    ):
        assert metric in first.stdout
