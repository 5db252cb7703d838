"""The stack's supervisor starts a service again when its process dies (issue 14, finding 7: a warehouse
server killed by the kernel stayed down), with a growing backoff, and counts the restarts that
`stack status` shows."""

from __future__ import annotations

import itertools
import signal
import subprocess
import sys
import time
from pathlib import Path

from devstack.stack.processes import PidFile, spawn, stop
from devstack.stack.services import Check, Layout, Service
from devstack.stack.supervisor import Supervisor, restart_counts

SLEEPER = Service("sleeper", (sys.executable, "-c", "import time; time.sleep(600)"), Check("alive"))


def _start(layout: Layout) -> object:
    def start(service: Service) -> subprocess.Popen[bytes]:
        process = spawn(list(service.argv), {}, layout.log(service.name), Path.cwd())
        PidFile(layout.pid(service.name)).write(process.pid)
        return process

    return start


def test_a_killed_service_is_started_again_and_counted(tmp_path: Path) -> None:
    layout = Layout(tmp_path)
    start = _start(layout)
    first = start(SLEEPER)
    supervisor = Supervisor([SLEEPER], layout, start, backoff_s=0.1, backoff_max_s=1.0)
    assert supervisor.check() == []  # alive: nothing to do
    first.send_signal(signal.SIGKILL)  # type: ignore[attr-defined]
    first.wait()  # type: ignore[attr-defined]
    deadline = time.monotonic() + 30
    while (pid := PidFile(layout.pid("sleeper")).live_pid()) is None:
        assert time.monotonic() < deadline, "the killed service was not started again"
        supervisor.check()
        time.sleep(0.05)  # poll interval
    try:
        assert pid != first.pid  # type: ignore[attr-defined]
        assert restart_counts(layout) == {"sleeper": 1}
    finally:
        stop(pid, 5)


def test_restarts_back_off_while_a_service_keeps_dying(tmp_path: Path) -> None:
    layout = Layout(tmp_path)
    now = [100.0]
    starts: list[float] = []
    supervisor = Supervisor(
        [SLEEPER], layout, lambda _: starts.append(now[0]), backoff_s=1.0, backoff_max_s=4.0,
        clock=lambda: now[0],
    )  # fmt: skip
    # the starter writes no pid file: every start "dies" at once, like a service that cannot start
    for _ in range(200):
        supervisor.check()
        now[0] += 0.25
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert starts[0] == 101.0  # the first restart waits the base backoff after the death is seen
    assert gaps[:3] == [2.25, 4.25, 4.25]  # doubled, then capped (plus the pass that sees the death)
    assert restart_counts(layout) == {"sleeper": len(starts)}
