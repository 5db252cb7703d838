"""The pages: ``/calls`` (filtered list), ``/calls/{sid}`` (badges, redacted transcript with ``#turn-N``
anchors, interruptions, tools, timeline), ``/wallboard`` (live calls by risk, refreshed by
``static/pages.js`` from ``GET /api/v1/live``), ``/login``, and the no-JavaScript form behind the
handoff button. Jinja2 with autoescape: every text from the warehouse is escaped.

Permissions are decided before any lookup: no key is a redirect to /login (``api.problems``), a role
without the permission gets a 403 page that says which permission is missing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode

import jinja2
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from api.auth.dependencies import PERMISSION_VERBS, Principal, current_principal
from api.auth.login import safe_next
from api.context import ApiContext
from api.errors import ApiError, Unauthenticated
from api.pages import compare_page, forms, live_api, raw_text, review_pages, views
from api.pages.kit import PageKit
from api.pages.live_api import MIN_REASON_CHARS, audited_handoff, handoff_configured
from api.pages.timeline import build_timeline
from api.store.call_rules import rule_matches_of
from api.store.call_totals import call_totals
from api.store.calls import get_call, list_calls
from ingest.contract.models import is_identifier

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
POLL_MS = 3_000
DATA_CHARS = 400
MaybePrincipal = Annotated[Principal | None, Depends(current_principal)]


def templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR), autoescape=True, undefined=jinja2.StrictUndefined
    )
    env.globals.update(
        when=views.when, duration=views.duration, elapsed=views.elapsed, signed=views.signed,
        containment=views.containment, risk_tone=views.risk_tone, compact=compact,
    )  # fmt: skip
    return Jinja2Templates(env=env)


def compact(data: dict[str, Any]) -> str:
    """An event's redacted payload on one line, cut at ``DATA_CHARS``."""
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=str)
    return text if len(text) <= DATA_CHARS else text[: DATA_CHARS - 1] + "…"


