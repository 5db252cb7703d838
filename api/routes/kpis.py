"""``GET /api/v1/kpis``: KPIs per minute or hour by workflow and agent version."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from api.auth.dependencies import Principal, api_context, require
from api.openapi import responses, v1_router
from api.routes.params import AgentVersion, Since, Until, Workflow, time_range
from api.store.kpis import Grain, KpiRow, list_kpis


@dataclass(frozen=True, slots=True)
class KpiPage:
    grain: str
    items: list[KpiRow]


def build_router() -> APIRouter:
    router = v1_router("kpis")

    @router.get("/kpis", response_model=KpiPage, responses=responses(401, 403, 400, 422),
                summary="KPIs per minute or hour (exact under redelivery)")  # fmt: skip
    def kpis(
        request: Request,
        _: Annotated[Principal, Depends(require("kpis:read"))],
        workflow: Workflow = None,
        grain: Annotated[Grain, Query(description="minute or hour buckets")] = "minute",
        since: Since = None,
        until: Until = None,
        agent_version: AgentVersion = None,
    ) -> KpiPage:
        since_ms, until_ms = time_range(since, until)
        ctx = api_context(request)
        rows = list_kpis(ctx.client, ctx.database, grain, workflow, since_ms, until_ms, agent_version)
        return KpiPage(grain, rows)

    return router
