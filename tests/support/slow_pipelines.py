"""Pipelines for tests: ``CountingPipeline``, one that does nothing (a base for doubles that record what
they are given), and for ``stream.bus_drain.PipelineProcess`` tests module-level builders (the child is
spawned, so they must import by name) that take a while to start, as a real one does on a loaded machine."""

from __future__ import annotations

import time

from ingest.clock import Clock
from stream.messages import RawMessage

START_S = 1.5


class CountingPipeline:
    """Accepts everything, writes nothing, remembers nothing: the parent learns the count from the child."""

    def submit(self, message: RawMessage) -> None:
        pass

    def poll(self) -> None:
        pass

    def join(self, timeout: float | None = None) -> None:
        pass

    def close(self) -> None:
        pass


def slow_start(clock: Clock) -> CountingPipeline:
    time.sleep(START_S)  # opening the warehouse and applying migrations, slowly
    return CountingPipeline()
