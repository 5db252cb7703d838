"""The stack's supervisor: a process `stack up` leaves running beside the services, which starts a service
again when its process dies (a crash, an OOM kill, a stray `kill`), so one failure does not leave the
stack without its warehouse or its workers until someone notices.

A restart waits ``backoff_s`` after the death is seen, doubling for each further death up to
``backoff_max_s``, so a service that cannot start does not spin; a service that then stays up for
``backoff_max_s`` is forgiven its earlier deaths. Each restart is counted in ``<stack_dir>/restarts.json``,
which `stack status` shows. `stack down` stops the supervisor first, so it never restarts what is being
stopped. Only death is acted on: an unhealthy but living service is shown by `stack status`, not killed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from devstack.stack.processes import PidFile
from devstack.stack.services import Layout, Service

log = logging.getLogger("devstack.stack.supervisor")


class Stop(Protocol):
    """A stop request (the CLI's ``StopSignal``: set by SIGTERM or SIGINT)."""

    def wait(self, timeout_s: float) -> bool: ...


def restarts_file(layout: Layout) -> Path:
    return layout.root / "restarts.json"


def restart_counts(layout: Layout) -> dict[str, int]:
    """How many times the supervisor restarted each service since `stack up` (absent: never)."""
    try:
        rows = json.loads(restarts_file(layout).read_text())
        return {name: int(row["restarts"]) for name, row in rows.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


@dataclass(slots=True)
class _Watch:
    delay_s: float
    due: float | None = None
    """Monotonic time of the next start attempt, once the death was seen; None while the process lives."""
    started: float = 0.0
    restarts: int = 0
    last_restart_utc: str = ""


class Supervisor:
    """Watches ``services`` through their pid files; ``start(service)`` starts one (and writes its pid)."""

    def __init__(
        self,
        services: list[Service],
        layout: Layout,
        start: Callable[[Service], object],
        *,
        backoff_s: float,
        backoff_max_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._services, self._layout, self._start = services, layout, start
        self._backoff_s, self._backoff_max_s, self._clock = backoff_s, backoff_max_s, clock
        self._watches = {s.name: _Watch(backoff_s) for s in services}

    def check(self) -> list[str]:
        """One pass over the services; returns the names started again in it."""
        _reap_children()
        now = self._clock()
        restarted = []
        for service in self._services:
            watch = self._watches[service.name]
            if PidFile(self._layout.pid(service.name)).live_pid() is not None:
                if watch.started and now - watch.started >= self._backoff_max_s:
                    watch.delay_s = self._backoff_s  # it stayed up: forget the earlier deaths
                continue
            if watch.due is None:
                watch.due = now + watch.delay_s
                log.warning("%s is not running; starting it again in %.1f s", service.name, watch.delay_s)
            if now < watch.due:
                continue
            watch.delay_s = min(self._backoff_max_s, watch.delay_s * 2)
            try:
                self._start(service)
            except Exception as err:  # a failed start is one more death: try again after the backoff
                watch.due = now + watch.delay_s
                log.error("%s could not be started again: %s", service.name, err)
                continue
            watch.due, watch.started = None, now
            watch.restarts += 1
            watch.last_restart_utc = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
            restarted.append(service.name)
            log.warning("%s started again (restart %d)", service.name, watch.restarts)
        if restarted:
            self._save()
        return restarted

    def run(self, stop: Stop, interval_s: float = 0.5) -> None:
        """Check every ``interval_s`` until SIGTERM/SIGINT."""
        while not stop.wait(interval_s):
            self.check()

    def _save(self) -> None:
        rows = {
            name: {"restarts": w.restarts, "last_restart_utc": w.last_restart_utc}
            for name, w in self._watches.items()
            if w.restarts
        }
        target = restarts_file(self._layout)
        partial = target.with_suffix(".json.partial")
        partial.write_text(json.dumps(rows, indent=1))
        partial.replace(target)  # `stack status` never reads half a file


def _reap_children() -> None:
    """Collect the services this process started that have exited, so none lingers as a zombie."""
    with contextlib.suppress(ChildProcessError):
        while os.waitpid(-1, os.WNOHANG)[0] > 0:
            pass
