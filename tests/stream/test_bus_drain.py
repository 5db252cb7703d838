"""The tap's and the agent's embedded pipeline runs in a child process that takes time to start: the
parent knows when it is ready (scripts and probes wait for it) and, once it is, nothing sent is lost."""

from __future__ import annotations

import pytest
from slow_pipelines import START_S, slow_start

from ingest.codec import decode
from ingest.emit.inprocess import InProcessBus
from stream.bus_drain import PipelineProcess

from events import CallBuilder, as_bytes


@pytest.mark.slow
def test_the_parent_knows_when_the_child_pipeline_is_ready_and_every_event_sent_is_written() -> None:
    bus = InProcessBus()
    pipeline = PipelineProcess(bus, "test", slow_start)
    try:
        assert not pipeline.wait_ready(START_S / 10), "ready before its pipeline was built"
        assert pipeline.wait_ready(60)
        events = CallBuilder().started().ended(at=60_000).events
        for event in events:
            assert bus.emit(decode(as_bytes(event)))
    finally:
        unsent = pipeline.close(30)
    assert unsent == 0 and pipeline.stats == {"messages": len(events)}
