"""``GET /compare``: canary vs the rest, or version A vs B, over a time range and one workflow or all; the
decision (promote / hold / roll back) with its reasons, KPI by KPI both values, the difference with its
always-valid interval and the verdict words, and the guardrails. It renders what ``rollout.compare``
returns (``compare_view`` formats it); permission ``kpis:read``, like ``GET /api/v1/compare``."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.context import ApiContext
from api.pages import compare_view
from api.pages.kit import MaybePrincipal, PageKit
from rollout.compare import Comparison, compare, compare_by_workflow
from rollout.errors import RolloutError


def build_router(ctx: ApiContext, kit: PageKit) -> APIRouter:
    router = APIRouter()

    @router.get("/compare", response_class=HTMLResponse, include_in_schema=False)
    def compare_page(request: Request, principal: MaybePrincipal) -> HTMLResponse:
        if (denied := kit.refused(request, principal, "kpis:read")) is not None:
            return denied
        form = compare_view.parse_form(request.query_params, ctx.clock.now_ms(), ctx.database)
        result, errors = None, list(form.errors)
        per_workflow: dict[str, Comparison] = {}
        if form.spec is not None:
            try:
                if form.spec.workflow is None:  # all workflows: overall and each on its own, one read
                    result, per_workflow = compare_by_workflow(ctx.client, form.spec, ctx.rollout_guardrails)
                else:
                    result = compare(ctx.client, form.spec, ctx.rollout_guardrails)
            except RolloutError as err:
                errors.append(str(err))
        return kit.render(
            request, "compare.html", principal, 400 if errors else 200, nav="compare",
            form=compare_view.CompareForm(form.values, form.spec, errors), result=result,
            kpis=compare_view.lines(result) if result else [],
            decision_tone=compare_view.DECISION_TONE[result.decision] if result else "",
            guardrail_tone=compare_view.guardrail_tone, versions=_distinct(ctx, "agent_version"),
            workflows=_distinct(ctx, "workflow"),
            by_workflow=[compare_view.workflow_line(name, c) for name, c in per_workflow.items()],
        )  # fmt: skip

    return router


def _distinct(ctx: ApiContext, column: str) -> list[str]:
    rows = ctx.client.query(
        f"SELECT DISTINCT toString({column}) FROM {ctx.database}.calls WHERE NOT shadow ORDER BY 1"
    ).result_rows
    return [str(row[0]) for row in rows]
