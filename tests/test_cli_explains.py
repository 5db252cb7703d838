"""The CLI explains itself: errors name the setting to change or show ClickHouse's own words, a second
process on the embedded warehouse is told how to share it, ingest names its failing lines and shows
progress in a terminal only. Each runs `callpulse` as a user would, in a real process."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from cli_process import cli_env, run_callpulse

from events import CallBuilder


def callpulse(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_callpulse(tmp_path / "var", *args)


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    """A call of 6 events, then a broken line (7) and an unknown schema version (8)."""
    call = CallBuilder().started()
    call.agent(100, "Hi, I'm an automated assistant.", tags=("greeting",))
    call.caller(3_000, "What is my balance?")
    call.agent(3_800, "Your balance is forty two dollars.")
    call.caller(8_000, "Thanks, bye.")
    call.ended(9_000)
    lines = call.lines()
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"\n".join([*lines, b"{broken", orjson.dumps({"schema_version": 9})]) + b"\n")
    assert len(lines) == 6
    return path


def test_ingest_names_the_failing_lines(tmp_path: Path, events_file: Path) -> None:
    done = callpulse(tmp_path, "ingest", str(events_file))
    assert done.returncode == 0, done.stderr
    assert "line 7: malformed_json" in done.stdout
    assert "line 8: unknown_schema_version" in done.stdout
    assert "line 6:" not in done.stdout  # a stored line is not named


def test_too_many_invalid_lines_name_the_setting_to_change(tmp_path: Path) -> None:
    path = tmp_path / "garbage.jsonl"
    path.write_bytes(b"not json\n" * 150)
    done = callpulse(tmp_path, "ingest", str(path))
    assert done.returncode == 2
    assert "CALLPULSE_MAX_INVALID_RATIO" in done.stderr
    assert "raise max_invalid_ratio" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_a_typo_in_sql_shows_clickhouse_syntax_error(tmp_path: Path) -> None:
    done = callpulse(tmp_path, "query", "SELEC 1")
    assert done.returncode == 2
    assert "Syntax error" in done.stderr or "SYNTAX_ERROR" in done.stderr, done.stderr
    assert "only read statements" not in done.stderr
    write = callpulse(tmp_path, "query", "DROP TABLE calls")  # a write is still refused with a sentence
    assert write.returncode == 2 and "only read statements" in write.stderr


def test_a_second_process_on_the_embedded_warehouse_is_told_how_to_share_it(tmp_path: Path) -> None:
    path = tmp_path / "var" / "warehouse"
    path.mkdir(parents=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import chdb, time; c = chdb.connect({str(path)!r}); print('open', flush=True); time.sleep(120)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        done = callpulse(tmp_path, "query", "SELECT 1")
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "in use by another callpulse process" in done.stderr
    assert f"pid {holder.pid}" in done.stderr
    assert "callpulse warehouse serve" in done.stderr
    assert "EmbeddedServer" not in done.stderr


def _in_a_terminal(tmp_path: Path, *args: str) -> str:
    """What `callpulse` writes when its output is a terminal (a pseudo-terminal here)."""
    main, child = pty.openpty()
    env = cli_env(tmp_path / "var", COLUMNS="120", TERM="xterm")
    process = subprocess.Popen(
        [sys.executable, "-m", "callpulse.cli", *args], stdout=child, stderr=child, env=env
    )
    os.close(child)
    out = b""
    while True:
        try:
            chunk = os.read(main, 65_536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(main)
    assert process.wait(timeout=300) == 0, out.decode(errors="replace")[-2000:]
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out.decode(errors="replace"))  # colours, cursor moves


def test_ingest_shows_progress_in_a_terminal_and_none_when_piped(tmp_path: Path, events_file: Path) -> None:
    shown = _in_a_terminal(tmp_path, "ingest", str(events_file))
    assert re.search(r"\b\d+/8\b", shown), shown[-2000:]  # "0/8 lines", then "8/8 lines"
    piped = callpulse(tmp_path, "ingest", str(events_file))
    assert piped.returncode == 0, piped.stderr
    assert not re.search(r"\b\d+/8\b", piped.stdout), piped.stdout
    assert "read 8 events" in piped.stdout


def test_the_demo_shows_progress_in_a_terminal_and_none_when_piped(tmp_path: Path) -> None:
    """Kept from before the CLI package (the demo had its bar already): a guard, not a new behaviour."""
    args = ("demo", "--calls", "10", "--seed", "3", "--hour-ms", "1796277600000")
    shown = _in_a_terminal(tmp_path, *args)
    assert re.search(r"pipeline .*\b\d+/\d+ events", shown), shown[-2000:]
    piped = callpulse(tmp_path, *args)
    assert piped.returncode == 0, piped.stderr
    assert not re.search(r"\b\d+/\d+ events", piped.stdout), piped.stdout
    assert "KPIs per workflow" in piped.stdout
