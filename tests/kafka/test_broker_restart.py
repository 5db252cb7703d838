"""The broker restarts while an agent emits: ``emit()`` keeps returning at once, the emitter buffers
and its producer retries, and afterwards every emitted event is on the topic (at least once)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from ingest.contract.models import TurnEvent
from ingest.emit.kafka import KafkaEmitter

from kafka_deployment import Broker, Deployment
from kafka_events import simulated_events
from kafka_topic import read_topic

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

EMIT_PER_S = 200  # a steady stream: 80 simulated calls, ~3,900 events over ~20 s


class SteadySender:
    """Emits events from a thread at a steady pace; ``returned`` counts the calls to ``emit`` that returned."""

    def __init__(self, emitter: KafkaEmitter, events: list[TurnEvent]) -> None:
        self.returned = 0
        self.refused = 0
        self._emitter, self._events = emitter, events
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        started = time.monotonic()
        for index, event in enumerate(self._events):
            if not self._emitter.emit(event):
                self.refused += 1
            self.returned += 1
            ahead_s = started + index / EMIT_PER_S - time.monotonic()
            if ahead_s > 0:
                time.sleep(ahead_s)

    def join(self) -> None:
        self._thread.join()


def _wait_for(condition: object, what: str, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_a_broker_restart_while_emitting_loses_no_event(restartable_broker: Broker, tmp_path: Path) -> None:
    deployment = Deployment(restartable_broker.bootstrap, tmp_path)
    deployment.cli(tmp_path / "admin", "kafka", "topics")
    events = simulated_events(80, seed=11)
    # room for every event: a full buffer would drop (and count) events instead of holding them
    emitter = KafkaEmitter(
        bootstrap_servers=restartable_broker.bootstrap, topic=deployment.topic, buffer_size=len(events) + 1
    )
    sender = SteadySender(emitter, events)

    _wait_for(lambda: emitter.stats.delivered >= 300, "the first deliveries")
    restartable_broker.stop()
    returned_at_stop = sender.returned
    _wait_for(lambda: sender.returned >= min(len(events), returned_at_stop + 400), "emits while down")
    stats_while_down = emitter.stats
    returned_before_start = sender.returned
    restartable_broker.start()
    sender.join()
    unsettled = emitter.close(120)

    assert returned_before_start - returned_at_stop >= 400, "emit() kept returning while the broker was down"
    assert stats_while_down.buffered > 0, "events were held while the broker was down"
    stats = emitter.stats
    assert sender.refused == 0 and unsettled == 0
    assert (stats.emitted, stats.delivered, stats.dropped, stats.failed) == (len(events), len(events), 0, 0)

    on_topic = read_topic(restartable_broker.bootstrap, deployment.topic)
    ids = [record.event_id for record in on_topic]
    assert set(ids) == {str(event.event_id) for event in events}, "every emitted event is on the topic"
    assert len(ids) >= len(events)
    partitions: dict[str, set[int]] = {}
    for record in on_topic:
        partitions.setdefault(record.call_sid, set()).add(record.partition)
    assert all(len(p) == 1 for p in partitions.values()), "each call's events stay on one partition"
