"""``GET /api/v1/alerts`` (alert history) and ``POST /api/v1/alertmanager/webhook`` (Alertmanager's
webhook receiver: point a receiver's ``webhook_configs.url`` here with a key holding ``alerts:write``
as ``http_config.authorization.credentials``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from api.auth.dependencies import Principal, api_context, require
from api.openapi import responses, v1_router
from api.routes.params import Workflow
from api.store.alerts import MAX_LIMIT, AlertRow, IncomingAlert, list_alerts, store_alerts

ZERO_YEAR = 1970  # Alertmanager sends endsAt 0001-01-01T00:00:00Z for "not ended"
LabelMap = Annotated[dict[str, Annotated[str, Field(max_length=10_000)]], Field(max_length=100)]


class WebhookAlert(BaseModel):
    status: Literal["firing", "resolved"]
    labels: LabelMap
    annotations: LabelMap = {}
    startsAt: datetime  # noqa: N815 - Alertmanager's field names
    endsAt: datetime | None = None  # noqa: N815
    generatorURL: str = ""  # noqa: N815
    fingerprint: Annotated[str, Field(max_length=128)] = ""


class WebhookPayload(BaseModel):
    """Alertmanager's webhook body (version 4)."""

    version: str = "4"
    groupKey: str = ""  # noqa: N815
    truncatedAlerts: int = 0  # noqa: N815
    status: Literal["firing", "resolved"]
    receiver: str = ""
    groupLabels: LabelMap = {}  # noqa: N815
    commonLabels: LabelMap = {}  # noqa: N815
    commonAnnotations: LabelMap = {}  # noqa: N815
    externalURL: str = ""  # noqa: N815
    alerts: Annotated[list[WebhookAlert], Field(max_length=1_000)]


@dataclass(frozen=True, slots=True)
class WebhookReceipt:
    stored: int


@dataclass(frozen=True, slots=True)
class AlertPage:
    items: list[AlertRow]


def build_router() -> APIRouter:
    router = v1_router("alerts")

    @router.get("/alerts", response_model=AlertPage, responses=responses(401, 403, 422),
                summary="Alert history, newest episode first")  # fmt: skip
    def alerts(
        request: Request,
        _: Annotated[Principal, Depends(require("alerts:read"))],
        status: Annotated[Literal["firing", "resolved"] | None, Query()] = None,
        alertname: Annotated[str | None, Query(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")] = None,
        workflow: Workflow = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    ) -> AlertPage:
        ctx = api_context(request)
        return AlertPage(list_alerts(ctx.client, ctx.database, status, alertname, workflow, limit))

    @router.post("/alertmanager/webhook", response_model=WebhookReceipt, responses=responses(401, 403, 422),
                 summary="Alertmanager webhook receiver: stores each alert of the notification")  # fmt: skip
    def webhook(
        request: Request, payload: WebhookPayload, _: Annotated[Principal, Depends(require("alerts:write"))]
    ) -> WebhookReceipt:
        ctx = api_context(request)
        incoming = [
            IncomingAlert(
                a.status, dict(a.labels), dict(a.annotations), a.startsAt,
                a.endsAt if a.endsAt is not None and a.endsAt.year >= ZERO_YEAR else None, a.fingerprint,
            )
            for a in payload.alerts
        ]  # fmt: skip
        return WebhookReceipt(store_alerts(ctx.client, ctx.database, incoming, ctx.clock.now_ms()))

    return router
