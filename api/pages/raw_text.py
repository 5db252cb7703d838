"""The call page's "read the original text" form: ``POST /calls/{sid}/raw`` with a reason shows the
decrypted transcript to a person with ``raw:read`` (the compliance role), through ``api.raw_text.read_raw``
like the API route: rate limited per key, and the audit row (who, when, why, from where) is written
before anything is decrypted. The page is never cached (``Cache-Control: no-store``)."""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.context import ApiContext
from api.errors import ApiError
from api.pages.kit import MaybePrincipal, PageKit
from api.raw_text import read_raw
from ingest.contract.models import is_identifier
from stream.restricted.access import raw_read_reason


def build_router(ctx: ApiContext, kit: PageKit) -> APIRouter:
    router = APIRouter()

    @router.get("/calls/{call_sid}/raw", include_in_schema=False)
    def raw_form(call_sid: str) -> Response:
        """A reason is asked on the call page; a bare link goes there."""
        target = f"/calls/{call_sid}#raw-read" if is_identifier(call_sid) else "/calls"
        return RedirectResponse(target, status_code=303)

    @router.post("/calls/{call_sid}/raw", response_class=HTMLResponse, include_in_schema=False)
    async def raw_page(request: Request, call_sid: str, principal: MaybePrincipal) -> HTMLResponse:
        if (denied := kit.refused(request, principal, "raw:read")) is not None:
            return denied
        assert principal is not None
        back = f"/calls/{call_sid}" if is_identifier(call_sid) else "/calls"
        if not is_identifier(call_sid):
            return kit.message(request, principal, 404, "No such call", "That is not a call SID.", back=back)
        form = parse_qs((await request.body()).decode("utf-8", errors="replace"))
        reason = raw_read_reason((form.get("reason") or [""])[0])
        if reason is None:
            return kit.message(request, principal, 400, "Say why",
                               "Reading the original text needs a reason (it is written to the audit log).",
                               back=back, back_label="Back to the call")  # fmt: skip
        remote = request.client.host if request.client else ""
        try:
            transcript = read_raw(ctx, principal, call_sid, reason, remote)
        except ApiError as err:
            return kit.message(request, principal, err.status, "Not read", err.detail, back=back,
                               back_label="Back to the call")  # fmt: skip
        page = kit.render(request, "raw_text.html", principal, nav="calls", t=transcript, reason=reason,
                          read_at_ms=ctx.clock.now_ms())  # fmt: skip
        page.headers["Cache-Control"] = "no-store"
        return page

    return router
