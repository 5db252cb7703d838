"""Simulated calls for the Kafka tests, emitted with the real KafkaEmitter."""

from __future__ import annotations

import threading
import time

from pydantic import TypeAdapter

from agent.simulator.library import generate_calls, interleave_events
from ingest.contract.models import TurnEvent
from ingest.emit.kafka import KafkaEmitter

_ADAPTER: TypeAdapter[TurnEvent] = TypeAdapter(TurnEvent)


def simulated_events(calls: int, seed: int = 5) -> list[TurnEvent]:
    """Events of ``calls`` simulated calls that ended within the last hour, interleaved by time."""
    now_ms = time.time_ns() // 1_000_000
    return [
        _ADAPTER.validate_python(e)
        for e in interleave_events(generate_calls(calls, seed=seed, start_ms=now_ms))
    ]


def emit_all(
    bootstrap: str, topic: str, events: list[TurnEvent], pause_every: int = 0, pause_s: float = 0.0
) -> KafkaEmitter:
    """Emit every event (pausing ``pause_s`` after each ``pause_every``); returns the closed emitter."""
    emitter = KafkaEmitter(bootstrap_servers=bootstrap, topic=topic, buffer_size=len(events) + 1)
    for index, event in enumerate(events, 1):
        assert emitter.emit(event)
        if pause_every and index % pause_every == 0:
            time.sleep(pause_s)
    emitter.close(120)
    return emitter


def emit_in_background(
    bootstrap: str, topic: str, events: list[TurnEvent], seconds: float
) -> threading.Thread:
    """Emit ``events`` spread over about ``seconds``, from a thread (join it to wait for delivery)."""
    chunks = 20
    pause_every = max(1, len(events) // chunks)
    thread = threading.Thread(
        target=emit_all, args=(bootstrap, topic, events, pause_every, seconds / chunks), daemon=True
    )
    thread.start()
    return thread
