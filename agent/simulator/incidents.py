"""Simulated traffic with injected incidents: a testing harness for the benchmark, the tests, the demo.

Calls come from the simulator's scenario library (``agent.simulator``); an incident changes the
calls it touches the way the real fault would show up in their events:

- ``tool-failure``: one tool of one workflow starts returning ``ok=false`` with an error code (the
  refill API renamed a response field: ``schema_mismatch``);
- ``ttfhw-regression``: a new agent version, slower to its first helpful word, takes all calls;
- ``containment-drop``: calls of one workflow end in a hand-off to a person;
- ``sentiment-dip``: callers of one workflow get angrier as the call goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from agent.simulator.library import interleave_events, plan_calls
from agent.simulator.profile import pick_profile
from agent.simulator.synthesize import synthesize_call

Event = dict[str, Any]
ANGRY = "This is useless. I am really angry and upset, this is terrible."
KINDS = ("tool-failure", "ttfhw-regression", "containment-drop", "sentiment-dip")


@dataclass(frozen=True, slots=True)
class Incident:
    kind: str
    onset_ms: int
    end_ms: int
    workflow: str = "refill"
    tool: str = "lookup_prescription"
    error_code: str = "schema_mismatch"
    agent_version: str = "1.6.0"

    def active(self, ts: int) -> bool:
        return self.onset_ms <= ts < self.end_ms


def calls(
    n: int,
    seed: int,
    end_ms: int,
    window_ms: int,
    incidents: tuple[Incident, ...] = (),
    mix: Mapping[str, float] | None = None,
) -> Iterator[list[Event]]:
    """``n`` calls starting in the ``window_ms`` before ``end_ms``, with ``incidents`` applied."""
    for start, scenario, rng in plan_calls(n, seed, end_ms, mix, window_ms):
        profile = pick_profile(rng, scenario.workflow)
        for incident in incidents:
            if incident.kind == "ttfhw-regression" and incident.active(start):
                profile = replace(profile, version=incident.agent_version, canary=False,
                                  ttft_ms=(2_500, 4_500), after_tool_ms=(2_000, 3_500))  # fmt: skip
        events = synthesize_call(scenario, rng, start, profile)
        for incident in incidents:
            events = _APPLY.get(incident.kind, _unchanged)(events, incident)
        yield events


def stream(calls_: Iterator[list[Event]]) -> Iterator[Event]:
    """Events of all calls in the order a bus would carry them (interleaved by time)."""
    return interleave_events(calls_)


def _fail_tool(events: list[Event], incident: Incident) -> list[Event]:
    for event in events:
        data = event["data"]
        if (event["type"] == "tool.result" and event["workflow"] == incident.workflow
                and data["tool"] == incident.tool and incident.active(event["ts"])):  # fmt: skip
            data["ok"] = False
            data["error_code"] = incident.error_code
    return events


def _hand_off(events: list[Event], incident: Incident) -> list[Event]:
    last = events[-1]
    if last["type"] == "call.ended" and last["workflow"] == incident.workflow and incident.active(last["ts"]):
        last["data"] = {"status": "ended", "reason": "handoff"}
    return events


def _anger(events: list[Event], incident: Incident) -> list[Event]:
    if not events or events[0]["workflow"] != incident.workflow or not incident.active(events[-1]["ts"]):
        return events
    start = events[0]["ts"]
    for event in events:
        if event["type"] == "caller.utterance" and event["ts"] - start > 30_000:
            event["data"]["text"] = ANGRY
    return events


def _unchanged(events: list[Event], incident: Incident) -> list[Event]:
    return events


_APPLY: dict[str, Callable[[list[Event], Incident], list[Event]]] = {
    "tool-failure": _fail_tool,
    "containment-drop": _hand_off,
    "sentiment-dip": _anger,
}
