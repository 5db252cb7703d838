"""What every call of one agent server shares: configuration, emitter, backend, policy, clock, the
analytics hand-off, the open sessions (to drain them on shutdown), and the last known state of recent
calls (to resume a conversation after a dropped socket)."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from agent.backend.base import Backend
from agent.config import AgentConfig
from agent.policy.base import Policy
from agent.policy.guard import Guard
from agent.server.events import EventHandoff
from agent.server.signature import SignatureChecker
from ingest.clock import Clock
from ingest.contract.models import AgentInfo
from ingest.emit.base import Emitter

if TYPE_CHECKING:
    from agent.server.session import RelaySession

log = logging.getLogger(__name__)
SNAPSHOTS_KEPT = 2_000
POLL_S = 0.05


@dataclass
class AgentRuntime:
    config: AgentConfig
    emitter: Emitter
    backend: Backend
    policy: Policy
    clock: Clock
    guard: Guard = field(default_factory=Guard)
    signatures: SignatureChecker = field(init=False)
    active_calls: int = 0
    _snapshots: OrderedDict[str, dict[str, Any]] = field(default_factory=OrderedDict)
    live: dict[str, RelaySession] = field(default_factory=dict)  # call_sid -> open session (handoff)
    sessions: set[RelaySession] = field(default_factory=set)  # every open socket, set up or not
    draining: bool = False  # stopping: new sockets are refused, /healthz says so
    events_out: EventHandoff = field(default_factory=EventHandoff)
    events_close_s: float = 5.0  # at shutdown, how long the hand-off may take to build what it holds
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.signatures = SignatureChecker(self.config.twilio_auth_token, self.config.validate_signatures)

    def agent_info(self, version: str) -> AgentInfo:
        c = self.config
        return AgentInfo(
            name=c.agent_name, version=version, model=c.agent_model, prompt_version=c.prompt_version
        )

    def remember(self, call_sid: str, snapshot: dict[str, Any]) -> None:
        """Keep a call's latest compact state (bounded: the oldest calls are forgotten first)."""
        with self._lock:
            self._snapshots[call_sid] = snapshot
            self._snapshots.move_to_end(call_sid)
            while len(self._snapshots) > SNAPSHOTS_KEPT:
                self._snapshots.popitem(last=False)

    def attach(self, call_sid: str, session: RelaySession) -> None:
        """Track a call's open session (a resumed call replaces its dropped one)."""
        self.live[call_sid] = session

    def detach(self, call_sid: str, session: RelaySession) -> None:
        if self.live.get(call_sid) is session:
            del self.live[call_sid]

    def snapshot(self, call_sid: str) -> dict[str, Any] | None:
        with self._lock:
            return self._snapshots.get(call_sid)

    async def drain(self, timeout_s: float) -> int:
        """Stop taking calls, let open ones end on their own for up to ``timeout_s``, then end the rest
        (``call.ended`` failed/shutdown, socket closed 1001). Returns how many were ended that way."""
        self.draining = True
        deadline = time.monotonic() + timeout_s
        while self.sessions and time.monotonic() < deadline:
            await asyncio.sleep(POLL_S)
        left = list(self.sessions)
        if left:
            log.info("ending %d open calls: the agent is shutting down", len(left))
        await asyncio.gather(*(s.shut_down() for s in left), return_exceptions=True)
        return len(left)
