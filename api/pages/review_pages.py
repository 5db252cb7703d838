"""After-call review pages (``rollout.reviews``): ``GET /review?week=2026-W48`` lists the week's sample by
stratum with each call's label and the week's agreement per workflow; ``GET /review/{sid}`` shows the call's
REDACTED transcript (the call page's ``get_call``, badges and transcript markup) with the label form;
``POST /review/{sid}`` writes an ``audit_log`` row (action ``review_label``: who, role, when, which call,
the flags) and then the label, and goes on to the next unlabelled call. Reading needs ``calls:read`` (the
redacted transcripts); so does labelling (a reviewer is an analyst). The reviewer stored is the key's name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.auth.dependencies import Principal
from api.context import ApiContext
from api.pages import views
from api.pages.kit import MaybePrincipal, PageKit
from api.pages.review_form import HANDOFF, QUESTIONS, LabelForm, parse_label
from api.store.calls import get_call
from ingest.contract.models import is_identifier
from rollout.reviews import (
    Label,
    ReviewError,
    SampledCall,
    agreement_by_workflow,
    read_sample,
    sampled_week_of,
    save_label,
    week_range_ms,
)
from rollout.reviews_sample import week_of
from stream.restricted.access import AUDIT_COLUMNS

ACTION = "review_label"
WEEK_MS = 7 * 86_400_000


def build_router(ctx: ApiContext, kit: PageKit) -> APIRouter:
    router = APIRouter()

    @router.get("/review", response_class=HTMLResponse, include_in_schema=False)
    def review_list(
        request: Request, principal: MaybePrincipal, week: str = "", saved: str = ""
    ) -> HTMLResponse:
        if (denied := kit.refused(request, principal, "calls:read")) is not None:
            return denied
        week = week.strip() or week_of(ctx.clock.now_ms())
        try:
            start_ms, end_ms = week_range_ms(week)
        except ReviewError as err:
            return kit.message(request, principal, 400, "Which week?", str(err), back="/review",
                               back_label="This week's review")  # fmt: skip
        sample = read_sample(ctx.client, week, database=ctx.database)
        strata: dict[str, list[SampledCall]] = {}
        for call in sample:
            strata.setdefault(call.stratum, []).append(call)
        return kit.render(
            request, "review.html", principal, nav="review", week=week, strata=strata,
            labelled=sum(1 for c in sample if c.label), total=len(sample),
            agreement=agreement_by_workflow(ctx.client, start_ms, end_ms, database=ctx.database),
            previous_week=week_of(start_ms - WEEK_MS), next_week=week_of(end_ms), saved=saved,
            by_stratum=Counter(c.stratum for c in sample),
        )  # fmt: skip

    @router.get("/review/{call_sid}", response_class=HTMLResponse, include_in_schema=False)
    def review_call(request: Request, call_sid: str, principal: MaybePrincipal) -> HTMLResponse:
        if (denied := kit.refused(request, principal, "calls:read")) is not None:
            return denied
        return _call_page(request, principal, call_sid, None, 200)

    @router.post("/review/{call_sid}", response_class=HTMLResponse, include_in_schema=False)
    async def save(request: Request, call_sid: str, principal: MaybePrincipal) -> Response:
        if (denied := kit.refused(request, principal, "calls:read")) is not None:
            return denied
        assert principal is not None
        body = parse_qs((await request.body()).decode("utf-8", errors="replace"))
        week = (
            sampled_week_of(ctx.client, call_sid, database=ctx.database) if is_identifier(call_sid) else None
        )
        if week is None:
            return _not_sampled(request, principal, call_sid)
        form = parse_label(body)
        if form.errors:
            return _call_page(request, principal, call_sid, form, 400)
        now_ms = ctx.clock.now_ms()
        label = Label(call_sid, week, principal.name, now_ms, *form.flags())
        remote = request.client.host if request.client else ""
        audit = (
            now_ms,
            principal.name,
            principal.role,
            ACTION,
            call_sid,
            f"{week}: {form.summary()}",
            remote,
        )
        ctx.client.insert(f"{ctx.database}.audit_log", [audit], column_names=list(AUDIT_COLUMNS))
        save_label(ctx.client, label, database=ctx.database)
        following = _next_unlabelled(ctx, week, after=call_sid)
        target = f"/review/{following}" if following else f"/review?week={quote(week)}&saved={call_sid}"
        return RedirectResponse(target, status_code=303)

    def _not_sampled(request: Request, principal: Principal | None, call_sid: str) -> HTMLResponse:
        return kit.message(request, principal, 404, "Not in a review sample",
                           f"Call {call_sid} is in no week's review sample.", back="/review",
                           back_label="This week's review")  # fmt: skip

    def _call_page(
        request: Request, principal: Principal | None, call_sid: str, form: LabelForm | None, status: int
    ) -> HTMLResponse:
        week = (
            sampled_week_of(ctx.client, call_sid, database=ctx.database) if is_identifier(call_sid) else None
        )
        detail = get_call(ctx.client, ctx.database, call_sid) if week is not None else None
        if week is None or detail is None:
            return _not_sampled(request, principal, call_sid)
        tools: dict[int, list[Any]] = defaultdict(list)
        for tool_call in detail.tool_calls:
            tools[tool_call.turn].append(tool_call)
        sampled = next(
            c for c in read_sample(ctx.client, week, database=ctx.database) if c.call_sid == call_sid
        )
        return kit.render(
            request, "review_call.html", principal, status, nav="review", week=week, s=detail.summary,
            d=detail, sampled=sampled, form=form or LabelForm.of(sampled.label),
            badges=views.badges(detail.summary, ctx.ttfhw_budget_ms), tools_by_turn=tools,
            questions=QUESTIONS, handoff=HANDOFF,
        )  # fmt: skip

    return router


def _next_unlabelled(ctx: ApiContext, week: str, *, after: str) -> str | None:
    """The next call of the sample (in page order) still without a label, wrapping round; None when done."""
    sample = read_sample(ctx.client, week, database=ctx.database)
    order = [c.call_sid for c in sample]
    start = order.index(after) + 1 if after in order else 0
    for call in sample[start:] + sample[:start]:
        if call.label is None and call.call_sid != after:
            return call.call_sid
    return None
