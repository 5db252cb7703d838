"""KafkaEmitter: events to Kafka without ever blocking a voice turn.

``emit`` only appends the encoded event to a bounded local buffer. A background thread moves the
buffer into a kafka-python producer (acks=all, retries, idempotence) and counts each record as
delivered or failed when the broker answers. Delivery is at-least-once *within the buffer*: an event
is only given up when the buffer is full on arrival (dropped), when the producer refuses it for good
(failed), or when ``max_redeliveries`` re-sends after retriable delivery errors were not enough.
Consumers de-duplicate on ``event_id``.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ingest.codec import encode
from ingest.contract.models import TurnEvent
from ingest.deadletter import DeadLetterNote
from ingest.emit.base import AcceptCounts, EmitterStats
from ingest.emit.kafka_config import Producer, ProducerFactory, kafka_producer, producer_config

log = logging.getLogger(__name__)


@dataclass(slots=True)
class _Pending:
    key: bytes
    value: bytes
    call_sid: str
    redeliveries: int = 0


def _retriable(err: BaseException) -> bool:
    """BufferError (producer memory full) and kafka's RetriableError family (e.g. KafkaTimeoutError)."""
    return isinstance(err, BufferError) or bool(getattr(err, "retriable", False))


class KafkaEmitter:
    """Emitter to one Kafka topic, keyed by ``call_sid`` so a call's events stay in order on one partition.

    When the buffer is full, ``emit`` drops the *newest* event (the one being emitted) and returns
    False. Dropping the oldest instead would silently revoke events that ``emit`` already accepted
    (returned True for) and would evict exactly the events being retried; dropping the newest keeps
    ``emit``'s answer truthful, keeps every call's accepted events a gap-free prefix (seq tells the
    consumer where a call was cut), and keeps the early events (call.started) that give later ones
    their context.

    The producer is created by the background thread, not here: constructing a KafkaProducer waits
    for the cluster, and an agent must start (and buffer) even while Kafka is down.
    """

    def __init__(
        self,
        *,
        bootstrap_servers: str | Sequence[str],
        topic: str,
        buffer_size: int = 10_000,
        linger_ms: int = 5,
        retries: int = 2_147_483_647,
        delivery_timeout_ms: int = 120_000,
        max_block_ms: int = 10_000,
        max_redeliveries: int = 3,
        security_options: Mapping[str, Any] | None = None,
        client_id: str = "callpulse-emitter",
        producer_factory: ProducerFactory = kafka_producer,
        retry_backoff_s: float = 0.5,
        max_retry_backoff_s: float = 30.0,
    ) -> None:
        if buffer_size < 1:
            raise ValueError("buffer_size must be >= 1")
        self.topic = topic
        self.buffer_size = buffer_size
        self.config = producer_config(
            bootstrap_servers=bootstrap_servers,
            client_id=client_id,
            linger_ms=linger_ms,
            retries=retries,
            delivery_timeout_ms=delivery_timeout_ms,
            max_block_ms=max_block_ms,
            security_options=security_options,
        )
        self._factory = producer_factory
        self._max_redeliveries = max_redeliveries
        self._backoff_min_s = retry_backoff_s
        self._backoff_max_s = max_retry_backoff_s
        self._backoff_s = retry_backoff_s

        self._cond = threading.Condition()
        self._buffer: deque[_Pending] = deque()  # bounded by hand: see emit()
        self._in_hand: _Pending | None = None  # taken by the sender, not yet accepted by the producer
        self._in_flight = 0  # accepted by the producer, awaiting the broker's answer
        self._counts = AcceptCounts()
        self._delivered = self._failed = 0
        self._closing = False
        self._stop = threading.Event()
        self._producer: Producer | None = None
        self._producer_close_timeout_s = 0.0
        self._connect_failures = 0
        self._thread = threading.Thread(target=self._run, name=f"kafka-emitter-{topic}", daemon=True)
        self._thread.start()

    # ---- caller side ---------------------------------------------------------------------------

    def emit(self, event: TurnEvent) -> bool:
        """Append to the local buffer (O(1), no I/O); False if the buffer is full or the emitter closed."""
        return self._append(_Pending(event.call_sid.encode(), encode(event), event.call_sid), note=False)

    def emit_dead_letter(self, note: DeadLetterNote) -> bool:
        """Buffer the note like an event, to the same topic and key: the worker files it in ``dlq``
        and mirrors it to the dead-letter topic (``ingest/deadletter.py`` says why not straight there)."""
        return self._append(_Pending(note.call_sid.encode(), note.encode(), note.call_sid), note=True)

    def _append(self, item: _Pending, *, note: bool) -> bool:
        with self._cond:
            if self._closing or self._local() >= self.buffer_size:
                return self._counts.refused()
            self._buffer.append(item)
            self._cond.notify_all()
            return self._counts.accepted(note=note)

    def flush(self, timeout_s: float) -> int:
        """Wait until every accepted event was delivered or failed, up to ``timeout_s``; return the rest."""
        deadline = time.monotonic() + timeout_s
        with self._cond:
            self._cond.wait_for(lambda: self._local() == 0 or self._stop.is_set(), _left(deadline))
        producer = self._producer
        if producer is not None and _left(deadline) > 0:
            try:
                producer.flush(timeout=_left(deadline))
            except Exception as err:  # KafkaTimeoutError: what is left is reported below
                log.debug("producer flush did not finish: %s", type(err).__name__)
        with self._cond:
            self._cond.wait_for(lambda: self._unsettled() == 0, _left(deadline))
            return self._unsettled()

    def close(self, timeout_s: float) -> int:
        """Stop accepting events, flush, stop the sender thread and the producer, all within
        ``timeout_s``; return how many accepted events were not confirmed delivered or failed.

        The flush gets 80% of the time (at most ``timeout_s - 2``), so that a stuck flush still leaves
        the sender thread time to notice the stop and close the producer.
        """
        deadline = time.monotonic() + timeout_s
        with self._cond:
            self._closing = True
        left = self.flush(max(timeout_s * 0.8, timeout_s - 2.0))
        with self._cond:
            self._producer_close_timeout_s = _left(deadline)
            self._stop.set()
            self._cond.notify_all()
        self._thread.join(_left(deadline))
        if left:
            log.warning("kafka emitter closed with %d events not confirmed delivered", left)
        return left

    @property
    def running(self) -> bool:
        """Whether the sender thread is alive."""
        return self._thread.is_alive()

    @property
    def stats(self) -> EmitterStats:
        with self._cond:
            return self._counts.snapshot(
                delivered=self._delivered, failed=self._failed, buffered=self._unsettled()
            )

    # ---- sender thread -------------------------------------------------------------------------

    def _run(self) -> None:
        while (item := self._take()) is not None:
            producer = self._producer if self._producer is not None else self._connect()
            if producer is None:
                self._put_back(item)
                self._sleep_backoff()
                continue
            try:
                future = producer.send(self.topic, value=item.value, key=item.key)
            except Exception as err:
                if _retriable(err):
                    self._put_back(item)
                    self._sleep_backoff()
                else:
                    self._give_up(item, err, handed_over=False)
                continue
            self._backoff_s = self._backoff_min_s
            with self._cond:
                self._in_hand = None
                self._in_flight += 1
            future.add_callback(self._on_delivered)
            future.add_errback(functools.partial(self._on_error, item))
        self._close_producer()

    def _take(self) -> _Pending | None:
        with self._cond:
            self._cond.wait_for(lambda: bool(self._buffer) or self._stop.is_set())
            if self._stop.is_set():
                return None
            self._in_hand = self._buffer.popleft()
            return self._in_hand

    def _connect(self) -> Producer | None:
        try:
            self._producer = self._factory(dict(self.config))
        except Exception as err:
            self._connect_failures += 1
            if self._connect_failures % 10 == 1:  # the 1st, 11th, ... attempt: no log flood
                log.warning(
                    "kafka producer not available (%s, attempt %d); buffering and retrying",
                    type(err).__name__,
                    self._connect_failures,
                )
            return None
        self._connect_failures = 0
        return self._producer

    def _put_back(self, item: _Pending) -> None:
        """Return the item to the head of the buffer; its slot was reserved while in hand."""
        with self._cond:
            self._buffer.appendleft(item)
            self._in_hand = None
            self._cond.notify_all()

    def _sleep_backoff(self) -> None:
        self._stop.wait(self._backoff_s)
        self._backoff_s = min(self._backoff_s * 2, self._backoff_max_s)

    def _give_up(self, item: _Pending, err: BaseException, *, handed_over: bool) -> None:
        log.warning("kafka delivery failed for call %s: %s", item.call_sid, type(err).__name__)
        with self._cond:
            if handed_over:
                self._in_flight -= 1
            else:
                self._in_hand = None
            self._failed += 1
            self._cond.notify_all()

    def _on_delivered(self, _metadata: object) -> None:
        with self._cond:
            self._in_flight -= 1
            self._delivered += 1
            self._cond.notify_all()

    def _on_error(self, item: _Pending, err: BaseException) -> None:
        """Producer gave up on a record (its own retries ran out): re-send it if that may help."""
        with self._cond:
            resend = (
                _retriable(err)
                and item.redeliveries < self._max_redeliveries
                and not self._stop.is_set()
                and self._local() < self.buffer_size
            )
            if resend:
                item.redeliveries += 1
                self._in_flight -= 1
                self._buffer.append(item)
                self._cond.notify_all()
                return
        self._give_up(item, err, handed_over=True)

    def _close_producer(self) -> None:
        if self._producer is None:
            return
        try:
            self._producer.close(timeout=self._producer_close_timeout_s)
        except Exception as err:
            log.warning("kafka producer did not close cleanly: %s", type(err).__name__)

    # ---- counters (call with the lock held) ----------------------------------------------------

    def _local(self) -> int:
        return len(self._buffer) + (self._in_hand is not None)

    def _unsettled(self) -> int:
        return self._local() + self._in_flight


def _left(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())
