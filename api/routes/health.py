"""Operational routes, no key needed: ``/healthz`` (the process answers), ``/readyz`` (the warehouse
answers a query within ``ctx.readiness_timeout_s``; 503 with the reason otherwise), ``/metrics``
(Prometheus text of the API's registry)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from api.auth.dependencies import api_context
from api.openapi import responses
from api.problems import problem
from api.readiness import ReadinessCheck

log = logging.getLogger(__name__)


def build_router() -> APIRouter:
    router = APIRouter(tags=["operations"])
    checks: dict[int, ReadinessCheck] = {}  # one per context (an app has one)

    @router.get("/healthz", summary="The process is up")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/readyz", summary="The warehouse answers", responses=responses(503))
    def readyz(request: Request) -> Response:
        ctx = api_context(request)
        check = checks.setdefault(id(ctx), ReadinessCheck(ctx.client, ctx.database, ctx.readiness_timeout_s))
        reason = check.check()
        if reason is not None:
            log.warning("readiness check failed: %s", reason)
            return problem(503, "Warehouse unavailable", reason)
        return JSONResponse({"status": "ready"})

    @router.get("/metrics", summary="Prometheus metrics of the API",
                responses={200: {"content": {"text/plain": {}}}})  # fmt: skip
    def metrics(request: Request) -> Response:
        return Response(generate_latest(api_context(request).registry), media_type=CONTENT_TYPE_LATEST)

    return router
