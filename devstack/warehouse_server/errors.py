"""Errors of the warehouse server, each with the HTTP status and ClickHouse error code it answers with."""

from __future__ import annotations

from devstack.errors import DevstackError


class WarehouseServerError(DevstackError):
    """Base: the warehouse server could not start or could not answer a request."""

    status = 500
    code = 1001  # STD_EXCEPTION


class BadRequestError(WarehouseServerError):
    """The HTTP request names no statement or carries a body this server cannot read."""

    status = 400
    code = 27  # CANNOT_PARSE_INPUT_ASSERTION_FAILED


class QueryFailedError(WarehouseServerError):
    """The engine refused the statement; ``code`` is ClickHouse's own error code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code
