"""What the JSON routes (``api/routes``) and the pages' JSON routes (``api/pages``) share: their version 1
router (``v1_router``), the call SID path parameter, the workflow name's pattern (the pages' forms check it
too) and the problem+json error responses they declare in the OpenAPI spec. The exception handlers that
produce those responses are ``api/problems.py`` (installed by the app, never imported by a route)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from ingest.contract.models import ID_PATTERN

MEDIA_TYPE = "application/problem+json"
PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {"type": "array", "items": {"type": "object"}},
    },
    "required": ["title", "status"],
}

CallSid = Annotated[str, Path(pattern=ID_PATTERN, description="The call SID, e.g. CA0123…")]


API_V1 = "/api/v1"
"""Where version 1 of the JSON API lives."""


def v1_router(tag: str, path: str = "") -> APIRouter:
    """A router for JSON routes of version 1 of the API (``API_V1`` + ``path``), listed under ``tag``."""
    return APIRouter(prefix=API_V1 + path, tags=[tag])


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for error statuses, described as problem+json."""
    return {s: {"description": _TITLES.get(s, "Error"), "content": {MEDIA_TYPE: {"schema": PROBLEM_SCHEMA}}}
            for s in statuses}  # fmt: skip


_TITLES = {
    400: "Bad request",
    401: "Missing, unknown or revoked API key",
    403: "The key's role lacks the permission",
    404: "Not found",
    422: "Invalid parameters",
    429: "Rate limited (see Retry-After)",
    503: "Warehouse unavailable",
}
