"""A producer accounts for everything it meant to emit, through the bus and the pipeline into the
warehouse: an oversized utterance is stored cut and flagged (the call keeps its turns and TTFHW), an
event that cannot be repaired is stored as a dead letter with its reason, and
``messages emitted = events stored + dead letters`` holds with the producer's own rejections in it."""

from __future__ import annotations

from typing import Any

import orjson

from ingest.contract.models import MAX_CHUNKS, MAX_TEXT_CHARS, AgentInfo, Flags
from ingest.emit.inprocess import InProcessBus
from ingest.factory import CallEventFactory
from ingest.producer import CallProducer, ProducerStats
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline
from stream.runner import run

T0 = 1_764_000_000_000
SID = "CA" + "5" * 32
TWO_MB = 2_000_000


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def now_ms(self) -> int:
        return self.now


def producer(bus: InProcessBus, origin: Any = "tap") -> CallProducer:
    agent = AgentInfo(name="tapped-agent", version="1", model="m", prompt_version="p")
    factory = CallEventFactory(
        SID, "VX" + "5" * 32, "billing", agent, Flags(canary=False, shadow=False), Clock()
    )
    return CallProducer(factory, bus, origin)


def store(bus: InProcessBus, warehouse: Any) -> None:
    clock = Clock()
    pipeline = Pipeline(warehouse.client, warehouse.database, clock, redaction=None)
    batch = bus.poll(1_000_000)
    run(pipeline, (RawMessage(value, Position("bus", 0, offset), T0) for _, value, offset in batch))
    pipeline.close()


def count(warehouse: Any, table: str) -> int:
    return int(warehouse.rows(f"SELECT count() FROM {{db}}.{table} FINAL")[0][0])


def play_call(p: CallProducer, prompt: str, reply_chunks: int) -> None:
    p.emit("call.started", {"direction": "inbound"}, ts=T0)
    p.emit("caller.utterance", {"text": prompt, "final": True}, ts=T0 + 1_000)
    chunks = [{"text": "Balance ", "ts": T0 + 1_400 + i} for i in range(reply_chunks)]
    p.emit("agent.utterance", {"text": "Balance " * reply_chunks, "chunks": chunks}, ts=T0 + 1_400)
    p.emit("call.ended", {"status": "completed", "reason": "hangup"}, ts=T0 + 9_000)


def test_a_2_mb_prompt_and_a_2001_token_reply_are_stored_cut_and_flagged(warehouse: Any) -> None:
    bus = InProcessBus()
    p = producer(bus)
    play_call(p, "a" * TWO_MB, MAX_CHUNKS + 1)
    store(bus, warehouse)

    assert p.stats == ProducerStats(emitted=2, truncated=2)
    rows = warehouse.rows(
        "SELECT type, data FROM {db}.events FINAL WHERE type LIKE '%.utterance' ORDER BY ts"
    )
    (_, caller), (_, agent) = ((t, orjson.loads(d)) for t, d in rows)
    assert len(caller["text"]) == MAX_TEXT_CHARS and caller["truncated"] is True
    assert len(agent["chunks"]) == MAX_CHUNKS and agent["truncated"] is True
    assert agent["text"] == "Balance " * (MAX_CHUNKS + 1)  # every word the caller heard is kept
    turns = warehouse.rows("SELECT speaker, truncated FROM {db}.turns FINAL ORDER BY ts")
    assert turns == [("caller", True), ("agent", True)]  # both sides of the turn, marked as cut
    ttfhw = warehouse.rows("SELECT ttfhw_ms FROM {db}.turn_metrics FINAL")
    assert ttfhw == [(400,)]  # the turn's TTFHW is whole: reply's first chunk 400 ms after the prompt
    assert bus.stats.emitted == count(warehouse, "events") + count(warehouse, "dlq") == 4


def test_an_event_that_cannot_be_repaired_is_a_dead_letter_with_its_reason(warehouse: Any) -> None:
    bus = InProcessBus()
    p = producer(bus, origin="agent")
    play_call(p, "What is my balance?", 3)
    assert p.emit("agent.error", {"code": "llm_timeout", "message": "m" * 5_000}) == "dead_lettered"
    store(bus, warehouse)

    assert p.stats == ProducerStats(emitted=4, dead_lettered=1)
    dead = warehouse.rows("SELECT reason_code, reason, call_sid FROM {db}.dlq FINAL")
    assert dead == [("invalid_event", "agent: data.message: is longer than 4000 characters", SID)]
    assert bus.stats.emitted == count(warehouse, "events") + count(warehouse, "dlq") == 5
    assert bus.stats.dead_lettered == 1
