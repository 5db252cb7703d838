"""Write a batch on a thread of its own, so the step chain goes on while the warehouse inserts it.

On the Kafka worker the whole chain runs on one pipeline thread, and the writer's inserts (one per
table) are waits on the warehouse: measured on a loaded 2-core machine (py-spy on the worker of
``bench/rule_latency_kafka.py``, 2026-12-06), 22% of that thread's time was spent waiting for inserts,
while fetched events queued behind it and a per-call rule's match waited for the write before its
event was even read. ``WriteBehind`` hands each batch to one writer thread and returns; the chain
decodes, redacts and checks rules for the next events meanwhile.

What stays as it was:

- **Commit after write.** The wrapped writer (``ClickHouseWriter``) inserts and then commits the
  batch's offsets, on the writer thread, in that order; nothing is committed before its rows are stored.
- **Order.** One batch at a time, in submission order: a ``calls`` row is never stored before the events
  of an earlier batch, and offsets are committed in order.
- **Backpressure.** At most one batch is in flight. ``busy`` says whether one is; the batch step keeps
  collecting rows while it is (its age rule waits for the writer), and a batch submitted while one is
  in flight waits for it (a batch full on size).
- **Errors.** A write that failed raises its ``WriteError`` on the chain's thread at the next
  ``submit``, ``poll`` or ``join``, so the runner sees it as before (one poll later).
- **Drain.** ``join`` returns when the write in flight returned, so a stop or a partition revoke acks
  only what is stored.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from stream.messages import Batch
from stream.steps.base import Step


class WriteBehind:
    """Batch -> the next step's ``submit`` on the writer thread (one at a time, in order)."""

    def __init__(self, next_step: Step[Batch], *, thread_name: str = "callpulse-writer") -> None:
        self._next = next_step
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix=thread_name)
        self._in_flight: Future[None] | None = None
        self.waited = 0
        """Batches that had to wait for the write before them (the writer was the bottleneck)."""

    @property
    def busy(self) -> bool:
        """Whether a batch is being written now."""
        return self._in_flight is not None and not self._in_flight.done()

    def submit(self, item: Batch) -> None:
        if self.busy:
            self.waited += 1
        self._settle()
        self._in_flight = self._thread.submit(self._next.submit, item)

    def poll(self) -> None:
        if self._in_flight is not None and self._in_flight.done():
            self._settle()
        self._next.poll()

    def join(self, timeout: float | None = None) -> None:
        self._settle()
        self._next.join(timeout)

    def close(self) -> None:
        self._thread.shutdown(wait=True)
        self._next.close()

    def _settle(self) -> None:
        """Wait for the write in flight; raise its error here, on the chain's thread."""
        in_flight, self._in_flight = self._in_flight, None
        if in_flight is not None:
            in_flight.result()
