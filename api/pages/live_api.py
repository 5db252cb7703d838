"""The wallboard's JSON: ``GET /api/v1/live`` (calls in progress with risk, polled by the page) and
``POST /api/v1/calls/{sid}/handoff`` (the handoff button). Permissions are checked before anything
else, so a caller without them learns nothing about which calls exist."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends

from api.auth.dependencies import Principal, require
from api.context import ApiContext
from api.openapi import CallSid, responses
from api.pages.handoff import HandoffResult, request_handoff
from api.store.live import LiveCall, live_calls


@dataclass(frozen=True, slots=True)
class LiveBoard:
    """Calls in progress, riskiest first, as of ``now_ms``."""

    now_ms: int
    calls: list[LiveCall]


def board(ctx: ApiContext) -> LiveBoard:
    now_ms = ctx.clock.now_ms()
    return LiveBoard(now_ms, live_calls(ctx.client, ctx.database, now_ms))


def build_router(ctx: ApiContext) -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["wallboard"])

    @router.get("/live", response_model=LiveBoard, responses=responses(401, 403),
                summary="Calls in progress with a risk score 0-100 and why, riskiest first")  # fmt: skip
    def live(_: Annotated[Principal, Depends(require("wallboard:read"))]) -> LiveBoard:
        return board(ctx)

    @router.post(
        "/calls/{call_sid}/handoff",
        response_model=HandoffResult,
        status_code=202,
        responses=responses(401, 403, 404, 409, 422, 502, 503),
        summary="Hand a live call to a person (the agent ends the relay session with handoffData)",
    )
    async def handoff(
        call_sid: CallSid, _: Annotated[Principal, Depends(require("calls:handoff"))]
    ) -> HandoffResult:
        return await request_handoff(ctx.agent_admin_url, ctx.agent_admin_token, call_sid)

    return router
