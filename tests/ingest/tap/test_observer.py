"""Events a tap derives from the frames it relays (no network: frames in, events out)."""

from __future__ import annotations

import json
from typing import Any

from relay_setup import ringing

from ingest.codec import decode
from ingest.contract.models import AgentInfo, Flags
from ingest.emit.inprocess import InProcessBus
from ingest.tap.observer import RelayObserver

SETUP = ringing("CA" + "2" * 32, "VX" + "1" * 32, workflow="billing", line="main").frame()  # fmt: skip


class StepClock:
    """10 ms per reading, from a fixed start: every frame gets its own time."""

    def __init__(self) -> None:
        self.t = 1_764_000_000_000

    def now_ms(self) -> int:
        self.t += 10
        return self.t


def _observer() -> tuple[RelayObserver, InProcessBus]:
    bus = InProcessBus()
    agent = AgentInfo(name="tapped", version="2.0", model="m", prompt_version="p")
    return RelayObserver(bus, StepClock(), agent, Flags(canary=False, shadow=False)), bus


def _events(bus: InProcessBus) -> list[Any]:
    return [decode(value) for _, value, _ in bus.poll(1000)]


def _twilio(obs: RelayObserver, **msg: Any) -> None:
    obs.from_twilio(json.dumps(msg))


def _agent(obs: RelayObserver, **msg: Any) -> None:
    obs.from_agent(json.dumps(msg))


def test_a_call_becomes_started_utterances_and_ended() -> None:
    obs, bus = _observer()
    obs.from_twilio(json.dumps(SETUP))
    _twilio(obs, type="prompt", voicePrompt="What's my balance?", lang="en-US", last=True)
    for token in ("Your ", "balance ", "is $42."):
        _agent(obs, type="text", token=token, last=False)
    _agent(obs, type="text", token="", last=True)
    _twilio(obs, type="info", name="agentSpeaking", value="off")
    obs.closed("twilio")
    events = _events(bus)
    assert [e.type for e in events] == [
        "call.started", "caller.utterance", "agent.utterance", "speaker", "call.ended",
    ]  # fmt: skip
    started, _, said, _, ended = events
    assert started.workflow == "billing" and started.data.custom_parameters["line"] == "main"
    assert started.data.caller == "+14155550123" and started.agent.version == "2.0"
    assert said.data.text == "Your balance is $42." and said.data.interrupted is False
    assert [c.text for c in said.data.chunks] == ["Your ", "balance ", "is $42."]
    assert said.ts == said.data.chunks[0].ts < said.data.chunks[-1].ts
    assert (ended.data.status, ended.data.reason) == ("completed", "hangup")
    assert [e.seq for e in events] == list(range(5))


def test_an_interrupt_marks_the_utterance_it_cut_even_after_last() -> None:
    obs, bus = _observer()
    obs.from_twilio(json.dumps(SETUP))
    _agent(obs, type="text", token="Thanks for calling, how can I help?", last=True)
    _twilio(obs, type="interrupt", utteranceUntilInterrupt="Thanks for", durationUntilInterruptMs="460")
    events = _events(bus)
    assert [e.type for e in events] == ["call.started", "agent.utterance", "interrupt"]
    assert events[1].data.interrupted is True
    assert events[2].data.duration_until_interrupt_ms == 460  # a string duration is accepted


def test_tokens_sent_after_an_interrupt_stay_in_the_cut_utterance() -> None:
    obs, bus = _observer()
    obs.from_twilio(json.dumps(SETUP))
    _agent(obs, type="text", token="One ", last=False)
    _twilio(obs, type="interrupt", utteranceUntilInterrupt="One", durationUntilInterruptMs=300)
    _agent(obs, type="text", token="two three.", last=False)
    _twilio(obs, type="prompt", voicePrompt="Stop.", lang="en-US", last=True)
    said = [e for e in _events(bus) if e.type == "agent.utterance"]
    assert len(said) == 1 and said[0].data.text == "One two three." and said[0].data.interrupted


def test_end_with_handoff_data_is_a_handoff_then_the_end() -> None:
    obs, bus = _observer()
    obs.from_twilio(json.dumps(SETUP))
    data = json.dumps({"reasonCode": "live-agent-handoff", "reason": "The caller wants a real person"})
    _agent(obs, type="end", handoffData=data)
    obs.closed("twilio")  # the socket closing after `end` adds nothing
    *_, handoff, ended = _events(bus)
    assert handoff.type == "handoff.requested" and handoff.data.handoff_data == data
    assert handoff.data.reason == "The caller wants a real person"
    assert (ended.data.status, ended.data.reason) == ("ended", "handoff")


def test_end_without_handoff_is_an_agent_end() -> None:
    obs, bus = _observer()
    obs.from_twilio(json.dumps(SETUP))
    _agent(obs, type="end")
    assert [(e.type, getattr(e.data, "reason", None)) for e in _events(bus)][-1] == (
        "call.ended",
        "agent_end",
    )


def test_the_agent_socket_failing_ends_the_call_as_failed() -> None:
    obs, bus = _observer()
    obs.from_twilio(json.dumps(SETUP))
    obs.closed("agent")
    assert _events(bus)[-1].data.status == "failed"


def test_dtmf_speaker_and_relay_errors() -> None:
    obs, bus = _observer()
    obs.from_twilio(json.dumps(SETUP))
    _twilio(obs, type="dtmf", digit="7")
    _twilio(obs, type="info", name="clientSpeaking", value="on")
    _twilio(obs, type="info", name="tokensPlayed", value="Hello")  # not an event
    _twilio(obs, type="error", description="Invalid message received: {...}")
    events = _events(bus)
    assert [e.type for e in events] == ["call.started", "dtmf", "speaker", "agent.error"]
    assert "Invalid" not in events[-1].data.message  # the echoed frame may hold PII; it is not copied


def test_garbage_frames_are_counted_never_raised() -> None:
    obs, bus = _observer()
    obs.from_twilio("not json")
    obs.from_agent(b"\x00\xff")
    obs.from_twilio(json.dumps({**SETUP, "callSid": "bad sid!"}))
    assert _events(bus) == []
    assert obs.stats.unreadable == 2 and obs.stats.rejected == 1


def test_what_twilio_would_refuse_is_not_counted_as_speech() -> None:
    obs, bus = _observer()
    obs.from_twilio(json.dumps(SETUP))
    _agent(obs, type="text", token=None, last=True)  # Twilio answers 64107 and plays nothing
    _agent(obs, type="text", token="Hello", last="true")  # `last` must be a boolean
    _agent(obs, type="text", token="Your balance is $42.", last=True)
    _twilio(obs, type="dtmf", digit="12")  # one key per frame
    obs.closed("twilio")
    events = _events(bus)
    assert [e.data.text for e in events if e.type == "agent.utterance"] == ["Your balance is $42."]
    assert [e.type for e in events] == ["call.started", "agent.utterance", "call.ended"]  # no dtmf
