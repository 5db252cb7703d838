"""``callpulse http-ingest``: the ingest router (``ingest.http``) over a KafkaEmitter, plus /metrics and
/healthz."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from callpulse.cli.args import add_command

if TYPE_CHECKING:
    from fastapi import FastAPI

    from callpulse.settings import Settings


def register(commands: Any) -> None:
    add_command(commands, "http-ingest", run_http_ingest)


def make_app(settings: Settings) -> tuple[FastAPI, Callable[[float], int]]:
    """The FastAPI app and a ``close(timeout_s)`` that flushes the emitter and returns how many accepted
    events it could not confirm."""
    from fastapi import FastAPI
    from fastapi.responses import PlainTextResponse
    from prometheus_client import CollectorRegistry, generate_latest

    from callpulse import compose
    from ingest.http import make_router
    from ingest.telemetry import EmitterCollector, build

    emitter = compose.kafka_emitter(settings, client_id="callpulse-http-ingest")
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

    def close(timeout_s: float = 10.0) -> int:
        return emitter.close(timeout_s)

    return app, close


def run_http_ingest(args: Any) -> int:
    """serve POST /v1/events (JSON lines) and produce to Kafka

    Accept turn events over HTTP on CALLPULSE_HTTP_INGEST_HOST:PORT, validate them and produce them to
    CALLPULSE_KAFKA_TOPIC; on SIGTERM/SIGINT every accepted event is delivered first.

    ``callpulse http-ingest``. On SIGTERM/SIGINT: stop listening, answer the POSTs in flight (half of
    ``shutdown_timeout_s``), then deliver every accepted event to Kafka (the rest of it), so a 202 is never
    lost; exit 0 when every accepted event was confirmed, 1 (with the count) when the bound ran out."""
    from callpulse.cli.draining import serve_http
    from callpulse.settings import get_settings

    settings = get_settings()
    app, close = make_app(settings)
    budget_s = settings.shutdown_timeout_s
    try:
        serve_http(
            app,
            host=settings.http_ingest_host,
            port=settings.http_ingest_port,
            log_level="warning",
            graceful_s=budget_s / 2,
        )
    finally:
        undelivered = close(budget_s * 0.4)
    if undelivered:
        print(f"callpulse http-ingest: stopped; {undelivered:,} accepted events were not confirmed by Kafka")
        return 1
    print("callpulse http-ingest: stopped; every accepted event was delivered to Kafka", flush=True)
    return 0
