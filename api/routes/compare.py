"""``GET /api/v1/compare``: version A vs B, or the rest vs the canary, KPI by KPI with always-valid verdicts,
the guardrails and the decision (promote / hold / roll back), as ``callpulse compare --json`` prints it.
Same permission as the KPIs (``kpis:read``). Methods: docs/rollout.md."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from api.auth.dependencies import Principal, api_context, require
from api.errors import BadRequest
from api.openapi import responses, v1_router
from api.routes.params import NAME_PATTERN, Since, Until, Workflow, time_range
from rollout.compare import ComparisonSpec, compare
from rollout.errors import RolloutError

Version = Annotated[str | None, Query(pattern=NAME_PATTERN, max_length=64, description="e.g. 1.4.0")]


class IntervalOut(BaseModel):
    estimate: float | None
    lower: float | None = Field(description="null: unbounded (too few calls)")
    upper: float | None


class SequenceOut(IntervalOut):
    p_value: float


class CohortOut(BaseModel):
    agent_version: str | None
    canary: bool | None


class SpecOut(BaseModel):
    a: CohortOut
    b: CohortOut
    workflow: str | None
    since_ms: int | None
    until_ms: int | None
    alpha: float
    min_effect: float
    database: str
    seed: int
    resamples: int


class KpiOut(BaseModel):
    name: str
    label: str
    unit: str
    summary: Literal["share", "mean", "median"]
    higher_is_better: bool
    points: bool = Field(description="a share: read values and differences in percentage points")
    blocking: bool = Field(description="a 'worse' verdict rolls back")
    calls_a: int
    calls_b: int
    value_a: float | None
    value_b: float | None
    difference: float | None = Field(description="B - A of the value shown (share, mean or median)")
    interval: IntervalOut = Field(description="fixed-sample interval of the difference")
    sequence: SequenceOut = Field(description="always-valid confidence sequence (proportions or means)")
    p_always_valid: float
    p_adjusted: float = Field(description="Holm-adjusted across the KPIs; the verdict's p-value")
    p_fixed: float = Field(description="single-look p-value, for reference only")
    verdict: Literal["better", "worse", "no difference", "not enough calls"]
    effect: float = Field(description="smallest difference worth finding, in the KPI's unit")
    calls_more: int | None = Field(description="calls (both sides) still needed to find `effect`")
    note: str


class GuardrailOut(BaseModel):
    name: str
    limit: float
    value: IntervalOut
    breach: Literal["confident", "possible"] | None
    reason: str


class ComparisonOut(BaseModel):
    spec: SpecOut
    label_a: str
    label_b: str
    calls_a: int
    calls_b: int
    kpis: list[KpiOut]
    guardrails: list[GuardrailOut]
    decision: Literal["promote", "hold", "roll back"]
    reasons: list[str]


def build_router() -> APIRouter:
    router = v1_router("rollout")

    @router.get("/compare", response_model=ComparisonOut, responses=responses(401, 403, 400, 422),
                summary="Compare two agent versions, or the canary with the rest: promote, hold or roll back",
                description="Give `a_version` and `b_version`, or `canary=true`. Ended, non-shadow calls; "
                "verdicts are always-valid (safe to read daily), Holm-corrected.")  # fmt: skip
    def compare_route(
        request: Request,
        _: Annotated[Principal, Depends(require("kpis:read"))],
        a_version: Version = None,
        b_version: Version = None,
        canary: Annotated[bool, Query(description="compare the canary calls (B) with the rest (A)")] = False,
        workflow: Workflow = None,
        since: Since = None,
        until: Until = None,
        min_effect_points: Annotated[
            float,
            Query(ge=0.5, le=50, description="smallest difference in resolved containment worth finding"),
        ] = 3.0,
    ) -> Any:
        since_ms, until_ms = time_range(since, until)
        ctx = api_context(request)
        options: dict[str, Any] = {
            "workflow": workflow, "since_ms": since_ms, "until_ms": until_ms,
            "min_effect": min_effect_points / 100, "database": ctx.database,
        }  # fmt: skip
        if canary == (a_version is not None or b_version is not None):
            raise BadRequest("give either canary=true or both a_version and b_version")
        if not canary and (a_version is None or b_version is None):
            raise BadRequest("give both a_version and b_version")
        try:
            spec = (
                ComparisonSpec.canary(**options)
                if canary
                else ComparisonSpec.versions(str(a_version), str(b_version), **options)
            )
        except RolloutError as err:
            raise BadRequest(str(err)) from None
        return compare(ctx.client, spec, ctx.rollout_guardrails).to_dict()

    return router
