"""``GET /api/v1/audit``: who read raw transcripts, when and why (admin)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from api.auth.dependencies import Principal, api_context, require
from api.openapi import responses, v1_router
from api.routes.params import Since, epoch_ms
from api.store.audit import MAX_LIMIT, AuditEntry, list_audit
from ingest.contract.models import ID_PATTERN


@dataclass(frozen=True, slots=True)
class AuditPage:
    items: list[AuditEntry]


def build_router() -> APIRouter:
    router = v1_router("audit")

    @router.get("/audit", response_model=AuditPage, responses=responses(401, 403, 400, 422),
                summary="The audit log of raw-text reads, newest first")  # fmt: skip
    def audit(
        request: Request,
        _: Annotated[Principal, Depends(require("audit:read"))],
        call_sid: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
        actor: Annotated[str | None, Query(max_length=200)] = None,
        since: Since = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    ) -> AuditPage:
        ctx = api_context(request)
        entries = list_audit(ctx.client, ctx.database, call_sid, actor, epoch_ms(since, "since"), limit)
        return AuditPage(entries)

    return router
