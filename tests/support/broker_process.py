"""What every test broker (plain or SASL_SSL) does alike: a graceful stop of its process, and running for
the length of a ``with`` block (started on entry, stopped on exit, also when the block raises)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol, TypeVar

from devstack import kafka_broker


class Startable(Protocol):
    def start(self) -> None: ...

    def stop(self) -> None: ...


B = TypeVar("B", bound=Startable)


@contextmanager
def running(broker: B) -> Iterator[B]:
    """``broker``, started; stopped when the block ends."""
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


def stop_process(process: subprocess.Popen[bytes] | None) -> None:
    """A graceful stop (SIGTERM, as `callpulse kafka down` does; SIGKILL after 20 s); None: nothing to stop."""
    if process is None:
        return
    kafka_broker.stop(process.pid, process=process)
    process.wait(timeout=30)
