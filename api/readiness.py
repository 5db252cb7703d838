"""``/readyz``'s check: one real round trip to the warehouse, answered within a bound whatever the
warehouse does.

The query runs on a thread of its own and the route waits for it at most ``timeout_s``: a warehouse that
is gone fails fast, but one that accepts the connection and never answers (stopped, or busy with a
runaway query behind the server's lock) would otherwise hold the probe for the driver's read timeout
(300 s), so the orchestrator would see neither "ready" nor "not ready". While a check is still waiting,
the next probe waits on the same one instead of stacking threads. The thread is a daemon, so a check
that never returns cannot hold up the process's exit when it is stopped.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout

from stream.warehouse import Warehouse


class ReadinessCheck:
    """``check()`` → None when the warehouse answered, else the reason it is not ready."""

    def __init__(self, client: Warehouse, database: str, timeout_s: float) -> None:
        self._client, self._database, self._timeout_s = client, database, timeout_s
        self._pending: Future[None] | None = None
        self._lock = threading.Lock()

    def check(self) -> str | None:
        with self._lock:
            if self._pending is None or self._pending.done():
                self._pending = Future()
                threading.Thread(
                    target=self._round_trip, args=(self._pending,), name="readyz", daemon=True
                ).start()
            pending = self._pending
        try:
            pending.result(timeout=self._timeout_s)
        except FutureTimeout:
            return f"the warehouse did not answer within {self._timeout_s:g} s"
        except Exception as err:  # any driver failure means "not ready"
            return f"the warehouse query failed: {type(err).__name__}: {_first_line(err)}"
        return None

    def _round_trip(self, outcome: Future[None]) -> None:
        seconds = max(1, int(self._timeout_s + 0.999))
        try:
            self._client.query(
                f"SELECT count() FROM {self._database}.calls WHERE 0",
                settings={"max_execution_time": seconds},
            )
        except BaseException as err:  # handed to the waiting probe
            outcome.set_exception(err)
        else:
            outcome.set_result(None)


def _first_line(err: Exception) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else ""
    return text.split(" (for url ")[0][:200]
