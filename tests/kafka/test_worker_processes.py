"""`callpulse worker --processes N`: the parent forwards SIGTERM/SIGINT to every worker process and waits
for each to drain; one worker that dies stops the others and the parent exits non-zero. The children
here are stand-ins that record the signal they got (the real worker's drain is test_worker_drain's)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from callpulse.cli.worker import child_env, supervise
from callpulse.settings import Settings

CHILD = r"""
import os, pathlib, signal, sys, time
out = pathlib.Path(os.environ["OUT"])
def stop(signum, frame):
    time.sleep(0.2)  # draining
    (out / "stopped").write_text(signal.Signals(signum).name)
    sys.exit(0)
signal.signal(signal.SIGTERM, stop)
signal.signal(signal.SIGINT, stop)
(out / "ready").write_text("")
if os.environ.get("EXIT_WITH"):
    while not (pathlib.Path(os.environ["WAIT_FOR"]) / "ready").exists():  # the other one is up
        time.sleep(0.02)
    sys.exit(int(os.environ["EXIT_WITH"]))
while True:
    time.sleep(0.05)
"""


@pytest.fixture(autouse=True)
def _restore_signal_handlers() -> Iterator[None]:
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    yield
    for sig, handler in saved.items():
        signal.signal(sig, handler)


def _children(tmp_path: Path, count: int) -> list[Path]:
    dirs = []
    for index in range(count):
        out = tmp_path / f"child-{index}"
        out.mkdir()
        dirs.append(out)
    return dirs


def _signal_self_when_ready(dirs: list[Path], sig: signal.Signals) -> threading.Thread:
    def send() -> None:
        deadline = time.monotonic() + 60
        while not all((d / "ready").exists() for d in dirs) and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(os.getpid(), sig)

    thread = threading.Thread(target=send, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_reaches_every_worker_and_the_parent_exits_0_once_all_drained(
    tmp_path: Path, sig: signal.Signals
) -> None:
    dirs = _children(tmp_path, 3)
    sender = _signal_self_when_ready(dirs, sig)
    code = supervise([sys.executable, "-c", CHILD], [{**os.environ, "OUT": str(d)} for d in dirs], 10)
    sender.join()
    assert code == 0
    assert [(d / "stopped").read_text() for d in dirs] == [sig.name] * 3  # each drained before the exit


def test_a_worker_that_dies_stops_the_others_and_the_parent_exits_non_zero(tmp_path: Path) -> None:
    dying, other = _children(tmp_path, 2)
    envs = [
        {**os.environ, "OUT": str(dying), "EXIT_WITH": "3", "WAIT_FOR": str(other)},
        {**os.environ, "OUT": str(other)},
    ]
    code = supervise([sys.executable, "-c", CHILD], envs, 10)
    assert code == 3
    assert (other / "stopped").read_text() == "SIGTERM"


def test_each_worker_gets_its_own_metrics_port_and_faust_directory(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path, worker_metrics_port=9200)  # type: ignore[call-arg]
    envs = [child_env({"PATH": "/bin"}, settings, index) for index in range(2)]
    assert [e["CALLPULSE_WORKER_METRICS_PORT"] for e in envs] == ["9200", "9201"]
    assert [e["CALLPULSE_DATA_DIR"] for e in envs] == [str(tmp_path / "worker-1"), str(tmp_path / "worker-2")]
    assert all(e["PATH"] == "/bin" for e in envs)
    none = Settings(_env_file=None, data_dir=tmp_path, worker_metrics_port=0)  # type: ignore[call-arg]
    assert child_env({}, none, 1)["CALLPULSE_WORKER_METRICS_PORT"] == "0"  # no /metrics stays none


def test_several_processes_need_a_warehouse_server(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CALLPULSE_")}
    result = subprocess.run(
        [sys.executable, "-m", "callpulse.cli", "worker", "--processes", "2"],
        env={**env, "CALLPULSE_DATA_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "--processes needs a warehouse server" in result.stderr
