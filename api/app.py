"""``create_app(ctx)``: the FastAPI application: pages, login, the JSON API under /api/v1, health,
metrics. Errors are problem+json (``api.problems``); requests are counted (``api.telemetry``)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from api import problems, telemetry
from api.auth import login
from api.context import ApiContext
from api.pages.router import build_router as build_pages_router
from api.routes import alerts, audit, calls, compare, health, kpis, reviews

STATIC_DIR = Path(__file__).resolve().parent / "pages" / "static"
DESCRIPTION = """Calls, redacted transcripts, KPIs and alerts of callpulse.

Authenticate with an API key (`callpulse keys create --role R --name N`) as `Authorization: Bearer cpk_…`
or `X-API-Key: cpk_…`. Missing or wrong keys get 401, a role without the permission 403, before any
lookup. Errors are `application/problem+json`."""


def create_app(ctx: ApiContext) -> FastAPI:
    # no /docs or /redoc: their pages load Swagger UI / ReDoc from a CDN, and nothing is fetched from the
    # internet at run time; the spec itself is /openapi.json
    app = FastAPI(title="callpulse API", version="1", description=DESCRIPTION, docs_url=None, redoc_url=None)
    app.state.ctx = ctx
    problems.install(app)
    telemetry.install(app, ctx.registry)
    app.include_router(build_pages_router(ctx))  # first: the pages' own GET /login wins over the fallback
    app.include_router(login.build_router())
    app.include_router(calls.build_router(ctx))
    app.include_router(kpis.build_router())
    app.include_router(compare.build_router())
    app.include_router(reviews.build_router())
    app.include_router(alerts.build_router())
    app.include_router(audit.build_router())
    app.include_router(health.build_router())
    if STATIC_DIR.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
