"""When the worker writes what it holds: as soon as the last write started a batch age ago, and no more
often than the writes' own cost allows.

A write costs about the same whatever its rows (per table, one chDB/ClickHouse insert, a few ms of
CPU on an idle machine and hundreds of ms of wall time on a loaded one: docs/sizing.md), so the insert
rate, not the row count, is what costs. The batch step closes a batch when its first row is
``max_age_ms`` old, checked only when it is polled, and a fetch is polled once it was submitted whole:
an event waited up to a whole batch age, and behind a long fetch for the fetch too.

``WriteCadence`` spaces the starts of writes instead: a write is due when events are held and the last
write started at least ``spacing`` ago, where ``spacing`` is ``max_age_ms``, or longer when writes
are slow (``1 / MAX_WRITE_SHARE`` times the last write's duration). So:

- at a steady rate, a write starts every ``max_age_ms`` and takes what came since (fuller inserts the
  higher the rate), and an event waits at most ``max_age_ms`` from its submission for its write;
- after a pause (no write for ``max_age_ms``), what arrives is written at once; a worker that just
  started counts as having written at its start (its first batch waits as any other would, and an
  operator's long batch age holds from the start);
- when writes get slow (a loaded machine, a slow warehouse), the feeder's writes get rarer, so that
  they never take more than ``MAX_WRITE_SHARE`` of the pipeline thread's time (measured, docs/sizing.md:
  with a write due on an event's age alone, a worker at load 18 spent its time on 87-row inserts of
  650 ms each and fell further behind).

Pure bookkeeping on the pipeline thread's clock; the feeder asks and flushes.
"""

from __future__ import annotations

MAX_WRITE_SHARE = 0.5
"""The largest share of the time between two write starts that the first write may have taken."""


class WriteCadence:
    """Whether a write is due, from whether events are held and when and how long the last write ran."""

    def __init__(self, max_age_ms: int, started_ms: int) -> None:
        if max_age_ms < 1:
            raise ValueError("max_age_ms must be >= 1")
        self.max_age_ms = max_age_ms
        self.holding = False
        """Whether events were submitted since the last write started."""
        self._last_start_ms = started_ms
        self._spacing_ms = max_age_ms

    def received(self) -> None:
        """Events were submitted to the chain (and are not written yet)."""
        self.holding = True

    def due(self, now_ms: int) -> bool:
        """Whether the events held should be written now."""
        return self.holding and now_ms - self._last_start_ms >= self._spacing_ms

    def wrote(self, started_ms: int, finished_ms: int) -> None:
        """Everything submitted before ``started_ms`` went into a write that ran until ``finished_ms``."""
        self.holding = False
        self._last_start_ms = started_ms
        self._spacing_ms = max(self.max_age_ms, int((finished_ms - started_ms) / MAX_WRITE_SHARE))

    def handed_on(self, started_ms: int) -> None:
        """Everything submitted before ``started_ms`` went to a writer thread (``WriteBehind``); its
        duration comes later, to ``took``."""
        self.holding = False
        self._last_start_ms = started_ms

    def took(self, write_ms: int) -> None:
        """A write handed on returned after ``write_ms``: the next starts no sooner than it would have
        after the same write on the pipeline thread, so the insert rate stays bounded as before."""
        self._spacing_ms = max(self.max_age_ms, int(write_ms / MAX_WRITE_SHARE))
