"""Health checks of the stack's services, and the wait for one to pass."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable

from devstack import kafka_broker
from devstack.stack.services import Check


def healthy(check: Check, *, alive: bool, age_s: float) -> bool:
    """Whether ``check`` passes now, for a process that is ``alive`` and started ``age_s`` ago."""
    if not alive:
        return False
    if check.kind == "alive":
        return age_s >= check.seconds
    if check.kind == "kafka":
        return kafka_broker.answers(check.target, timeout_s=2.0)
    try:
        with urllib.request.urlopen(check.target, timeout=2) as reply:
            return 200 <= int(reply.status) < 300
    except (urllib.error.URLError, OSError, ValueError):
        return False


def wait_healthy(check: Check, alive: Callable[[], bool], timeout_s: float) -> bool:
    """Poll until ``check`` passes (True), the process exits or ``timeout_s`` passes (False)."""
    started = time.monotonic()
    while True:
        age = time.monotonic() - started
        is_alive = alive()
        if healthy(check, alive=is_alive, age_s=age):
            return True
        if not is_alive or age > timeout_s:
            return False
        time.sleep(0.3)
