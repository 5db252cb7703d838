"""Typed errors of the API. Each maps to one HTTP status and is answered as ``application/problem+json``
(RFC 9457) by ``api.problems``. Messages never carry transcript text, keys or other secrets.

The problem types are one table: each class names its status and title in its header
(``class NotFound(ApiError, status=404, title="Not found")``), so a kind is one line and its docstring
says when it is raised."""

from __future__ import annotations


class ApiError(Exception):
    """Base of errors the API raises on purpose."""

    status = 500
    title = "Internal error"

    def __init_subclass__(cls, *, status: int, title: str, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.status, cls.title = status, title

    def __init__(self, detail: str = "", *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.headers = headers or {}


class Unauthenticated(ApiError, status=401, title="Unauthenticated"):  # noqa: N818 - reads as the answer it is
    """No key, or an unknown or revoked one (a page asking is sent to /login instead)."""

    def __init__(self, detail: str = "a valid API key is required") -> None:
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer realm="callpulse"'})


class Forbidden(ApiError, status=403, title="Forbidden"):  # noqa: N818
    """The key's role lacks the permission the route requires."""


class NotFound(ApiError, status=404, title="Not found"):  # noqa: N818
    """No such call, or no live call of that SID to hand over."""


class BadRequest(ApiError, status=400, title="Bad request"):  # noqa: N818
    """Parameters valid one by one but not together (a time range backwards), or a reason refused."""


class RateLimited(ApiError, status=429, title="Too many requests"):  # noqa: N818
    """Over the per-key limit of raw reads; ``Retry-After`` says when to try again."""

    def __init__(self, detail: str, retry_after_s: int) -> None:
        super().__init__(detail)
        self.headers = {"Retry-After": str(retry_after_s)}


class WarehouseUnavailable(ApiError, status=503, title="Warehouse unavailable"):  # noqa: N818
    """For a warehouse that does not answer."""


class HandoffNotConfigured(ApiError, status=503, title="Handoff not configured"):  # noqa: N818
    """The supervisor hand-off needs the agent's admin URL and token (``api.pages.handoff``)."""


class HandoffConflict(ApiError, status=409, title="Call already ending"):  # noqa: N818
    """The agent is already ending the call the supervisor asked to hand over."""


class AgentUnavailable(ApiError, status=502, title="Agent unavailable"):  # noqa: N818
    """The agent's admin endpoint did not answer the hand-off."""


class ApiKeyError(ApiError, status=400, title="Bad key request"):
    """A key could not be created or revoked (bad role, unknown id)."""
