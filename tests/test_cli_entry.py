"""A service stopped while Python is still importing the CLI exits 0 (it has accepted nothing, so there
is nothing to drain) instead of dying of the signal; a one-shot command stopped then still dies of it.

The stop is sent as soon as the process has a SIGTERM handler (``SigCgt`` in ``/proc``): the first one
is ``callpulse.entry``'s, installed before the CLI's half-second-plus import, so the signal lands in it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from callpulse.entry import is_service

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads SigCgt from /proc")


def _catches_sigterm(pid: int) -> bool:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) & (1 << (signal.SIGTERM - 1)))
    return False


def _stop_while_starting(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "CALLPULSE_WAREHOUSE_URL": f"chdb://{tmp_path / 'wh'}",
        "CALLPULSE_KAFKA_BOOTSTRAP": "127.0.0.1:9",
    }
    proc = subprocess.Popen([sys.executable, "-m", "callpulse", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 60
    while not _catches_sigterm(proc.pid):
        assert proc.poll() is None and time.monotonic() < deadline, "no SIGTERM handler appeared"
        time.sleep(0.001)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_a_worker_stopped_during_startup_exits_0_and_says_so(tmp_path: Path) -> None:
    done = _stop_while_starting("worker", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "SIGTERM before start-up finished" in done.stderr


def test_a_one_shot_command_stopped_during_startup_still_dies_of_the_signal(tmp_path: Path) -> None:
    done = _stop_while_starting("query", "SELECT 1", tmp_path=tmp_path)
    assert done.returncode == -signal.SIGTERM, done.stderr


@pytest.mark.parametrize(
    ("argv", "service"),
    [
        (["worker", "--processes", "2"], True),
        (["agent", "serve", "--port", "0"], True),
        (["warehouse", "serve"], True),
        (["stack", "supervise"], True),
        (["tap", "--upstream", "ws://x"], True),
        (["agent", "simulate"], False),
        (["warehouse", "migrate"], False),
        (["query", "SELECT 1"], False),
        ([], False),
    ],
)
def test_which_commands_are_services(argv: list[str], service: bool) -> None:
    assert is_service(argv) is service


def test_a_stop_that_lands_while_the_guard_is_being_installed_is_caught_by_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window the subprocess tests hit about once in four full runs (CI, 2026-12-05: exit 1 and a
    traceback): SIGTERM is caught from the first ``signal.signal`` on, and arrives while SIGINT's handler is
    still being installed. Put it there on purpose: a service must still exit 0, and the handlers be put back."""
    from callpulse import entry

    real = signal.signal
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}

    def install(sig: int, handler: object) -> object:
        previous = real(sig, handler)  # type: ignore[arg-type]
        if sig == signal.SIGINT and handler is not before[signal.SIGINT]:
            os.kill(os.getpid(), signal.SIGTERM)  # lands in SIGTERM's guard handler before this returns
            time.sleep(0.01)
        return previous

    monkeypatch.setattr(entry.signal, "signal", install)
    monkeypatch.setattr(sys, "argv", ["callpulse", "worker"])
    assert entry.run() == 0
    monkeypatch.undo()
    assert {sig: signal.getsignal(sig) for sig in before} == before
