"""Typed errors of the API. Each maps to one HTTP status and is answered as ``application/problem+json``
(RFC 9457) by ``api.problems``. Messages never carry transcript text, keys or other secrets."""

from __future__ import annotations


class ApiError(Exception):
    """Base of errors the API raises on purpose."""

    status = 500
    title = "Internal error"

    def __init__(self, detail: str = "", *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.headers = headers or {}


class Unauthenticated(ApiError):  # noqa: N818 - reads as the answer it is
    status = 401
    title = "Unauthenticated"

    def __init__(self, detail: str = "a valid API key is required") -> None:
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer realm="callpulse"'})


class Forbidden(ApiError):  # noqa: N818
    status = 403
    title = "Forbidden"


class NotFound(ApiError):  # noqa: N818
    status = 404
    title = "Not found"


class BadRequest(ApiError):  # noqa: N818
    status = 400
    title = "Bad request"


class RateLimited(ApiError):  # noqa: N818
    status = 429
    title = "Too many requests"

    def __init__(self, detail: str, retry_after_s: int) -> None:
        super().__init__(detail)
        self.headers = {"Retry-After": str(retry_after_s)}


class WarehouseUnavailable(ApiError):  # noqa: N818
    status = 503
    title = "Warehouse unavailable"


class HandoffNotConfigured(ApiError):  # noqa: N818
    """The supervisor hand-off needs the agent's admin URL and token (``api.pages.handoff``)."""

    status = 503
    title = "Handoff not configured"


class HandoffConflict(ApiError):  # noqa: N818
    status = 409
    title = "Call already ending"


class AgentUnavailable(ApiError):  # noqa: N818
    status = 502
    title = "Agent unavailable"


class ApiKeyError(ApiError):
    """A key could not be created or revoked (bad role, unknown id)."""

    status = 400
    title = "Bad key request"
