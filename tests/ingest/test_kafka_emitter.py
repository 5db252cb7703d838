"""KafkaEmitter with a fake producer: emit never waits for Kafka, and every accepted event ends up
delivered, failed or still buffered, exactly as the producer's callbacks say."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import orjson
import pytest
from factory_events import dtmf_events
from kafka.errors import KafkaConnectionError, KafkaTimeoutError, TopicAuthorizationFailedError

from ingest.codec import encode
from ingest.contract.models import TurnEvent
from ingest.deadletter import DeadLetterNote
from ingest.emit.base import Emitter, EmitterStats
from ingest.emit.kafka import KafkaEmitter
from ingest.emit.kafka_config import producer_config

TOPIC = "callpulse.turn-events.v1"
WAIT_S = 10.0  # upper bound for waiting on the background thread; never a timing assertion


class FakeFuture:
    def __init__(self) -> None:
        self.outcome: tuple[bool, Any] | None = None
        self.callbacks: list[Callable[[Any], object]] = []
        self.errbacks: list[Callable[[BaseException], object]] = []

    def add_callback(self, f: Callable[[Any], object]) -> FakeFuture:
        if self.outcome is None:
            self.callbacks.append(f)
        elif self.outcome[0]:
            f(self.outcome[1])
        return self

    def add_errback(self, f: Callable[[BaseException], object]) -> FakeFuture:
        if self.outcome is None:
            self.errbacks.append(f)
        elif not self.outcome[0]:
            f(self.outcome[1])
        return self

    def succeed(self) -> None:
        self.outcome = (True, "metadata")
        for f in self.callbacks:
            f("metadata")

    def fail(self, err: BaseException) -> None:
        self.outcome = (False, err)
        for f in self.errbacks:
            f(err)


class FakeProducer:
    """Records sends; acks at once (auto_ack), on flush, or when a test resolves the futures."""

    def __init__(self, *, auto_ack: bool = True, gate: threading.Event | None = None) -> None:
        self.auto_ack = auto_ack
        self.gate = gate
        self.send_errors: list[BaseException] = []
        self.sent: list[tuple[str, bytes | None, bytes | None]] = []
        self.futures: list[FakeFuture] = []
        self.entered = threading.Event()
        self.gate_timed_out = False
        self.closed = False
        self.config: dict[str, Any] = {}
        self._cond = threading.Condition()

    def send(self, topic: str, value: bytes | None = None, key: bytes | None = None) -> FakeFuture:
        self.entered.set()
        if self.gate is not None and not self.gate.wait(WAIT_S):
            self.gate_timed_out = True
        if self.send_errors:
            raise self.send_errors.pop(0)
        future = FakeFuture()
        with self._cond:
            self.sent.append((topic, key, value))
            self.futures.append(future)
            self._cond.notify_all()
        if self.auto_ack:
            future.succeed()
        return future

    def wait_sent(self, n: int) -> None:
        with self._cond:
            assert self._cond.wait_for(lambda: len(self.sent) >= n, WAIT_S)

    def flush(self, timeout: float | None = None) -> None:
        if self.auto_ack:
            for f in list(self.futures):
                if f.outcome is None:
                    f.succeed()

    def close(self, timeout: float | None = None) -> None:
        self.closed = True


def events(n: int, call_sid: str = "CA5f1c0e9a7b2d4c6e8f0a1b3c5d7e9f21") -> list[TurnEvent]:
    return dtmf_events(n, call_sid)


@pytest.fixture
def make_emitter() -> Iterator[Callable[..., KafkaEmitter]]:
    made: list[KafkaEmitter] = []

    def make(producer: FakeProducer, **kwargs: Any) -> KafkaEmitter:
        def factory(config: dict[str, Any]) -> FakeProducer:
            producer.config = config
            return producer

        kwargs.setdefault("producer_factory", factory)
        kwargs.setdefault("retry_backoff_s", 0.001)
        emitter = KafkaEmitter(bootstrap_servers="kafka-1:9092", topic=TOPIC, **kwargs)
        made.append(emitter)
        return emitter

    yield make
    for emitter in made:
        emitter.close(0.0)


def test_is_an_emitter(make_emitter: Callable[..., KafkaEmitter]) -> None:
    assert isinstance(make_emitter(FakeProducer()), Emitter)


def test_emit_returns_while_the_producer_is_stuck(make_emitter: Callable[..., KafkaEmitter]) -> None:
    gate = threading.Event()
    producer = FakeProducer(gate=gate)
    emitter = make_emitter(producer)
    batch = events(6)
    assert emitter.emit(batch[0])
    assert producer.entered.wait(WAIT_S)  # the sender thread is now blocked inside send()
    assert all(emitter.emit(e) for e in batch[1:])
    assert not gate.is_set() and producer.sent == []  # emit finished while send() was still blocked
    assert emitter.stats == EmitterStats(emitted=6, buffered=6)
    gate.set()
    assert emitter.flush(WAIT_S) == 0
    assert not producer.gate_timed_out
    assert emitter.stats == EmitterStats(emitted=6, delivered=6)


def test_full_buffer_drops_the_newest(make_emitter: Callable[..., KafkaEmitter]) -> None:
    gate = threading.Event()
    producer = FakeProducer(gate=gate)
    emitter = make_emitter(producer, buffer_size=3)
    batch = events(5)
    assert emitter.emit(batch[0])
    assert producer.entered.wait(WAIT_S)
    assert [emitter.emit(e) for e in batch[1:]] == [True, True, False, False]
    assert emitter.stats.dropped == 2
    gate.set()
    assert emitter.flush(WAIT_S) == 0
    assert [value for _, _, value in producer.sent] == [encode(e) for e in batch[:3]]


def test_records_are_keyed_by_call_sid(make_emitter: Callable[..., KafkaEmitter]) -> None:
    producer = FakeProducer()
    emitter = make_emitter(producer)
    batch = events(2, call_sid="CAaaa") + events(2, call_sid="CAbbb")
    for e in batch:
        emitter.emit(e)
    assert emitter.flush(WAIT_S) == 0
    assert producer.sent == [(TOPIC, e.call_sid.encode(), encode(e)) for e in batch]


def test_counters_follow_the_callbacks(make_emitter: Callable[..., KafkaEmitter]) -> None:
    producer = FakeProducer(auto_ack=False)
    emitter = make_emitter(producer)
    for e in events(3):
        emitter.emit(e)
    producer.wait_sent(3)
    assert emitter.stats == EmitterStats(emitted=3, buffered=3)
    producer.futures[0].succeed()
    producer.futures[1].fail(TopicAuthorizationFailedError())  # not retriable: counted failed
    assert emitter.stats == EmitterStats(emitted=3, delivered=1, failed=1, buffered=1)
    assert emitter.flush(0.0) == 1
    producer.futures[2].succeed()
    assert emitter.stats == EmitterStats(emitted=3, delivered=2, failed=1)


def test_retriable_delivery_error_is_sent_again(make_emitter: Callable[..., KafkaEmitter]) -> None:
    producer = FakeProducer(auto_ack=False)
    emitter = make_emitter(producer)
    (event,) = events(1)
    emitter.emit(event)
    producer.wait_sent(1)
    producer.auto_ack = True
    producer.futures[0].fail(KafkaTimeoutError())
    assert emitter.flush(WAIT_S) == 0
    assert [value for _, _, value in producer.sent] == [encode(event)] * 2
    assert emitter.stats == EmitterStats(emitted=1, delivered=1)


def test_redeliveries_are_bounded(make_emitter: Callable[..., KafkaEmitter]) -> None:
    producer = FakeProducer(auto_ack=False)
    emitter = make_emitter(producer, max_redeliveries=1)
    emitter.emit(events(1)[0])
    producer.wait_sent(1)
    producer.futures[0].fail(KafkaTimeoutError())
    producer.wait_sent(2)
    producer.futures[1].fail(KafkaTimeoutError())
    assert emitter.stats == EmitterStats(emitted=1, failed=1)


def test_send_errors_put_the_event_back_in_order(make_emitter: Callable[..., KafkaEmitter]) -> None:
    producer = FakeProducer()
    producer.send_errors = [KafkaTimeoutError(), BufferError()]
    emitter = make_emitter(producer)
    batch = events(3)
    for e in batch:
        emitter.emit(e)
    assert emitter.flush(WAIT_S) == 0
    assert [value for _, _, value in producer.sent] == [encode(e) for e in batch]
    assert emitter.stats == EmitterStats(emitted=3, delivered=3)


def test_permanent_send_error_fails_one_event(make_emitter: Callable[..., KafkaEmitter]) -> None:
    producer = FakeProducer()
    producer.send_errors = [ValueError("record too large")]
    emitter = make_emitter(producer)
    for e in events(2):
        emitter.emit(e)
    assert emitter.flush(WAIT_S) == 0
    assert emitter.stats == EmitterStats(emitted=2, delivered=1, failed=1)


def test_buffers_while_kafka_is_unreachable(make_emitter: Callable[..., KafkaEmitter]) -> None:
    producer = FakeProducer()
    attempts: list[dict[str, Any]] = []

    def flaky(config: dict[str, Any]) -> FakeProducer:
        attempts.append(config)
        if len(attempts) < 3:
            raise KafkaConnectionError()
        return producer

    emitter = make_emitter(producer, producer_factory=flaky)
    assert all(emitter.emit(e) for e in events(4))
    assert emitter.flush(WAIT_S) == 0
    assert len(attempts) == 3 and len(producer.sent) == 4


def test_close_reports_what_could_not_be_delivered(make_emitter: Callable[..., KafkaEmitter]) -> None:
    def down(config: dict[str, Any]) -> FakeProducer:
        raise KafkaConnectionError()

    emitter = make_emitter(FakeProducer(), producer_factory=down)
    for e in events(2):
        emitter.emit(e)
    assert emitter.close(0.5) == 2
    assert not emitter.running
    assert emitter.stats == EmitterStats(emitted=2, buffered=2)


def test_close_drains_then_stops_thread_and_producer(make_emitter: Callable[..., KafkaEmitter]) -> None:
    producer = FakeProducer()
    emitter = make_emitter(producer)
    for e in events(5):
        emitter.emit(e)
    assert emitter.close(WAIT_S) == 0
    assert not emitter.running and producer.closed
    assert emitter.emit(events(1)[0]) is False
    assert emitter.stats == EmitterStats(emitted=5, delivered=5, dropped=1)


def test_producer_config_keeps_the_delivery_guarantees(make_emitter: Callable[..., KafkaEmitter]) -> None:
    producer = FakeProducer()
    emitter = make_emitter(producer, linger_ms=20, security_options={"security_protocol": "SASL_SSL"})
    emitter.emit(events(1)[0])
    emitter.flush(WAIT_S)
    assert producer.config["acks"] == "all"
    assert producer.config["enable_idempotence"] is True  # kafka-python >= 2.1 knows it
    assert producer.config["retries"] > 0 and producer.config["linger_ms"] == 20
    assert producer.config["bootstrap_servers"] == ["kafka-1:9092"]
    assert producer.config["security_protocol"] == "SASL_SSL"


def test_options_unknown_to_an_older_client_are_left_out() -> None:
    basic = {"bootstrap_servers", "client_id", "acks", "retries", "linger_ms", "max_block_ms"}
    config = producer_config(
        bootstrap_servers="k:9092", client_id="c", linger_ms=5, retries=3,
        delivery_timeout_ms=1000, max_block_ms=1000, supported=basic,
    )  # fmt: skip
    assert set(config) == basic and config["acks"] == "all"


def test_security_options_cannot_weaken_acks() -> None:
    with pytest.raises(ValueError, match="'acks' is not a security setting"):
        producer_config(
            bootstrap_servers="k:9092", client_id="c", linger_ms=5, retries=3,
            delivery_timeout_ms=1000, max_block_ms=1000, security_options={"acks": 0},
        )  # fmt: skip


def test_a_dead_letter_note_goes_to_the_events_topic_keyed_by_its_call(
    make_emitter: Callable[..., KafkaEmitter],
) -> None:
    producer = FakeProducer()
    emitter = make_emitter(producer)
    (event,) = events(1)
    note = DeadLetterNote("invalid_event", "data.text: is too long", "agent", call_sid=event.call_sid)
    assert emitter.emit(event) and emitter.emit_dead_letter(note)
    assert emitter.flush(WAIT_S) == 0
    assert [(topic, key) for topic, key, _ in producer.sent] == [(TOPIC, event.call_sid.encode())] * 2
    assert orjson.loads(producer.sent[1][2])["dead_letter"]["reason_code"] == "invalid_event"
    assert emitter.stats == EmitterStats(emitted=2, delivered=2, dead_lettered=1)
