"""The API's Prometheus metrics (declared in ``ingest.telemetry``): a request counter and a latency
histogram labelled by route TEMPLATE, method and status, so a call SID never becomes a label."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from prometheus_client import CollectorRegistry

from ingest import telemetry

log = logging.getLogger("callpulse.api.access")
UNMATCHED = "unmatched"  # requests no route matched (404s of scanners): one label value, not their paths


def install(app: FastAPI, registry: CollectorRegistry) -> None:
    metrics = telemetry.build(registry, "callpulse_api_")
    requests = metrics["callpulse_api_requests_total"]
    seconds = metrics["callpulse_api_request_seconds"]

    @app.middleware("http")
    async def observe(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        status = 500
        try:
            response = await call_next(request)
            status = response.status_code
            return response
        finally:
            route = getattr(request.scope.get("route"), "path", UNMATCHED)
            requests.labels(route, request.method, str(status)).inc()
            elapsed_s = time.perf_counter() - started
            seconds.labels(route, request.method).observe(elapsed_s)
            # the path only: query strings may hold search terms, and are never logged
            log.info("%s %s %d %.0f ms", request.method, request.url.path, status, elapsed_s * 1000)
