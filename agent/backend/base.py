"""The backend interface the tools call. Every operation is async and returns a JSON-like dict.

Operations that change something take an ``idempotency_key``: the same key twice does the thing
once and returns the first answer, so a retried payment never charges twice.
"""

from __future__ import annotations

from typing import Any, Protocol

from agent.backend.faults import Fault


class Backend(Protocol):
    """What a backend offers the agent's tools (``SampleBackend`` is the reference one)."""

    async def call(self, operation: str, args: dict[str, Any]) -> dict[str, Any]:
        """Run ``operation`` with ``args``; raises ``BackendError`` with a stable code on failure."""
        ...

    def inject(self, operation: str, kind: str, **options: Any) -> int:
        """Add a fault (see ``agent.backend.faults``); returns its id."""
        ...

    def clear_faults(self, fault_id: int | None = None) -> int: ...

    def faults(self) -> list[Fault]: ...
