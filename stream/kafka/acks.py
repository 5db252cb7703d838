"""Offsets are acknowledged to faust only after the ClickHouse insert of their batch returned.

faust commits what was *acked*. The agent iterates with ``noack_take`` (no automatic acks), keeps
every received event here in offset order per partition, and the writer's ``commit`` callback (which
runs after a batch's inserts returned) records the next offset to consume per partition. ``ready``
then hands back the events below that offset, and only those are acked, so faust's periodic commit
can never cover a message whose rows are not stored.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Mapping
from typing import Generic, TypeVar

E = TypeVar("E")
TopicPartition = tuple[str, int]


class AckLedger(Generic[E]):
    """Events waiting for their batch to be written, and the offsets the writer committed.

    ``commit`` may be called from the pipeline's thread; the rest from the event loop.
    """

    def __init__(self) -> None:
        self._pending: dict[TopicPartition, deque[tuple[int, E]]] = {}
        self._written: dict[TopicPartition, int] = {}
        self._lock = threading.Lock()
        self.commits = 0
        """How many times the writer committed (one per written batch, offsets or not)."""

    def hold(self, tp: TopicPartition, offset: int, event: E) -> None:
        """Remember a received event until its offset is written."""
        self._pending.setdefault(tp, deque()).append((offset, event))

    def commit(self, offsets: Mapping[TopicPartition, int]) -> None:
        """The writer's callback: every offset below ``offsets[tp]`` is stored in the warehouse."""
        with self._lock:
            self.commits += 1
            for tp, offset in offsets.items():
                if offset > self._written.get(tp, -1):
                    self._written[tp] = offset

    def ready(self) -> list[E]:
        """Events whose rows are stored, oldest first per partition; they leave the ledger."""
        with self._lock:
            written = dict(self._written)
        done: list[E] = []
        for tp, queue in self._pending.items():
            limit = written.get(tp)
            if limit is None:
                continue
            while queue and queue[0][0] < limit:
                done.append(queue.popleft()[1])
        return done

    def drop(self) -> int:
        """Forget every held event (on revocation: the new owner re-reads them); returns how many."""
        count = sum(len(q) for q in self._pending.values())
        self._pending.clear()
        with self._lock:
            self._written.clear()
        return count

    def written(self, tp: TopicPartition) -> int | None:
        """The next offset to consume on ``tp`` as far as the warehouse is concerned (None: nothing yet)."""
        with self._lock:
            return self._written.get(tp)

    @property
    def held(self) -> int:
        return sum(len(q) for q in self._pending.values())
