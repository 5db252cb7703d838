"""The lifecycle every processing step follows (after arroyo's strategies).

A step wraps the next one. ``submit`` hands it one item; ``poll`` lets it do time-based work
(flush a batch that got old, publish live call rows); ``join`` finishes everything in flight (used on
shutdown and at the end of a file); ``close`` releases resources. Steps never read the wall clock
directly: they take an ``ingest.clock.Clock``.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

TIn = TypeVar("TIn", contravariant=True)


class Step(Protocol[TIn]):
    def submit(self, item: TIn) -> None: ...

    def poll(self) -> None: ...

    def join(self, timeout: float | None = None) -> None: ...

    def close(self) -> None: ...


class Forwarding:
    """For steps whose only work is in ``submit``: time-based work, shutdown and cleanup pass straight
    through to the next step."""

    _next: Step[Any]

    def poll(self) -> None:
        self._next.poll()

    def join(self, timeout: float | None = None) -> None:
        self._next.join(timeout)

    def close(self) -> None:
        self._next.close()


class Holding(Forwarding):
    """For steps that hold what they are given until ``_flush`` (a batch, a group for one bulk call):
    ``join`` flushes what is held before the next step joins; ``poll`` and ``close`` pass through unless
    the step overrides them."""

    def _flush(self) -> None:
        raise NotImplementedError

    def join(self, timeout: float | None = None) -> None:
        self._flush()
        self._next.join(timeout)
