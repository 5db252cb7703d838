"""Runs one tool call the way a voice agent must: gated, bounded in time, idempotent, observed.

- **Identity gate**: a tool that reads or changes account data runs only once the caller reached
  the level it needs; otherwise it is refused without touching the backend.
- **Timeout** per tool (the caller is waiting on the line).
- **Idempotency**: an action gets a key derived from the call and its arguments, so a retry after a
  timeout does the thing once; the backend call of an action is shielded from cancellation (a
  barge-in must not leave a payment half-known), and its answer is remembered for the retry.
- **Events**: ``tool.called`` / ``tool.result`` with latency, ``identity.verified`` on a verification,
  ``agent.error`` when an answer lacks a field the tool relies on (a renamed field upstream).
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

from agent.backend.base import Backend
from agent.backend.errors import BackendError
from agent.tools.catalog import ToolSpec, spec
from agent.tools.identity import Identity
from agent.tools.masking import args_summary

log = logging.getLogger(__name__)

TIMEOUT = "timeout"
SCHEMA_MISMATCH = "schema_mismatch"
IDENTITY_REQUIRED = "identity_required"
RETRYABLE = frozenset({TIMEOUT, "upstream_500", "upstream_503", "unavailable"})


class EventSink(Protocol):
    """Where tool events go (the call's event emitter)."""

    def emit(self, type: str, data: dict[str, Any]) -> None: ...


@dataclass(frozen=True)
class ToolOutcome:
    tool: str
    ok: bool
    data: dict[str, Any] = field(default_factory=dict)
    error_code: str | None = None
    latency_ms: float = 0.0

    @property
    def retryable(self) -> bool:
        return not self.ok and self.error_code in RETRYABLE


class ToolRunner:
    """One per call. ``identity`` is the call's verification state, shared with the dialog."""

    def __init__(
        self,
        backend: Backend,
        sink: EventSink,
        call_sid: str,
        timeouts_s: dict[str, float] | None = None,
        default_timeout_s: float = 4.0,
    ) -> None:
        self.backend = backend
        self.sink = sink
        self.call_sid = call_sid
        self.identity = Identity()
        self._timeouts = timeouts_s or {}
        self._default_timeout_s = default_timeout_s
        self._ids = itertools.count(1)
        self._actions: dict[str, asyncio.Task[dict[str, Any]]] = {}

    def timeout_s(self, tool: str) -> float:
        return self._timeouts.get(tool, self._default_timeout_s)

    def idempotency_key(self, tool: str, args: dict[str, Any]) -> str:
        canonical = json.dumps(args, sort_keys=True, default=str)
        return hashlib.sha256(f"{self.call_sid}|{tool}|{canonical}".encode()).hexdigest()[:24]

    async def call(self, name: str, args: dict[str, Any] | None = None) -> ToolOutcome:
        """Run tool ``name``. Never raises for backend trouble: the outcome says what went wrong."""
        tool = spec(name)
        args = {k: v for k, v in (args or {}).items() if v is not None}
        call_id = f"call_{self.call_sid[-8:]}_{next(self._ids)}"
        summary = args_summary(args)
        self.sink.emit("tool.called", {"tool": name, "tool_call_id": call_id, "args_summary": summary})
        started = time.perf_counter()
        if tool is None:
            return self._result(name, call_id, started, error="unknown_tool")
        if not self.identity.allows(tool.needs):
            return self._result(name, call_id, started, error=IDENTITY_REQUIRED)
        backend_args = dict(args)
        if self.identity.customer_id and not tool.finds:
            backend_args.setdefault("customer_id", self.identity.customer_id)
        try:
            data = await self._run(tool, backend_args)
        except TimeoutError:
            return self._result(name, call_id, started, error=TIMEOUT)
        except BackendError as err:
            return self._result(name, call_id, started, error=err.code)
        missing = [f for f in tool.returns if f not in data]
        if missing:
            self.sink.emit(
                "agent.error",
                {
                    "code": "tool_schema_mismatch",
                    "message": f"{name} returned a response without {', '.join(missing)}",
                },
            )
            return self._result(name, call_id, started, error=SCHEMA_MISMATCH)
        self._learn(tool, data)
        return self._result(name, call_id, started, data=data)

    async def _run(self, tool: ToolSpec, args: dict[str, Any]) -> dict[str, Any]:
        timeout = self.timeout_s(tool.name)
        if not tool.action:
            return await asyncio.wait_for(self.backend.call(tool.name, args), timeout)
        key = self.idempotency_key(tool.name, {k: v for k, v in args.items() if k != "customer_id"})
        args["idempotency_key"] = key
        task = self._actions.get(key)
        if task is None or (task.done() and (task.cancelled() or task.exception() is not None)):
            task = asyncio.ensure_future(self.backend.call(tool.name, args))
            self._actions[key] = task
        return await asyncio.wait_for(asyncio.shield(task), timeout)

    def close(self) -> None:
        """Stop waiting for actions still running when the call ends (the backend keeps its record)."""
        for task in self._actions.values():
            task.cancel()
        self._actions.clear()

    def _learn(self, tool: ToolSpec, data: dict[str, Any]) -> None:
        """Remember the candidate record and raise the verification level."""
        if tool.finds:
            found = data.get("customer_id") or data.get("account_id") or data.get("patient_id")
            found = found or data.get("member_ref")
            if found and found != self.identity.customer_id:
                self.identity.customer_id = str(found)
                self.identity.level, self.identity.method = "none", ""
        if tool.verifies:
            verified = bool(data.get("verified", tool.verifies == "caller_id"))
            if verified:
                self.identity.raise_to(
                    "caller_id" if tool.verifies == "caller_id" else "knowledge", tool.verifies
                )
            self.sink.emit("identity.verified", {"method": tool.verifies, "verified": verified})

    def _result(
        self,
        name: str,
        call_id: str,
        started: float,
        data: dict[str, Any] | None = None,
        error: str | None = None,
    ) -> ToolOutcome:
        latency_ms = round((time.perf_counter() - started) * 1000, 3)
        result: dict[str, Any] = {
            "tool": name,
            "tool_call_id": call_id,
            "ok": error is None,
            "latency_ms": latency_ms,
        }
        if error is not None:
            result["error_code"] = error
            log.info("tool %s failed on call %s: %s", name, self.call_sid, error)
        self.sink.emit("tool.result", result)
        return ToolOutcome(name, error is None, data or {}, error, latency_ms)
