"""Simulated traffic with injected incidents: a testing harness for the benchmark, the tests, the demo.

Calls come from the simulator's scenario library (``agent.simulator``); an incident changes the
calls it touches the way the real fault would show up in their events:

- ``tool-failure``: one tool of one workflow starts returning ``ok=false`` with an error code (the
  refill API renamed a response field: ``schema_mismatch``);
- ``ttfhw-regression``: a new agent version, slower to its first helpful word, takes all calls;
- ``containment-drop``: calls of one workflow end in a hand-off to a person;
- ``sentiment-dip``: callers of one workflow get angrier as the call goes on;
- ``dead-air``: the agent of one workflow stops answering after the caller's second utterance; the
  caller asks "are you there?" and hangs up;
- ``slow-tool``: one tool answers in 6-9 s instead of well under a second, still succeeding; every
  later event of the call moves by the delay;
- ``traffic-stop``: one workflow receives no calls (a routing mistake);
- ``agent-loop``: the agent asks the same question again and again until the caller asks for a person;
- ``load``: not an incident: 20% more calls everywhere (the benchmark adds them; no event changes).
"""

from __future__ import annotations

import copy
import random
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from agent.simulator.library import interleave_events, plan_calls
from agent.simulator.profile import pick_profile
from agent.simulator.synthesize import synthesize_call

Event = dict[str, Any]
ANGRY = "This is useless. I am really angry and upset, this is terrible."
KINDS = ("tool-failure", "ttfhw-regression", "containment-drop", "sentiment-dip", "dead-air", "slow-tool",
         "traffic-stop", "agent-loop", "load")  # fmt: skip
ARE_YOU_THERE = "Hello? Are you there?"
ASK_FOR_PERSON = "This is going in circles. Can I talk to a person, please?"
TRANSFER = "Of course. I'll connect you with a member of our team now."


@dataclass(frozen=True, slots=True)
class Incident:
    kind: str
    onset_ms: int
    end_ms: int
    workflow: str = "refill"
    tool: str = "lookup_prescription"
    error_code: str = "schema_mismatch"
    agent_version: str = "1.6.0"
    delay_ms: tuple[int, int] = (6_000, 9_000)  # slow-tool: the tool's latency during the incident

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
        if any(
            i.kind == "traffic-stop" and i.workflow == scenario.workflow and i.active(start)
            for i in incidents
        ):
            continue
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


def _touched(events: list[Event], incident: Incident) -> bool:
    return bool(events) and events[0]["workflow"] == incident.workflow and incident.active(events[0]["ts"])


def _derive(like: Event, kind: str, ts: int, data: dict[str, Any]) -> Event:
    """A new event of the call of ``like`` (same identity), with its own id."""
    event = copy.deepcopy(like)
    event.update(type=kind, ts=ts, data=data,
                 event_id=str(uuid.uuid5(uuid.NAMESPACE_OID, f"{like['call_sid']}/{kind}/{ts}")))  # fmt: skip
    return event


def _caller_says(like: Event, ts: int, text: str) -> Event:
    return _derive(like, "caller.utterance", ts, {"text": text, "final": True, "lang": "en-US"})


def _agent_says(like: Event, ts: int) -> Event:
    """``like`` (an agent utterance) said again at ``ts``: its chunks keep their spacing."""
    event = _derive(like, "agent.utterance", ts, copy.deepcopy(like["data"]))
    first = like["data"]["chunks"][0]["ts"] if like["data"].get("chunks") else like["ts"]
    for chunk in event["data"].get("chunks", []):
        chunk["ts"] = chunk["ts"] - first + ts
    return event


def _numbered(events: list[Event]) -> list[Event]:
    events.sort(key=lambda e: e["ts"])
    for seq, event in enumerate(events):
        event["seq"] = seq
    return events


def _callers(events: list[Event]) -> list[int]:
    return [i for i, e in enumerate(events) if e["type"] == "caller.utterance" and e["data"].get("final")]


def _stop_answering(events: list[Event], incident: Incident) -> list[Event]:
    callers = _callers(events)
    if not _touched(events, incident) or len(callers) < 2:
        return events
    second = events[callers[1]]
    kept = [e for e in events[: callers[1] + 1] if e["type"] != "call.ended"]
    at = second["ts"]
    hangup = {"status": "completed", "reason": "hangup"}
    kept += [
        _caller_says(second, at + 7_000, ARE_YOU_THERE),
        _derive(second, "call.ended", at + 13_000, hangup),
    ]
    return _numbered(kept)


def _slow_tool(events: list[Event], incident: Incident) -> list[Event]:
    if not _touched(events, incident):
        return events
    rng = random.Random(events[0]["call_sid"])
    shift = 0
    for event in events:
        data = event["data"]
        if event["type"] == "tool.result" and data["tool"] == incident.tool and incident.active(event["ts"]):
            latency = rng.randint(*incident.delay_ms)
            shift += max(0, latency - int(data["latency_ms"]))
            data["latency_ms"] = float(latency)
            event["ts"] += shift
            continue
        event["ts"] += shift
        for chunk in data.get("chunks", []) if isinstance(data, dict) else []:
            chunk["ts"] += shift
    return events


def _loop(events: list[Event], incident: Incident) -> list[Event]:
    """After the caller's second utterance the agent asks its last question again, the caller gives
    the same answer, three more times; then the caller asks for a person and is handed off."""
    callers = _callers(events)
    if not _touched(events, incident) or len(callers) < 2:
        return events
    asked = [e for e in events[: callers[1]] if e["type"] == "agent.utterance"]
    if not asked:
        return events
    question, answer = asked[-1], events[callers[1]]
    kept = [e for e in events[: callers[1] + 1] if e["type"] != "call.ended"]
    at = answer["ts"]
    for _ in range(3):
        kept.append(_agent_says(question, at + 900))
        at += 9_000
        kept.append(_caller_says(answer, at, answer["data"]["text"]))
    kept.append(_agent_says(question, at + 900))
    kept.append(_caller_says(answer, at + 8_000, ASK_FOR_PERSON))
    transfer = copy.deepcopy(question["data"])
    transfer.update(text=TRANSFER, chunks=[{"text": TRANSFER, "ts": at + 8_700}], tags=[])
    kept.append(_derive(question, "agent.utterance", at + 8_700, transfer))
    kept.append(_derive(answer, "handoff.requested", at + 9_000,
                        {"reason": "caller asked for a person", "trigger": "caller_request"}))  # fmt: skip
    kept.append(_derive(answer, "call.ended", at + 15_000, {"status": "ended", "reason": "handoff"}))
    return _numbered(kept)


_APPLY: dict[str, Callable[[list[Event], Incident], list[Event]]] = {
    "tool-failure": _fail_tool,
    "containment-drop": _hand_off,
    "sentiment-dip": _anger,
    "dead-air": _stop_answering,
    "slow-tool": _slow_tool,
    "agent-loop": _loop,
}
