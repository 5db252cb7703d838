"""The wallboard's JSON: ``GET /api/v1/live`` (calls in progress with risk and the rules that flagged
them, plus the floor's tiles), ``GET /api/v1/live/stream`` (the same board pushed as server-sent events)
and ``POST /api/v1/calls/{sid}/handoff`` (the confirmed hand-off, with a reason, audited). Permissions
are checked before anything else, so a caller without them learns nothing about which calls exist.

The stream (``text/event-stream``) reads the board every ``STREAM_INTERVAL_S`` and sends an ``board``
event when it changed, or at least every ``STREAM_REFRESH_S`` (so the calls' ages tick), with ``: ping``
comments in between. Between two reads it watches the newest rule matches every ``STREAM_WATCH_S``
(``NewestMatch``: one small query, of the rows since the newest match it has already seen) and reads
and pushes the board as soon as a match was written, so a rule firing reaches the wallboard ~0.2 s
after it is stored rather than up to a whole interval later (issue 17's per-call rule latency); the
board itself is still read once a second.

Reads are shared (``SharedBoard``): every stream and every ``GET /api/v1/live`` of one API process takes
the board read for any of them in the last ``SHARED_BOARD_MAX_AGE_MS`` (or waits for the read in
progress), so a floor with ten wallboards open costs the warehouse one read of the board a second, not
ten; a stream whose watch saw a new match takes only a board read after it saw it.
It ends by itself after ``STREAM_MAX_S`` (EventSource reconnects after ``retry``),
when the browser goes away, or when the server stops: at once (within an interval) when the app's
``app.state.stopping`` event is set, else when uvicorn cancels it after its graceful timeout.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import asdict, dataclass, replace
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from api.auth.dependencies import Principal, require
from api.context import ApiContext
from api.errors import HandoffNotConfigured
from api.openapi import CallSid, responses, v1_router
from api.pages.handoff import HandoffResult, request_handoff
from api.store.floor import FloorStats, floor_stats
from api.store.handoffs import record_handoff
from api.store.live import LiveCall, live_calls, newest_matches

STREAM_INTERVAL_S = 1.0
STREAM_WATCH_S = 0.2
STREAM_REFRESH_S = 5.0
STREAM_MAX_S = 120.0
STREAM_RETRY_MS = 1_000
SHARED_BOARD_MAX_AGE_MS = 500  # half the stream's interval: each stream still sees a board read within 1.5 s
MIN_REASON_CHARS = 3


@dataclass(frozen=True, slots=True)
class LiveBoard:
    """Calls in progress, riskiest first, as of ``now_ms``; live calls per workflow; the last 15
    minutes of the floor (``floor``) and the TTFHW budget its tile compares with; whether hand-off is
    configured (the buttons are hidden when it is not)."""

    now_ms: int
    calls: list[LiveCall]
    live_by_workflow: dict[str, int]
    floor: FloorStats
    ttfhw_budget_ms: int
    handoff_configured: bool


class HandoffRequest(BaseModel):
    reason: str = Field(
        min_length=MIN_REASON_CHARS, max_length=500, description="Why (written to the audit log)"
    )


def handoff_configured(ctx: ApiContext) -> bool:
    return bool(ctx.agent_admin_url and ctx.agent_admin_token)


def board(ctx: ApiContext) -> LiveBoard:
    now_ms = ctx.clock.now_ms()
    calls = live_calls(ctx.client, ctx.database, now_ms)
    per_workflow = dict(sorted(Counter(c.workflow for c in calls).items()))
    floor = floor_stats(ctx.client, ctx.database, now_ms)
    return LiveBoard(now_ms, calls, per_workflow, floor, ctx.ttfhw_budget_ms, handoff_configured(ctx))


class SharedBoard:
    """One read of the board for every reader of one API process: a board read that began less than
    ``max_age_ms`` ago is handed out again, and a reader that comes while a read is in progress waits for
    it instead of starting its own. ``fresher_than_ms`` (of ``now_ms``): a reader that knows the board
    changed at that moment (its watch saw a new rule match) takes only a read that began after it. Ages
    are wall time (``timer``), not the API's clock: they are about what reads cost, and a test's API
    clock may stand still."""

    def __init__(
        self,
        ctx: ApiContext,
        max_age_ms: int = SHARED_BOARD_MAX_AGE_MS,
        read: Callable[[ApiContext], LiveBoard] | None = None,
        timer: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ctx = ctx
        self._timer = timer
        self._max_age_ms = max_age_ms
        self._read = board if read is None else read
        self._lock = threading.Lock()
        self._latest: tuple[int, LiveBoard] | None = None  # (when its read began, the board)
        self.reads = 0

    def now_ms(self) -> int:
        return int(self._timer() * 1000)

    def __call__(self, fresher_than_ms: int | None = None) -> LiveBoard:
        with self._lock:  # one read at a time: the others wait for it and take it
            now_ms = self.now_ms()
            if self._latest is not None:
                began_ms, live = self._latest
                fresh = 0 <= now_ms - began_ms < self._max_age_ms
                if fresh and (fresher_than_ms is None or began_ms > fresher_than_ms):
                    return live
            live = self._read(self._ctx)
            self.reads += 1
            self._latest = (now_ms, live)
            return live


def board_json(live: LiveBoard) -> str:
    return json.dumps(asdict(live), separators=(",", ":"), default=str)


async def board_events(
    read: Callable[[int | None], Awaitable[LiveBoard]],
    disconnected: Callable[[], Awaitable[bool]],
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    interval_s: float = STREAM_INTERVAL_S,
    refresh_s: float = STREAM_REFRESH_S,
    max_s: float = STREAM_MAX_S,
    stopping: Callable[[], bool] = lambda: False,
    watch: Callable[[], Awaitable[object]] | None = None,
    watch_s: float = STREAM_WATCH_S,
    clock: Callable[[], int] | None = None,
) -> AsyncIterator[str]:
    """The SSE frames of one stream: ``board`` events (the board as JSON) on change or every
    ``refresh_s``, ``: ping`` otherwise, for at most ``max_s`` (counted in intervals, not wall time).
    ``watch``: read every ``watch_s`` between two reads of the board; when its answer differs from the
    one before the last read (a rule match was written), the board is read again at once. ``read`` is
    given ``clock()`` at the moment the watch saw the change (None for a read that is merely due), and
    the first read ``clock()`` at the stream's opening: the page it updates was rendered from a board read
    just before, and a shared read that began earlier (another screen's, up to ``max_age_ms`` old) may
    lack a call the page shows; pushed first, it took that call's row away, and with it a hand-off form
    a supervisor had open, until the next push (seen once in a browser test under load, 2026-12-06).
    """
    yield f"retry: {STREAM_RETRY_MS}\n\n"
    last_content, since_sent, waited = "", refresh_s, 0.0
    changed_ms: int | None = clock() if clock is not None else None  # the first push: read after the open
    while waited < max_s:
        if stopping() or await disconnected():
            return
        seen = await watch() if watch is not None else None
        live = await read(changed_ms)
        content = board_json(replace(live, now_ms=0, floor=replace(live.floor, since_ms=0, now_ms=0)))
        if content != last_content or since_sent >= refresh_s:
            yield f"event: board\nid: {live.now_ms}\ndata: {board_json(live)}\n\n"
            last_content, since_sent = content, 0.0
        else:
            yield ": ping\n\n"
        slept, changed = await _until_due(sleep, interval_s, watch, seen, watch_s)
        changed_ms = clock() if changed and clock is not None else None
        since_sent += slept
        waited += slept


async def _until_due(
    sleep: Callable[[float], Awaitable[None]],
    interval_s: float,
    watch: Callable[[], Awaitable[object]] | None,
    seen: object,
    watch_s: float,
) -> tuple[float, bool]:
    """Wait until the next read of the board is due: ``interval_s``, or sooner when ``watch`` answers
    something other than ``seen``. Returns the seconds waited and whether the watch saw a change."""
    if watch is None or watch_s <= 0 or watch_s >= interval_s:
        await sleep(interval_s)
        return interval_s, False
    slept = 0.0
    while slept < interval_s:
        step = min(watch_s, interval_s - slept)
        await sleep(step)
        slept += step
        if slept < interval_s and await watch() != seen:
            return slept, True
    return slept, False


class NewestMatch:
    """What the stream watches between two reads of the board: the newest rule match (its ``matched_at``
    and how many rows have it), read since the newest one this stream has already seen, so each watch
    reads a millisecond's rows, not every match since the stream opened (up to 120 s of them, every
    0.2 s). A match found earlier than one already seen but written after it (another worker's) is not
    seen by the watch; it is on the board at the next read (``STREAM_INTERVAL_S``)."""

    def __init__(self, ctx: ApiContext, opened_ms: int) -> None:
        self._ctx = ctx
        self.since_ms = opened_ms

    async def __call__(self) -> tuple[int, int]:
        newest = await asyncio.to_thread(newest_matches, self._ctx.client, self._ctx.database, self.since_ms)
        self.since_ms = newest[0]  # the answer is the same from any point up to the newest match
        return newest


def build_router(ctx: ApiContext) -> APIRouter:
    router = v1_router("wallboard")
    shared = SharedBoard(ctx)

    @router.get("/live", response_model=LiveBoard, responses=responses(401, 403),
                summary="Calls in progress with a risk score 0-100 and why, riskiest first")  # fmt: skip
    def live(_: Annotated[Principal, Depends(require("wallboard:read"))]) -> LiveBoard:
        return shared()

    @router.get(
        "/live/stream",
        responses={**responses(401, 403), 200: {"content": {"text/event-stream": {}},
                   "description": "`board` events: the same JSON as GET /api/v1/live"}},
        summary="The wallboard pushed as server-sent events (text/event-stream)",
        response_class=StreamingResponse,
        include_in_schema=False,  # a stream, not a request/response: documented in api/pages/README.md
    )  # fmt: skip
    async def live_stream(
        request: Request, _: Annotated[Principal, Depends(require("wallboard:read"))]
    ) -> StreamingResponse:
        async def read(fresher_than_ms: int | None) -> LiveBoard:
            return await asyncio.to_thread(shared, fresher_than_ms)

        watch = NewestMatch(ctx, ctx.clock.now_ms())

        return StreamingResponse(
            board_events(
                read,
                request.is_disconnected,
                interval_s=STREAM_INTERVAL_S,
                max_s=STREAM_MAX_S,
                stopping=stopping_flag(request),
                watch=watch,
                watch_s=STREAM_WATCH_S,
                clock=shared.now_ms,
            ),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    @router.post(
        "/calls/{call_sid}/handoff",
        response_model=HandoffResult,
        status_code=202,
        responses=responses(401, 403, 404, 409, 422, 502, 503),
        summary="Hand a live call to a person, with a reason (audited; the agent ends the relay session)",
    )
    async def handoff(
        request: Request,
        call_sid: CallSid,
        body: HandoffRequest,
        principal: Annotated[Principal, Depends(require("calls:handoff"))],
    ) -> HandoffResult:
        return await audited_handoff(ctx, principal, call_sid, body.reason, _remote(request))

    return router


async def audited_handoff(
    ctx: ApiContext, principal: Principal, call_sid: str, reason: str, remote_addr: str
) -> HandoffResult:
    """Write the hand-off to the audit log (who, role, when, why, from where), then ask the agent."""
    if not handoff_configured(ctx):
        await request_handoff(ctx.agent_admin_url, ctx.agent_admin_token, call_sid)  # raises the 503
        raise HandoffNotConfigured("hand-off is not configured")  # pragma: no cover
    actor = f"{principal.name} [{principal.key_id}]"
    await asyncio.to_thread(
        record_handoff, ctx.client, ctx.database, ctx.clock.now_ms(), actor, principal.role, call_sid,
        reason.strip(), remote_addr,
    )  # fmt: skip
    return await request_handoff(ctx.agent_admin_url, ctx.agent_admin_token, call_sid)


def stopping_flag(request: Request) -> Callable[[], bool]:
    """Whether the server is stopping: ``app.state.stopping`` (a ``threading.Event``) when whoever runs
    the app sets one on its stop signal; without it a stream lasts until uvicorn's graceful timeout
    cancels it (the browser then sees a cut connection and EventSource reconnects elsewhere)."""
    event = getattr(request.app.state, "stopping", None)
    return event.is_set if isinstance(event, threading.Event) else lambda: False


def _remote(request: Request) -> str:
    return request.client.host if request.client else ""
