"""The pieces of ``rollout``'s read-only SQL that every reader shares (pure).

A database name goes into the SQL text, so it must be a plain identifier; values never do: the time window
and the workflow are placeholders with their parameters.
"""

from __future__ import annotations

from typing import Any

from rollout.errors import CohortError, RolloutError
from stream.warehouse import is_plain_identifier


def checked_database(database: str, error: type[RolloutError] = CohortError) -> str:
    """``database`` when it is a plain identifier, else ``error`` (the caller's own kind of mistake)."""
    if not is_plain_identifier(database):
        raise error(f"not a database name: {database!r}")
    return database


def started_within(
    since_ms: int | None, until_ms: int | None, workflow: str | None = None
) -> tuple[list[str], dict[str, Any]]:
    """Conditions (to join with AND) and parameters for calls started in ``[since_ms, until_ms)`` (``None``:
    unbounded), of ``workflow`` when given."""
    where: list[str] = []
    parameters: dict[str, Any] = {}
    if since_ms is not None:
        where.append("started_at >= fromUnixTimestamp64Milli({since_ms:Int64}, 'UTC')")
        parameters["since_ms"] = since_ms
    if until_ms is not None:
        where.append("started_at < fromUnixTimestamp64Milli({until_ms:Int64}, 'UTC')")
        parameters["until_ms"] = until_ms
    if workflow is not None:
        where.append("workflow = {workflow:String}")
        parameters["workflow"] = workflow
    return where, parameters
