"""Operational routes, no key needed: ``/healthz`` (the process answers), ``/readyz`` (the warehouse
answers a query), ``/metrics`` (Prometheus text of the API's registry)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from api.auth.dependencies import api_context
from api.problems import problem, responses

log = logging.getLogger(__name__)


def build_router() -> APIRouter:
    router = APIRouter(tags=["operations"])

    @router.get("/healthz", summary="The process is up")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/readyz", summary="The warehouse answers", responses=responses(503))
    def readyz(request: Request) -> Response:
        ctx = api_context(request)
        try:
            ctx.client.query(f"SELECT count() FROM {ctx.database}.calls WHERE 0")
        except Exception as err:  # any driver failure means "not ready"
            log.warning("readiness check failed: %s", type(err).__name__)
            return problem(503, "Warehouse unavailable", "the warehouse did not answer a query")
        return JSONResponse({"status": "ready"})

    @router.get("/metrics", summary="Prometheus metrics of the API",
                responses={200: {"content": {"text/plain": {}}}})  # fmt: skip
    def metrics(request: Request) -> Response:
        return Response(generate_latest(api_context(request).registry), media_type=CONTENT_TYPE_LATEST)

    return router
