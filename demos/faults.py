"""Per-call backend faults for the live demo: the reference agent's own fault machinery
(``agent.backend.faults.FaultBook``), applied to one call at a time.

The agent's fault-injection API (``Backend.inject``, ``POST /admin/faults``) has no scope: a fault
hits every call that runs the operation. The live demo plays dozens of calls at once and wants only
the calls whose scenario scripts a failure (``billing.tool_failure_handoff``, ...) to meet one, so
it wraps the sample backend:

- ``CallScopeMiddleware`` (ASGI, around the agent app) gives each ConversationRelay socket a
  ``CallScope`` in a context variable and fills it from the socket's ``setup`` message (call SID,
  custom parameters). Every task the agent starts for that socket inherits the context, so the
  backend can tell which call is asking.
- ``PerCallFaults`` runs each operation through the asking call's own ``FaultBook``, filled on the
  call's first operation with what ``plan(scope)`` returns. Faults injected through the admin API
  still reach every call: they live in the wrapped backend.

A fault scope on the admin API itself (``call_sid`` or ``account``) would make this wrapper
unnecessary; until then it stays demo code, outside ``agent/``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, cast

from agent.backend.base import Backend
from agent.backend.faults import Fault, FaultBook, FaultKind
from agent.simulator.live.faults import BackendFault
from ingest.relay.frames import Setup, parse_twilio

ASGIApp = Callable[..., Any]


@dataclass
class CallScope:
    """The call a socket carries, as its ``setup`` message announced it."""

    call_sid: str = ""
    parameters: dict[str, str] = field(default_factory=dict)

    def read_setup(self, text: str) -> None:
        setup = parse_twilio(text)
        if isinstance(setup, Setup):
            self.call_sid, self.parameters = setup.call_sid, dict(setup.custom_parameters)


CURRENT_CALL: ContextVar[CallScope | None] = ContextVar("callpulse_demo_call", default=None)


class CallScopeMiddleware:
    """Reads each socket's ``setup`` on its way in; the agent sees the frames unchanged."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: ASGIApp, send: ASGIApp) -> None:
        if scope["type"] != "websocket":
            await self.app(scope, receive, send)
            return
        call = CallScope()
        token = CURRENT_CALL.set(call)

        async def reading_setup() -> dict[str, Any]:
            message: dict[str, Any] = await receive()
            if not call.call_sid and message["type"] == "websocket.receive" and message.get("text"):
                call.read_setup(message["text"])
            return message

        try:
            await self.app(scope, reading_setup, send)
        finally:
            CURRENT_CALL.reset(token)


FaultPlan = Callable[[CallScope], Sequence[BackendFault]]


class PerCallFaults:
    """A ``Backend`` whose operations fail only for the calls ``plan`` names faults for.

    ``planned`` records, per call SID, the faults that call was given (for the demo's report).
    """

    def __init__(self, inner: Backend, plan: FaultPlan) -> None:
        self.inner = inner
        self._plan = plan
        self._books: dict[str, FaultBook | None] = {}
        self.planned: dict[str, tuple[BackendFault, ...]] = {}

    async def call(self, operation: str, args: dict[str, Any]) -> dict[str, Any]:
        book = self._book()
        if book is None:
            return await self.inner.call(operation, args)
        return await book.run(operation, lambda: self.inner.call(operation, args))

    def _book(self) -> FaultBook | None:
        scope = CURRENT_CALL.get()
        if scope is None or not scope.call_sid:
            return None
        if scope.call_sid not in self._books:
            faults = tuple(self._plan(scope))
            book = None
            if faults:
                book = FaultBook()
                for f in faults:
                    book.add(Fault(operation=f.operation, kind=cast(FaultKind, f.kind), **f.options))
                self.planned[scope.call_sid] = faults
            self._books[scope.call_sid] = book
        return self._books[scope.call_sid]

    # the admin API's faults: every call, as before
    def inject(self, operation: str, kind: str, **options: Any) -> int:
        return self.inner.inject(operation, kind, **options)

    def clear_faults(self, fault_id: int | None = None) -> int:
        return self.inner.clear_faults(fault_id)

    def faults(self) -> list[Fault]:
        return self.inner.faults()
