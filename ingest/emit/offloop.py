"""Hand analytics work from a relay's event loop to one consumer thread, never waiting for it.

The media path (a tap relaying frames, an agent streaming tokens) must not pay for analytics: building
and validating events, encoding them, handing them to a bus. ``OffLoop.put`` only appends to a bounded
queue under a lock the consumer holds for a few list operations, so it costs the loop microseconds
whatever the consumer is doing (blocked, slow, or holding the GIL in a long step between two items).
When the queue is full, ``put`` drops the item and says so: the caller counts it, and the item's
``on_drop`` hook (if given) turns it into a dead-letter note, so a producer's drops are accounted
(events emitted = stored + dead-lettered, producers included) instead of vanishing.

One consumer thread keeps the items of a call in the order they were put, which is what per-call
``seq`` numbers and talk-cycle state need.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
DEFAULT_CAPACITY = 100_000


@dataclass(frozen=True, slots=True)
class OffLoopStats:
    """``accepted`` = ``consumed`` + ``failed`` + ``queued`` at any snapshot; ``dropped`` were refused."""

    accepted: int = 0
    dropped: int = 0
    consumed: int = 0
    failed: int = 0  # the consumer raised on the item (logged once per item, never re-raised)
    queued: int = 0


class OffLoop(Generic[T]):
    """A bounded FIFO from any thread (the event loop) to one consumer thread.

    ``consume`` runs on the consumer thread, one item at a time, in ``put`` order; an exception it
    raises is counted and logged, never propagated (analytics must never break a call).
    """

    def __init__(
        self, consume: Callable[[T], None], *, capacity: int = DEFAULT_CAPACITY, name: str = "offloop"
    ) -> None:
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self._consume = consume
        self._items: deque[T] = deque()
        self._cond = threading.Condition()
        self._accepted = self._dropped = self._consumed = self._failed = 0
        self._busy = 0  # items taken by the consumer and not yet finished
        self._closing = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def put(self, item: T, *, essential: bool = False) -> bool:
        """Queue ``item`` without waiting; False when the queue is full or closed (the item is dropped).

        ``essential`` items (a call's end: rare, and without it the call never ends) are queued even
        when the queue is full; only a closed queue refuses them."""
        with self._cond:
            full = len(self._items) + self._busy >= self.capacity
            if self._closing or (full and not essential):
                self._dropped += 1
                return False
            self._items.append(item)
            self._accepted += 1
            if len(self._items) == 1:
                self._cond.notify()
        return True

    def wait_idle(self, timeout_s: float) -> bool:
        """Wait until everything put so far was consumed; False if ``timeout_s`` ran out first."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._items and not self._busy, timeout_s)

    def close(self, timeout_s: float) -> int:
        """Refuse new items, let the consumer finish the queued ones (up to ``timeout_s``), stop it;
        return how many items were left unconsumed."""
        deadline = time.monotonic() + timeout_s
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join(max(0.0, deadline - time.monotonic()))
        with self._cond:
            left = len(self._items) + self._busy
        if left:
            log.warning("%s closed with %d items not consumed", self._thread.name, left)
        return left

    @property
    def stats(self) -> OffLoopStats:
        with self._cond:
            return OffLoopStats(
                accepted=self._accepted,
                dropped=self._dropped,
                consumed=self._consumed,
                failed=self._failed,
                queued=len(self._items) + self._busy,
            )

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: bool(self._items) or self._closing)
                if not self._items:
                    return
                batch = list(self._items)
                self._items.clear()
                self._busy = len(batch)
            for item in batch:
                try:
                    self._consume(item)
                    ok = True
                except Exception:
                    log.exception("%s: consuming an item failed", self._thread.name)
                    ok = False
                with self._cond:
                    self._busy -= 1
                    if ok:
                        self._consumed += 1
                    else:
                        self._failed += 1
                    if not self._items and not self._busy:
                        self._cond.notify_all()
