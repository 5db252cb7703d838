"""Wiring of `callpulse http-ingest`: the ingest router over a KafkaEmitter, plus /metrics and /healthz."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from prometheus_client import CollectorRegistry, generate_latest

from callpulse.kafka_wiring import security_options
from callpulse.settings import Settings
from ingest.emit.kafka import KafkaEmitter
from ingest.http import make_router
from ingest.telemetry import EmitterCollector, build


def make_app(settings: Settings) -> tuple[FastAPI, Callable[[], None]]:
    """The FastAPI app and a ``close`` that flushes the emitter (up to 10 s)."""
    emitter = KafkaEmitter(
        bootstrap_servers=settings.kafka_bootstrap,
        topic=settings.kafka_topic,
        buffer_size=settings.emitter_buffer_size,
        security_options=security_options(settings),
        client_id="callpulse-http-ingest",
    )
    registry = CollectorRegistry()
    lines = build(registry, "callpulse_http_ingest_")["callpulse_http_ingest_lines_total"]
    registry.register(EmitterCollector(lambda: emitter.stats))

    def count(outcome: str, n: int) -> None:
        if n:
            lines.labels(outcome=outcome).inc(n)

    app = FastAPI(title="callpulse HTTP ingest")
    app.include_router(make_router(emitter, max_body_bytes=settings.http_ingest_max_body_bytes, count=count))

    @app.get("/metrics", response_class=PlainTextResponse)
    def metrics() -> bytes:
        return generate_latest(registry)

    @app.get("/healthz")
    def healthz() -> dict[str, object]:
        return {"ok": emitter.running, "buffered": emitter.stats.buffered}

    def close() -> None:
        emitter.close(10)

    return app, close
