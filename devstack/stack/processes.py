"""Start and stop the stack's processes. Each runs in a session (process group) of its own, so stopping
one stops its children too; a pid file holds the pid and the process's start time, so a pid the kernel
reused for something else is never signalled."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class PidFile:
    """``<pid> <start time in clock ticks since boot>``."""

    path: Path

    def write(self, pid: int) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(f"{pid} {start_ticks(pid) or 0}\n")

    def live_pid(self) -> int | None:
        """The pid if that very process still runs (not a zombie, not a reused pid), else None."""
        try:
            pid_text, _, ticks_text = self.path.read_text().strip().partition(" ")
            pid, ticks = int(pid_text), int(ticks_text or 0)
        except (OSError, ValueError):
            return None
        now = start_ticks(pid)
        if now is None or (ticks and now != ticks):
            return None
        return pid

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


def start_ticks(pid: int) -> int | None:
    """When ``pid`` started (field 22 of /proc/<pid>/stat); None when it is gone or a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    if fields[0] in ("Z", "X"):
        return None
    return int(fields[19])


def spawn(argv: list[str], env: dict[str, str], log: Path, cwd: Path) -> subprocess.Popen[bytes]:
    """Start ``argv`` in a new session, stdout and stderr appended to ``log``."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        return subprocess.Popen(
            argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, cwd=cwd,
            start_new_session=True,
        )  # fmt: skip


def stop(pid: int, timeout_s: float) -> str:
    """SIGTERM the process group of ``pid``, SIGKILL it after ``timeout_s``; says which ended it."""
    ticks = start_ticks(pid)
    if ticks is None:
        return "not running"
    _signal_group(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        _reap(pid)
        if start_ticks(pid) != ticks:
            return "stopped"
        time.sleep(0.1)
    _signal_group(pid, signal.SIGKILL)
    for _ in range(50):
        _reap(pid)
        if start_ticks(pid) != ticks:
            break
        time.sleep(0.1)
    return "killed"


def _signal_group(pid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pid, sig)
    except ProcessLookupError:
        return
    except PermissionError:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)


def _reap(pid: int) -> None:
    """Collect ``pid`` if it is this process's child (it is when `stack up` fails and cleans up)."""
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)


def tail(path: Path, lines: int = 25) -> str:
    """The last lines of a log, for an error message."""
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return f"(no log at {path})"
    return "\n".join(text.rstrip().splitlines()[-lines:])
