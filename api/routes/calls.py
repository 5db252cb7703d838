"""``/api/v1/calls``: the call list, one call, and its raw (decrypted) transcript for compliance."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field, field_validator

from api.auth.dependencies import Principal, api_context, require
from api.context import ApiContext
from api.errors import BadRequest, NotFound
from api.openapi import CallSid, responses, v1_router
from api.raw_text import RawTranscript, read_raw
from api.routes.params import AgentVersion, Since, Until, Workflow, time_range
from api.store.calls import MAX_LIMIT, CallDetail, CallFilter, CallSummary, get_call, list_calls
from stream.restricted.access import MIN_REASON_CHARS, raw_read_reason


@dataclass(frozen=True, slots=True)
class CallPage:
    items: list[CallSummary]
    limit: int
    offset: int


class RawRequest(BaseModel):
    reason: str = Field(
        min_length=MIN_REASON_CHARS, max_length=500, description="Why you need the raw text (audited)."
    )

    @field_validator("reason")
    @classmethod
    def _words(cls, value: str) -> str:
        reason = raw_read_reason(value)
        if reason is None:
            raise ValueError(f"a reason of at least {MIN_REASON_CHARS} characters is required")
        return reason


def build_router(ctx: ApiContext) -> APIRouter:
    router = v1_router("calls")

    @router.get("/calls", response_model=CallPage, responses=responses(401, 403, 400, 422),
                summary="Calls, newest first, filtered")  # fmt: skip
    def calls(
        request: Request,
        _: Annotated[Principal, Depends(require("calls:read"))],
        workflow: Workflow = None,
        since: Since = None,
        until: Until = None,
        contained: bool | None = None,
        escalated: bool | None = None,
        ended: Annotated[bool | None, Query(description="false: calls still in progress")] = None,
        ttfhw_min_ms: Annotated[
            float | None, Query(ge=0, le=3_600_000, description="TTFHW p95 at least")
        ] = None,
        ttfhw_max_ms: Annotated[
            float | None, Query(ge=0, le=3_600_000, description="TTFHW p95 at most")
        ] = None,
        agent_version: AgentVersion = None,
        q: Annotated[
            str | None, Query(min_length=1, max_length=200, description="Text in the REDACTED transcript")
        ] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> CallPage:
        since_ms, until_ms = time_range(since, until)
        if ttfhw_min_ms is not None and ttfhw_max_ms is not None and ttfhw_min_ms > ttfhw_max_ms:
            raise BadRequest("ttfhw_min_ms must not exceed ttfhw_max_ms")
        flt = CallFilter(
            workflow=workflow, since_ms=since_ms, until_ms=until_ms, contained=contained, escalated=escalated,
            ended=ended, ttfhw_min_ms=ttfhw_min_ms, ttfhw_max_ms=ttfhw_max_ms, agent_version=agent_version,
            q=q.strip() or None if q else None, limit=limit, offset=offset,
        )  # fmt: skip
        ctx = api_context(request)
        return CallPage(list_calls(ctx.client, ctx.database, flt), limit, offset)

    @router.get("/calls/{sid}", response_model=CallDetail, responses=responses(401, 403, 404, 422),
                summary="One call: summary, redacted transcript by turn, tools, timeline")  # fmt: skip
    def call(
        request: Request, sid: CallSid, _: Annotated[Principal, Depends(require("calls:read"))]
    ) -> CallDetail:
        ctx = api_context(request)
        detail = get_call(ctx.client, ctx.database, sid)
        if detail is None:
            raise NotFound(f"no call {sid}")
        return detail

    @router.post(
        "/calls/{sid}/raw", response_model=RawTranscript, responses=responses(401, 403, 404, 422, 429),
        summary="The decrypted original transcript (compliance; a reason is required; audited; rate limited)",
    )  # fmt: skip
    def raw(
        request: Request,
        sid: CallSid,
        body: RawRequest,
        principal: Annotated[Principal, Depends(require("raw:read"))],
    ) -> RawTranscript:
        remote = request.client.host if request.client else ""
        return read_raw(api_context(request), principal, sid, body.reason, remote)

    return router
