"""An event builder for metric tests: times are milliseconds after T0, ids and seq are assigned in order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from ingest.codec import as_lean
from ingest.contract import models as m
from stream.metrics import CallResult, MetricsConfig, compute_call

T0 = 1_700_000_000_000
AGENT = m.AgentInfo(name="billing-bot", version="2.3.0", model="gpt-4o-mini", prompt_version="p7")


class FakeScorer:
    """Scores by keyword so expectations are easy to compute by hand; 0.0 when no keyword occurs."""

    SCORES = {"happy": 0.8, "fine": 0.2, "annoyed": -0.4, "furious": -0.9}

    def __init__(self) -> None:
        self.calls = 0

    def score(self, text: str) -> float:
        self.calls += 1
        return next((v for k, v in self.SCORES.items() if k in text.lower()), 0.0)


class CallBuilder:
    """Builds the events of one call. Every method appends one event and returns it, lean (as the
    stream decodes it: ``ingest.contract.lean``), built from the pydantic models."""

    def __init__(self, call_sid: str = "CA0001", workflow: str = "billing", canary: bool = False) -> None:
        self.call_sid = call_sid
        self.workflow = workflow
        self.flags = m.Flags(canary=canary, shadow=False)
        self.events: list[Any] = []
        self.t0 = T0

    def _add(self, cls: type[Any], type_: str, at: int, data: Any) -> Any:
        n = len(self.events) + 1
        event = cls(
            schema_version=1,
            event_id=f"00000000-0000-4000-8000-{n:012x}",
            call_sid=self.call_sid,
            session_id="",
            seq=n,
            ts=T0 + at,
            workflow=self.workflow,
            agent=AGENT,
            flags=self.flags,
            type=type_,
            data=data,
        )
        lean = as_lean(event)
        self.events.append(lean)
        return lean

    def started(self, at: int = 0) -> Any:
        return self._add(m.CallStarted, "call.started", at, m.CallStartedData(direction="inbound"))

    def caller(self, text: str, at: int, final: bool = True) -> Any:
        data = m.CallerUtteranceData(text=text, final=final)
        return self._add(m.CallerUtterance, "caller.utterance", at, data)

    def agent(
        self,
        text: str,
        at: int,
        chunks: Sequence[tuple[str, int]] | None = None,
        tags: Sequence[str] = (),
    ) -> Any:
        """``chunks`` = (text, send time) pairs; by default the whole text is one chunk sent at ``at``."""
        pairs = chunks if chunks is not None else [(text, at)]
        data = m.AgentUtteranceData(
            text=text,
            chunks=tuple(m.TokenChunk(text=t, ts=T0 + ts) for t, ts in pairs),
            tags=tuple(tags),
        )
        return self._add(m.AgentUtterance, "agent.utterance", at, data)

    def speaker(self, who: str, speaking: bool, at: int) -> Any:
        return self._add(m.Speaker, "speaker", at, m.SpeakerData(who=who, speaking=speaking))

    def client_spoke(self, start: int, end: int) -> None:
        self.speaker("client", True, start)
        self.speaker("client", False, end)

    def interrupt(self, at: int, spoken: str = "") -> Any:
        data = m.InterruptData(utterance_until_interrupt=spoken, duration_until_interrupt_ms=0)
        return self._add(m.Interrupt, "interrupt", at, data)

    def tool_called(self, tool: str, call_id: str, at: int) -> Any:
        return self._add(m.ToolCalled, "tool.called", at, m.ToolCalledData(tool=tool, tool_call_id=call_id))

    def tool_result(
        self,
        tool: str,
        call_id: str,
        at: int,
        ok: bool = True,
        latency_ms: float = 100.0,
        error_code: str | None = None,
    ) -> Any:
        data = m.ToolResultData(
            tool=tool, tool_call_id=call_id, ok=ok, latency_ms=latency_ms, error_code=error_code
        )
        return self._add(m.ToolResult, "tool.result", at, data)

    def verified(self, at: int, verified: bool = True) -> Any:
        data = m.IdentityVerifiedData(method="knowledge", verified=verified)
        return self._add(m.IdentityVerified, "identity.verified", at, data)

    def task_started(self, task_id: str, at: int, task: str = "billing_lookup") -> Any:
        return self._add(m.TaskStarted, "task.started", at, m.TaskStartedData(task_id=task_id, task=task))

    def task_completed(
        self, task_id: str, at: int, success: bool = True, task: str = "billing_lookup"
    ) -> Any:
        data = m.TaskCompletedData(task_id=task_id, task=task, success=success)
        return self._add(m.TaskCompleted, "task.completed", at, data)

    def handoff(self, at: int, reason: str = "caller asked for a person", trigger: str = "keyword") -> Any:
        data = m.HandoffRequestedData(reason=reason, trigger=trigger)
        return self._add(m.HandoffRequested, "handoff.requested", at, data)

    def ended(self, at: int, reason: str = "hangup", status: str = "completed") -> Any:
        return self._add(m.CallEnded, "call.ended", at, m.CallEndedData(status=status, reason=reason))

    def result(self, config: MetricsConfig | None = None, events: Sequence[Any] | None = None) -> CallResult:
        return compute_call(
            self.events if events is None else events, config or MetricsConfig(), scorer=FakeScorer()
        )


@pytest.fixture
def call() -> CallBuilder:
    """A fresh builder for one call (sid CA0001, workflow billing)."""
    return CallBuilder()


@pytest.fixture
def scorer() -> FakeScorer:
    return FakeScorer()


@pytest.fixture
def make_call() -> type[CallBuilder]:
    """The builder class, for tests that need a non-default call."""
    return CallBuilder
