"""A sliding-window rate limit per key, in process memory, on an injected clock (ms).

In-process on purpose: the limited route (raw transcript reads) is rare and audited anyway; with
several API replicas each enforces its own window (documented in api/README.md)."""

from __future__ import annotations

import threading
from collections import defaultdict, deque

from api.errors import RateLimited
from ingest.clock import Clock


class RateLimiter:
    """At most ``limit`` hits per ``window_ms`` for each key."""

    def __init__(self, limit: int, window_ms: int, clock: Clock) -> None:
        self._limit, self._window_ms, self._clock = limit, window_ms, clock
        self._hits: dict[str, deque[int]] = defaultdict(deque)
        self._lock = threading.Lock()

    def hit(self, key: str) -> None:
        """Count one hit for ``key``; raises ``RateLimited`` (with Retry-After seconds) over the limit."""
        now = self._clock.now_ms()
        with self._lock:
            hits = self._hits[key]
            while hits and hits[0] <= now - self._window_ms:
                hits.popleft()
            if len(hits) >= self._limit:
                retry_ms = hits[0] + self._window_ms - now
                raise RateLimited(
                    f"at most {self._limit} requests per {self._window_ms // 1000} s for this key",
                    retry_after_s=max(1, -(-retry_ms // 1000)),
                )
            hits.append(now)
