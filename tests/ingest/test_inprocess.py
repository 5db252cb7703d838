"""InProcessBus: the embedded bus carries the same bytes and keys as Kafka and never blocks."""

from __future__ import annotations

import threading

import pytest
from factory_events import dtmf_events

from ingest.codec import decode, encode
from ingest.contract.models import TurnEvent
from ingest.deadletter import DeadLetterNote, ProducerDeadLetter
from ingest.emit.base import Emitter, EmitterStats
from ingest.emit.inprocess import InProcessBus


def events(n: int, call_sid: str = "CA1") -> list[TurnEvent]:
    return dtmf_events(n, call_sid)


def test_is_an_emitter() -> None:
    assert isinstance(InProcessBus(), Emitter)


def test_poll_returns_keyed_encoded_messages_with_offsets() -> None:
    bus = InProcessBus()
    sent = events(3)
    assert all(bus.emit(e) for e in sent)
    batch = bus.poll(10)
    assert [offset for _, _, offset in batch] == [0, 1, 2]
    assert [key for key, _, _ in batch] == ["CA1"] * 3
    assert [value for _, value, _ in batch] == [encode(e) for e in sent]
    assert [decode(value) for _, value, _ in batch] == sent
    assert bus.poll(10) == []


def test_poll_respects_max_messages_in_order() -> None:
    bus = InProcessBus()
    for e in events(5):
        bus.emit(e)
    assert [o for *_, o in bus.poll(2)] == [0, 1]
    assert bus.lag == 3
    assert [o for *_, o in bus.poll(10)] == [2, 3, 4]


def test_full_bus_drops_and_counts_without_blocking() -> None:
    bus = InProcessBus(capacity=2)
    results = [bus.emit(e) for e in events(4)]
    assert results == [True, True, False, False]
    assert bus.stats == EmitterStats(emitted=2, delivered=2, dropped=2)
    assert [o for *_, o in bus.poll(10)] == [0, 1]
    assert bus.emit(events(1)[0])
    assert [o for *_, o in bus.poll(10)] == [2]  # no gap for the dropped ones


def test_close_refuses_new_events_but_keeps_queued_ones() -> None:
    bus = InProcessBus()
    bus.emit(events(1)[0])
    assert bus.close(1.0) == 0
    assert bus.emit(events(1)[0]) is False
    assert len(bus.poll(10)) == 1 and bus.stats.dropped == 1


def test_concurrent_producers_get_unique_contiguous_offsets() -> None:
    bus = InProcessBus()
    batches = [events(250, call_sid=f"CA{i}") for i in range(4)]
    threads = [threading.Thread(target=lambda b=b: [bus.emit(e) for e in b]) for b in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    polled = bus.poll(10_000)
    assert [o for *_, o in polled] == list(range(1000))
    for i in range(4):  # each call's events stay in order
        seqs = [decode(v).seq for k, v, _ in polled if k == f"CA{i}"]
        assert seqs == list(range(250))


def test_a_dead_letter_note_is_queued_like_an_event_and_counted_apart() -> None:
    bus = InProcessBus(capacity=2)
    note = DeadLetterNote("invalid_event", "data.final: must be a boolean", "tap", call_sid="CA1")
    assert bus.emit(events(1)[0]) and bus.emit_dead_letter(note)
    assert not bus.emit_dead_letter(note)  # full: refused and counted like an event
    assert bus.stats == EmitterStats(emitted=2, delivered=2, dropped=1, dead_lettered=1)
    ((key, value, offset),) = bus.poll(10)[1:]
    assert (key, offset) == ("CA1", 1)
    with pytest.raises(ProducerDeadLetter) as caught:
        decode(value)  # what the stream's validate step files in dlq under the note's code
    assert caught.value.code == "invalid_event"
    assert caught.value.reason == "tap: data.final: must be a boolean"
