"""Workers on threads of one process, sharing one warehouse client (tests and benchmarks only).

Production runs one worker per process (``callpulse worker``). With the embedded warehouse that
cannot be shared between processes (chDB allows one data path per process), the rebalance test needs
two workers of one consumer group writing to one warehouse, and the Kafka benchmark needs to query
the worker's warehouse while it runs. Each ``ThreadedWorker`` runs the parts ``callpulse worker``
runs (``callpulse.compose.worker``, handed in as ``build``) on its own thread and event loop;
clickhouse-connect's chDB backend serializes the workers' queries with its lock. What differs from
separate processes: faust's ``Worker`` wrapper (signal handlers, logging set-up) is not used, and the
workers share the GIL, so their throughput is not additive.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar


class WorkerParts(Protocol):
    """What a thread runs: the faust ``app``, and ``close`` for the rest once it stopped."""

    app: Any

    def close(self) -> None: ...


Parts = TypeVar("Parts", bound=WorkerParts)


class ThreadedWorker(Generic[Parts]):
    """A worker (faust app + pipeline) running on its own thread and event loop until ``stop``.
    ``build(shutdown)`` makes its parts on that thread (``callpulse.compose.worker_builder``); ``shutdown``
    stops it after a fatal pipeline error."""

    def __init__(self, build: Callable[[Callable[[], None]], Parts], name: str) -> None:
        self.name = name
        self._build = build
        self._started = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_requested: asyncio.Event | None = None
        self.parts: Parts | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=f"worker-{name}", daemon=True)
        self._thread.start()
        if not self._started.wait(120):
            raise RuntimeError(f"worker {name} did not start")
        if self.error is not None:
            raise RuntimeError(f"worker {name} failed to start") from self.error

    def _run(self) -> None:
        loop = self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)  # faust's app takes the loop current when it is built
        try:
            self._stop_requested = asyncio.Event()
            self.parts = self._build(self._request_stop)
            loop.run_until_complete(self.parts.app.start())
        except BaseException as err:
            self.error = err
            self._started.set()
            raise
        self._started.set()
        try:
            loop.run_until_complete(self._stop_requested.wait())
            loop.run_until_complete(self.parts.app.stop())
        except BaseException as err:
            self.error = err
            raise
        finally:
            self.parts.close()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def _request_stop(self) -> None:
        assert self._stop_requested is not None
        self._stop_requested.set()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout_s: float = 60) -> None:
        """Stop the app as SIGTERM would: leave the group (a rebalance), commit what was acked."""
        if self._loop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._request_stop)
        self._thread.join(timeout_s)
        if self._thread.is_alive():
            raise RuntimeError(f"worker {self.name} did not stop within {timeout_s} s")
        if self.error is not None:
            raise RuntimeError(f"worker {self.name} failed") from self.error
