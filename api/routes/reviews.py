"""``GET /api/v1/reviews/sample`` and ``GET /api/v1/reviews/agreement``: the after-call review of one ISO
week as JSON (``rollout.reviews``): the stratified sample with each call's latest label (``calls:read``, as
the review page), and per workflow how often the automatic task success agrees with the reviewers
(``kpis:read``, like the other aggregates). Labels are written by the review page's form only."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from api.auth.dependencies import Principal, api_context, require
from api.errors import BadRequest
from api.openapi import responses, v1_router
from rollout.reviews import (
    Agreement,
    ReviewError,
    SampledCall,
    agreement_by_workflow,
    read_sample,
    week_range_ms,
)

Week = Annotated[str, Query(pattern=r"^\d{4}-W\d{2}$", description="ISO week, e.g. 2026-W48 (UTC)")]


class LabelOut(BaseModel):
    reviewer: str = Field(description="the API key's name")
    labelled_at_ms: int
    task_done: bool
    wrong_information: bool
    compliance_problem: bool
    handoff_justified: bool | None


class SampledOut(BaseModel):
    call_sid: str
    stratum: str
    workflow: str
    agent_version: str
    task_success: bool = Field(description="the automatic task success")
    label: LabelOut | None = Field(description="the latest label; null: not labelled yet")


class SampleOut(BaseModel):
    week: str
    calls: list[SampledOut]


class DisagreementOut(BaseModel):
    call_sid: str
    agent_version: str
    automatic: bool
    reviewer: bool


class AgreementOut(BaseModel):
    workflow: str
    labelled: int
    agreed: int
    lower: float = Field(description="Wilson 95% interval of agreed / labelled")
    upper: float
    wrong_information: int
    compliance_problems: int
    disagreements: list[DisagreementOut]


class AgreementPage(BaseModel):
    week: str
    workflows: list[AgreementOut]


def _range(week: str) -> tuple[int, int]:
    try:
        return week_range_ms(week)
    except ReviewError as err:
        raise BadRequest(str(err)) from None


def build_router() -> APIRouter:
    router = v1_router("rollout", "/reviews")

    @router.get("/sample", response_model=SampleOut, responses=responses(401, 403, 400, 422),
                summary="One week's after-call review sample, each call with its latest label")  # fmt: skip
    def sample(
        request: Request, _: Annotated[Principal, Depends(require("calls:read"))], week: Week
    ) -> SampleOut:
        _range(week)
        ctx = api_context(request)
        calls = [_sampled(c) for c in read_sample(ctx.client, week, database=ctx.database)]
        return SampleOut(week=week, calls=calls)

    @router.get("/agreement", response_model=AgreementPage, responses=responses(401, 403, 400, 422),
                summary="Per workflow: how often automatic task success agrees with reviewers")  # fmt: skip
    def agreement(
        request: Request, _: Annotated[Principal, Depends(require("kpis:read"))], week: Week
    ) -> AgreementPage:
        start_ms, end_ms = _range(week)
        ctx = api_context(request)
        found = agreement_by_workflow(ctx.client, start_ms, end_ms, database=ctx.database)
        rows = [_agreement(a) for a in found]
        return AgreementPage(week=week, workflows=rows)

    return router


def _sampled(c: SampledCall) -> SampledOut:
    label = None
    if c.label is not None:
        label = LabelOut(
            reviewer=c.label.reviewer, labelled_at_ms=c.label.labelled_at_ms, task_done=c.label.task_done,
            wrong_information=c.label.wrong_information, compliance_problem=c.label.compliance_problem,
            handoff_justified=c.label.handoff_justified,
        )  # fmt: skip
    return SampledOut(
        call_sid=c.call_sid, stratum=c.stratum, workflow=c.workflow, agent_version=c.agent_version,
        task_success=c.task_success, label=label,
    )  # fmt: skip


def _agreement(a: Agreement) -> AgreementOut:
    disagreements = [
        DisagreementOut(call_sid=d.call_sid, agent_version=d.agent_version, automatic=d.automatic,
                        reviewer=d.reviewer)
        for d in a.disagreements
    ]  # fmt: skip
    return AgreementOut(
        workflow=a.workflow, labelled=a.labelled, agreed=a.agreed, lower=a.interval.lower,
        upper=a.interval.upper, wrong_information=a.wrong_information,
        compliance_problems=a.compliance_problems, disagreements=disagreements,
    )  # fmt: skip
