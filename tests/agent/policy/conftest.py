"""Fixtures of the policy tests: a dialog driven in-process (no sockets), and scenario replay."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse

from agent.backend.sample import SampleBackend
from agent.policy.base import CallerInput, Policy, Token
from agent.policy.dialog import Dialog
from agent.policy.rules.policy import RulesPolicy
from agent.policy.state import CallState
from agent.server.testing import running_agent
from agent.simulator.model import Scenario
from agent.tools.runner import ToolRunner

TODAY = date(2025, 6, 2)  # the scenario library's default "today" (a Monday)
# Faults the live simulator injects (through the admin route) for the templates that need them.
FAULT_OPERATION = {"billing": "process_payment", "appointment": "find_slots", "refill": "lookup_prescription"}
TASK_FAILURE = {
    "billing": {"status": "declined"},
    "appointment": {"slots": []},
    "refill": {"refills_left": 0},
}


@dataclass
class Conversation:
    """One call held with a policy, turn by turn, with what was said and emitted."""

    policy: Policy
    workflow: str = "billing"
    caller_number: str = "+14155550198"
    backend: SampleBackend = field(default_factory=lambda: SampleBackend(today=TODAY))
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    said: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.state = CallState("CA" + "5" * 32, self.workflow, self.caller_number, TODAY)
        self.tools = ToolRunner(self.backend, self, self.state.call_sid)
        self.state.identity = self.tools.identity
        self.dialog = Dialog(self.state, self.policy, self.tools, self, filler_after_ms=60_000)

    def emit(self, type: str, data: dict[str, Any]) -> None:
        self.events.append((type, data))

    async def cycle(self, text: str, tags: tuple[Any, ...] = ()) -> None:
        self.said.append(("agent", text))

    async def turn(self, said: CallerInput) -> list[str]:
        self.said.append(("caller", said.text or said.digits))
        cycles: list[str] = []
        parts: list[str] = []
        async for item in self.dialog.turn(said, self):
            if isinstance(item, Token):
                parts.append(item.text)
            elif parts:
                cycles.append("".join(parts))
                parts = []
        if parts:
            cycles.append("".join(parts))
        self.said += [("agent", c) for c in cycles]
        return cycles

    def say(self, text: str) -> list[str]:
        return asyncio.run(self.turn(CallerInput("speech", text=text)))

    def press(self, digits: str) -> list[str]:
        return asyncio.run(self.turn(CallerInput("dtmf", digits=digits)))

    def of(self, type: str) -> list[dict[str, Any]]:
        return [d for t, d in self.events if t == type]


def replay(scenario: Scenario) -> Conversation:
    """Play a library scenario's caller side against the rules policy, faults included."""
    wf = scenario.workflow.value
    talk = Conversation(RulesPolicy(), wf, scenario.caller.phone)
    if scenario.outcome.value == "task_failure":
        talk.backend.inject(FAULT_OPERATION[wf], "override", fields=TASK_FAILURE[wf])
    if scenario.outcome.value == "tool_failure_handoff":
        talk.backend.inject(FAULT_OPERATION[wf], "error")

    async def run() -> None:
        for turn in scenario.turns:
            inputs = [CallerInput("speech", text=turn.say)] if turn.say else []
            if turn.dtmf:
                inputs.append(CallerInput("dtmf", digits=turn.dtmf))
            for said in inputs:
                await talk.turn(said)
                if talk.state.closing is not None:
                    return
            if turn.reply is None or turn.hangup_after:
                return

    asyncio.run(run())
    return talk


@pytest.fixture
def conversation() -> type[Conversation]:
    return Conversation


@pytest.fixture
def replay_scenario() -> Any:
    return replay


# ---- a local OpenAI-compatible chat server (streaming SSE with tool calls) ------------------


@dataclass
class FakeLlm:
    """Scripted answers, one per request: ``str`` streams text, ``list[(name, args)]`` calls tools."""

    base_url: str
    script: list[Any] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)


def _chunk(delta: dict[str, Any], finish: str | None = None) -> str:
    body = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 1_764_000_000,
        "model": "fake",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body)}\n\n"


def _stream(answer: Any) -> Iterator[str]:
    yield _chunk({"role": "assistant", "content": ""})
    if isinstance(answer, str):
        for i in range(0, len(answer), 6):  # small deltas, as a model streams them
            yield _chunk({"content": answer[i : i + 6]})
        yield _chunk({}, "stop")
    else:
        for index, (name, args) in enumerate(answer):
            call = {
                "index": index,
                "id": f"call_{index}",
                "type": "function",
                "function": {"name": name, "arguments": ""},
            }
            yield _chunk({"tool_calls": [call]})
            text = json.dumps(args)
            for i in range(0, len(text), 5):  # arguments arrive in fragments too
                yield _chunk({"tool_calls": [{"index": index, "function": {"arguments": text[i : i + 5]}}]})
        yield _chunk({}, "tool_calls")
    yield "data: [DONE]\n\n"


@pytest.fixture
def fake_llm() -> Iterator[FakeLlm]:
    app = FastAPI()
    fake = FakeLlm(base_url="")

    @app.post("/v1/chat/completions")
    async def complete(request: Request) -> StreamingResponse:
        body = await request.json()
        fake.requests.append(body)
        answer = fake.script.pop(0) if fake.script else "Sorry, I have nothing more to say."
        return StreamingResponse(_stream(answer), media_type="text/event-stream")

    with running_agent(app) as base:
        fake.base_url = base + "/v1"
        yield fake
