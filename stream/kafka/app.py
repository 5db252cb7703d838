"""The faust-streaming app: one agent on the turn-event topic's fetched batches, feeding the step chain.

Consumption is per batch (``batches.py``): faust's consumer subscribes the topic, keeps the group,
the rebalance callbacks, flow control and the commits, but hands each fetch on whole to an in-memory
channel, and the agent feeds each batch to the chain in one step (faust's per-event stream cost more
CPU than the chain itself: issue 19). Delivery: the feeder acks a message only once the batch holding
its rows was inserted (``acks.py``), and faust commits acked offsets every ``commit_interval_s`` and on
rebalance. faust's exactly-once mode is off: rows are idempotent.
Call state is not a faust table: the warehouse already holds every event before the committed
offset (commit-after-write), so a moved call is rebuilt from it (``history.py``) instead of writing
every event a second time to a changelog topic.

Stopping (SIGTERM/SIGINT through faust's ``Worker``): faust stops fetching first, then sends
``on_before_shutdown``, where the feeder drains - the partial batch is written and its events acked -
within ``drain_timeout_s``; then faust stops the consumer, whose last commit covers those acks, and
leaves the group. Open calls are not ended: the next owner restores them from the warehouse.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import faust

from stream.errors import StreamError
from stream.kafka.batches import Batch, use_batches
from stream.kafka.feeder import Feeder

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AppConfig:
    group_id: str
    bootstrap: str
    topic: str
    partitions: int
    fetch_max: int = 2_000
    """Messages one fetch (one batch) may return, over all partitions (aiokafka's ``max_poll_records``)."""
    queued_batches: int = 2
    """Fetched batches waiting for the pipeline at most; past that, fetching waits."""
    tick_interval_s: float = 0.05
    """How often the feeder is asked whether time-based work or a write fell due (it hands work to the
    pipeline thread only then: ``feeder.POLL_EVERY_MS``, ``cadence.WriteCadence``)."""
    commit_interval_s: float = 0.5
    session_timeout_s: float = 10.0
    datadir: str | None = None
    """faust's own directory (default ``<group id>-data`` in the working directory)."""
    drain_timeout_s: float = 5.0
    """How long stopping may spend writing the partial batch (a refusing warehouse is retried that
    long); what is not written by then is not committed, and the next owner re-reads it."""
    security_options: dict[str, Any] | None = None


def _sigterm_self() -> None:
    """The same graceful path as `kill -TERM`. A fatal error is found inside an agent or timer, which
    cannot await ``app.stop()`` itself (stopping cancels the very task that awaits it), and faust's
    ``Worker`` owns the loop and the exit; signalling this process runs its ordinary stop. The feeder
    then holds the failure, so the drain writes and acks nothing more."""
    os.kill(os.getpid(), signal.SIGTERM)


def build_app(
    config: AppConfig,
    feeder: Feeder,
    on_fatal: Callable[[BaseException], None],
    stopping: threading.Event,
    shutdown: Callable[[], None] = _sigterm_self,
) -> faust.App:
    """A faust app whose single agent feeds ``feeder``; ``on_fatal`` is told why the worker stops, and
    ``stopping`` is set as soon as shutdown begins (so a write being retried gives up, uncommitted).
    ``shutdown`` stops the worker after a fatal error (an app run without faust's ``Worker``, e.g.
    two apps in one process, passes its own)."""
    app = faust.App(
        config.group_id,
        broker=f"kafka://{config.bootstrap}",
        store="memory://",
        web_enabled=False,
        topic_disable_leader=True,
        topic_partitions=config.partitions,
        consumer_auto_offset_reset="earliest",
        broker_commit_interval=config.commit_interval_s,
        broker_commit_every=1_000_000,  # commit on the interval only: acks arrive per written batch
        processing_guarantee="at_least_once",
        stream_wait_empty=False,
        broker_session_timeout=config.session_timeout_s,  # a killed worker's partitions move this soon
        broker_heartbeat_interval=max(0.5, config.session_timeout_s / 10),
        broker_rebalance_timeout=config.session_timeout_s
        * 3,  # unacked = not written yet: the next owner re-reads them, no need to wait
        producer_acks=-1,
        broker_max_poll_records=config.fetch_max,
        **_optional(config),
    )
    batches = app.channel(maxsize=config.queued_batches)

    async def deliver(batch: Batch) -> None:
        feeder.delivered += 1  # the feeder writes early only while no fetched batch waits for it
        feeder.fetched(batch)  # its new calls' history is read while it waits
        await batches.send(value=batch)  # waits while ``queued_batches`` are queued

    use_batches(app, deliver)
    topic = app.topic(
        config.topic,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=config.partitions,
    )

    app.topics.add(topic)  # subscribed by faust's conductor; consumed by the agent below, batch by batch

    @app.agent(batches, concurrency=1)
    async def turn_events(stream: Any) -> None:
        feeder.ack = app.consumer.ack
        feeder.generation = lambda: app.consumer_generation_id
        try:
            async for batch in stream.noack():
                await feeder.feed(batch)
        except StreamError as err:
            await _fail(err, on_fatal, shutdown)

    @app.timer(config.tick_interval_s)  # type: ignore[untyped-decorator]
    async def tick() -> None:
        try:
            if await feeder.tick():
                feeder.report_lag(app.consumer)
        except StreamError as err:
            await _fail(err, on_fatal, shutdown)

    @app.on_partitions_revoked.connect  # type: ignore[arg-type]
    async def on_revoked(app: faust.App, revoked: Any, **kwargs: Any) -> None:
        try:
            await feeder.revoke()
        except StreamError as err:
            await _fail(err, on_fatal, shutdown)

    @app.on_before_shutdown.connect  # type: ignore[arg-type]
    async def on_shutdown(app: faust.App, **kwargs: Any) -> None:
        feeder.halt()  # a batch being submitted stops at its next message; the rest is re-read
        try:
            written = await asyncio.wait_for(feeder.drain(), timeout=config.drain_timeout_s)
            log.info("stopping: partial batch written, %d events acked for the last commit", written)
        except TimeoutError:
            log.warning(
                "stopping: the partial batch was not written within %.1f s; not committed, it will be "
                "re-read by the next owner",
                config.drain_timeout_s,
            )
        except Exception as err:  # a failing write: nothing more is committed, the next owner re-reads
            log.warning("stopping: the partial batch could not be written (%s); not committed", err)
        finally:
            stopping.set()  # a write still being retried gives up, uncommitted

    del turn_events, tick, on_revoked, on_shutdown  # registered with the app
    return app


def _optional(config: AppConfig) -> dict[str, Any]:
    options: dict[str, Any] = dict(config.security_options or {})
    if config.datadir:
        options["datadir"] = config.datadir
    return options


async def _fail(
    err: BaseException, on_fatal: Callable[[BaseException], None], shutdown: Callable[[], None]
) -> None:
    """Stop the worker without committing anything more: what was not written is read again."""
    on_fatal(err)
    log.critical("worker stopping: %s", err)
    shutdown()
