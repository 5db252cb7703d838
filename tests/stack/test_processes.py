"""Pid files and stopping: `stack down` signals only the processes `stack up` started, and a process
that ignores SIGTERM is killed after the timeout, children included."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from devstack.stack.processes import PidFile, spawn, start_ticks, stop, tail

IGNORES_TERM = (
    "import signal, subprocess, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
    "subprocess.Popen([sys.executable, '-c', 'import signal, time; "
    "signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(60)']); print('ready', flush=True); time.sleep(60)"
)


def test_a_pid_file_names_only_the_process_it_was_written_for(tmp_path: Path) -> None:
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    pid_file = PidFile(tmp_path / "x.pid")
    pid_file.write(process.pid)
    assert pid_file.live_pid() == process.pid
    (tmp_path / "x.pid").write_text(f"{process.pid} 12345\n")  # same pid, another start time: reused
    assert pid_file.live_pid() is None
    process.kill()
    process.wait()
    pid_file.write(process.pid)
    assert pid_file.live_pid() is None
    assert PidFile(tmp_path / "missing.pid").live_pid() is None


def test_stop_kills_a_group_that_ignores_sigterm(tmp_path: Path) -> None:
    log = tmp_path / "stubborn.log"
    process = spawn([sys.executable, "-c", IGNORES_TERM], {}, log, tmp_path)
    deadline = time.monotonic() + 20
    while "ready" not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    children = [int(p) for p in Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()]
    assert children
    started = time.monotonic()
    assert stop(process.pid, timeout_s=1.0) == "killed"
    assert time.monotonic() - started < 10
    process.wait(5)
    time.sleep(0.3)
    assert all(start_ticks(child) is None for child in children), "the child outlived its group"
    assert stop(process.pid, timeout_s=1.0) == "not running"
    assert "ready" in tail(log)
