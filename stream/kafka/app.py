"""The faust-streaming app: one agent on the turn-event topic feeding the step chain.

Delivery: the agent iterates with ``noack_take`` (faust acks nothing by itself), the feeder acks an
event only once the batch holding its rows was inserted, and faust commits acked offsets every
``commit_interval_s`` and on rebalance. faust's exactly-once mode is off: rows are idempotent.
Call state is not a faust table: the warehouse already holds every event before the committed
offset (commit-after-write), so a moved call is rebuilt from it (``history.py``) instead of writing
every event a second time to a changelog topic.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import faust

from stream.errors import StreamError
from stream.kafka.feeder import Feeder

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AppConfig:
    group_id: str
    bootstrap: str
    topic: str
    partitions: int
    take_max: int = 2_000
    take_within_s: float = 0.05
    tick_interval_s: float = 0.2
    commit_interval_s: float = 0.5
    session_timeout_s: float = 10.0
    datadir: str | None = None
    """faust's own directory (default ``<group id>-data`` in the working directory)."""
    security_options: dict[str, Any] | None = None


def _sigterm_self() -> None:
    """The same graceful path as `kill -TERM`: faust's worker stops the consumer without committing more."""
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
        **_optional(config),
    )
    topic = app.topic(
        config.topic,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=config.partitions,
    )

    @app.agent(topic, concurrency=1)
    async def turn_events(stream: Any) -> None:
        feeder.ack = stream.ack
        try:
            async for events in stream.noack_take(config.take_max, within=config.take_within_s):
                await feeder.feed(events)
        except StreamError as err:
            await _fail(err, on_fatal, shutdown)

    @app.timer(config.tick_interval_s)  # type: ignore[untyped-decorator]
    async def tick() -> None:
        try:
            await feeder.tick()
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
        stopping.set()

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