def build_router(ctx: ApiContext) -> APIRouter:
    """Routes for /calls, /calls/{sid}, /wallboard (HTML) and the wallboard's JSON."""
    router = APIRouter()
    pages = templates()

    def render(request: Request, name: str, principal: Principal | None, status: int = 200,
               **context: Any) -> HTMLResponse:  # fmt: skip
        return pages.TemplateResponse(
            request, name, {"principal": principal, "nav": "", **context}, status_code=status
        )

    def message(request: Request, principal: Principal | None, status: int, heading: str, text: str,
                tone: str = "bad", back: str = "", back_label: str = "") -> HTMLResponse:  # fmt: skip
        return render(request, "message.html", principal, status, heading=heading, text=text, tone=tone,
                      back=back, back_label=back_label)  # fmt: skip

    def refused(request: Request, principal: Principal | None, permission: str) -> HTMLResponse | None:
        """None when ``principal`` may ``permission``; else the 403 page (no key: redirect to /login)."""
        if principal is None:
            raise Unauthenticated()
        if principal.can(permission):
            return None
        verb = PERMISSION_VERBS.get(permission, permission)
        return message(request, principal, 403, "Not allowed",
                       f"The {principal.role} role may not {verb} (needs {permission}).")  # fmt: skip

    @router.get("/", include_in_schema=False)
    def home(principal: MaybePrincipal) -> Response:
        if principal is None:
            return RedirectResponse("/login", status_code=303)
        return RedirectResponse("/calls" if principal.can("calls:read") else "/wallboard", status_code=303)

    @router.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request, principal: MaybePrincipal, next: str = "/calls") -> HTMLResponse:
        return render(request, "login.html", principal, next=safe_next(next))

    @router.get("/calls", response_class=HTMLResponse, include_in_schema=False)
    def calls_page(request: Request, principal: MaybePrincipal) -> HTMLResponse:
        if (denied := refused(request, principal, "calls:read")) is not None:
            return denied
        form = forms.parse_filters(request.query_params)
        found = list_calls(ctx.client, ctx.database, form.flt)
        totals = call_totals(ctx.client, ctx.database, form.flt)

        def page_url(page: int) -> str:
            return "/calls?" + urlencode({**{k: v for k, v in form.values.items() if v}, "page": page})

        return render(
            request, "calls.html", principal, 400 if form.errors else 200, nav="calls", form=form,
            calls=found[: forms.PAGE_SIZE], more=len(found) > forms.PAGE_SIZE, workflows=_workflows(ctx),
            budget_ms=ctx.ttfhw_budget_ms, page_url=page_url, totals=totals, pct=views.percent,
        )  # fmt: skip

    @router.get("/calls/{call_sid}", response_class=HTMLResponse, include_in_schema=False)
    def call_page(request: Request, call_sid: str, principal: MaybePrincipal) -> HTMLResponse:
        if (denied := refused(request, principal, "calls:read")) is not None:
            return denied
        assert principal is not None
        detail = get_call(ctx.client, ctx.database, call_sid) if is_identifier(call_sid) else None
        if detail is None:
            text = f"The warehouse has no call {call_sid}."
            return message(
                request, principal, 404, "No such call", text, back="/calls", back_label="All calls"
            )
        interrupts: dict[int, list[Any]] = defaultdict(list)
        for interruption in detail.interruptions:
            interrupts[interruption.turn].append(interruption)
        tools: dict[int, list[Any]] = defaultdict(list)
        for tool_call in detail.tool_calls:
            tools[tool_call.turn].append(tool_call)
        matches = rule_matches_of(ctx.client, ctx.database, detail.summary.call_sid)
        matches_by_turn: dict[int, list[Any]] = defaultdict(list)
        for match in matches:
            matches_by_turn[match.turn].append(match)
        return render(
            request, "call.html", principal, nav="calls", s=detail.summary, d=detail,
            badges=views.badges(detail.summary, ctx.ttfhw_budget_ms), interrupts_by_turn=interrupts,
            tools_by_turn=tools, matches=matches, matches_by_turn=matches_by_turn,
            timeline=build_timeline(detail, matches),
            can_handoff=principal.can("calls:handoff") and handoff_configured(ctx),
            can_read_raw=principal.can("raw:read"),
        )  # fmt: skip

    @router.get("/wallboard", response_class=HTMLResponse, include_in_schema=False)
    def wallboard_page(request: Request, principal: MaybePrincipal, tv: int = 0) -> HTMLResponse:
        if (denied := refused(request, principal, "wallboard:read")) is not None:
            return denied
        assert principal is not None
        live = live_api.board(ctx)
        return render(
            request, "wallboard.html", principal, nav="wallboard", board=live, poll_ms=POLL_MS, tv=bool(tv),
            can_handoff=principal.can("calls:handoff") and live.handoff_configured,
            can_read_calls=principal.can("calls:read"), spark=views.sparkline, pct=views.percent,
        )  # fmt: skip

    @router.post("/calls/{call_sid}/handoff", response_class=HTMLResponse, include_in_schema=False)
    async def handoff_form(request: Request, call_sid: str, principal: MaybePrincipal) -> HTMLResponse:
        """The handoff button without JavaScript (with it, the page calls the JSON route)."""
        if (denied := refused(request, principal, "calls:handoff")) is not None:
            return denied
        assert principal is not None
        back = "/wallboard"
        if not is_identifier(call_sid):
            return message(request, principal, 404, "No such call", "That is not a call SID.", back=back)
        form = parse_qs((await request.body()).decode("utf-8", errors="replace"))
        reason = (form.get("reason") or [""])[0].strip()
        if len(reason) < MIN_REASON_CHARS:
            return message(request, principal, 400, "Say why",
                           "A hand-off needs a reason (it is written to the audit log).", back=back,
                           back_label="Back to the wallboard")  # fmt: skip
        remote = request.client.host if request.client else ""
        try:
            await audited_handoff(ctx, principal, call_sid, reason, remote)
        except ApiError as err:
            return message(request, principal, err.status, "Handoff failed", err.detail, back=back,
                           back_label="Back to the wallboard")  # fmt: skip
        return message(request, principal, 200, "Handed to a person",
                       f"The agent is handing call {call_sid} to a person (supervisor takeover).",
                       tone="good", back=back, back_label="Back to the wallboard")  # fmt: skip

    router.include_router(live_api.build_router(ctx))
    kit = PageKit(render, message, refused)
    router.include_router(compare_page.build_router(ctx, kit))
    router.include_router(review_pages.build_router(ctx, kit))
    router.include_router(raw_text.build_router(ctx, kit))
    return router


def _workflows(ctx: ApiContext) -> list[str]:
    rows = ctx.client.query(
        f"SELECT DISTINCT toString(workflow) FROM {ctx.database}.calls ORDER BY 1"
    ).result_rows
    return [str(row[0]) for row in rows]
