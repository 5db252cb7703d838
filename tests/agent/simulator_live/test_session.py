"""One simulated call against a small compliant agent: what the agent receives, and what the
simulator reports and posts back, per the reference's simulator checklist (§11)."""

from __future__ import annotations

import json

import pytest
from fake_relay_agent import FakeAgentOptions
from relay_calls import PUBLIC, TOKEN, play

from agent.simulator.live.config import RelayConfig
from agent.simulator.live.script import Step, scripted_plan

SETUP_FIELDS = {
    "type", "sessionId", "accountSid", "parentCallSid", "callSid", "from", "to", "forwardedFrom",
    "callType", "callerName", "direction", "callStatus", "customParameters",
}  # fmt: skip
GREETING = "Thanks for calling Northwind Energy. I'm an automated assistant. How can I help you today?"
LONG_ANSWER = (
    "Sure, I can help with that. Your balance is forty two dollars and it is due on Friday the ninth."
)


def _plan(*steps: Step, greeting: str | None = GREETING) -> object:
    return scripted_plan("billing.test", "billing", steps, greeting)


def test_a_signed_call_sends_a_complete_setup_and_ends_with_the_agents_end() -> None:
    result = play(_plan(Step("What's my balance?"), Step("No, that's all, thanks.")))
    setup = result.agent.setups[0]
    assert set(setup) == SETUP_FIELDS
    assert setup["customParameters"] == {"workflow": "billing", "scenario": "billing.test"}
    assert setup["sessionId"].startswith("VX") and setup["callSid"].startswith("CA")
    assert [p["voicePrompt"] for p in result.sent("prompt")] == [
        "What's my balance?",
        "No, that's all, thanks.",
    ]
    assert result.report.outcome == "ended" and result.report.errors == []
    assert result.report.close_code == 1000
    (callback,) = result.callbacks
    assert callback["SessionStatus"] == "ended" and callback["CallStatus"] == "in-progress"
    assert callback["SessionId"] == setup["sessionId"] and callback["CallSid"] == setup["callSid"]
    assert int(callback["SessionDuration"]) >= 0
    assert result.callback_signatures_ok == [True]


def test_a_caller_asking_for_a_human_gets_a_handoff_with_its_data_in_the_callback() -> None:
    result = play(_plan(Step("Get me a human, please.", expects_end=True)))
    assert result.report.outcome == "handoff"
    assert json.loads(result.callbacks[0]["HandoffData"])["reasonCode"] == "live-agent-handoff"
    assert result.callbacks[0]["CallStatus"] == "in-progress"


def test_a_wrong_auth_token_is_a_rejected_handshake_64102() -> None:
    result = play(_plan(Step("Hello?")), sim_token="not-the-token")
    assert result.report.outcome == "rejected"
    assert result.report.errors == [64102]
    assert result.agent.setups == [] and result.agent.rejected_handshakes == 1


def test_a_caller_hanging_up_posts_completed() -> None:
    result = play(_plan(Step("What's my balance?", hangup="after_reply")))
    assert result.report.outcome == "completed"
    assert result.callbacks[0]["SessionStatus"] == "completed"
    assert result.callbacks[0]["CallStatus"] == "completed"


@pytest.mark.parametrize("late_ms", [0, 300], ids=["tokens-on-time", "second-token-300-ms-late"])
def test_a_barge_in_sends_an_interrupt_with_what_was_played_then_the_prompt(late_ms: int) -> None:
    """A token that arrives after the previous one has played (the agent's or this process's event loop
    stalled: 300 ms real is 1.5 s simulated here) leaves a silence; the duration is of speech played,
    so it still agrees with the words heard (counting the silence too, it was 1.27 s off and this failed)."""
    agent = FakeAgentOptions(
        auth_token=TOKEN, public_url=PUBLIC, answer=LONG_ANSWER, late_token=(1, late_ms) if late_ms else None
    )
    plan = _plan(Step("What's my balance?"), Step("Wait, which account?", barge_at=0.5), Step("Thanks, bye."))
    result = play(plan, agent=agent, time_scale=5.0)
    (interrupt,) = result.sent("interrupt")
    heard = interrupt["utteranceUntilInterrupt"]
    assert heard and LONG_ANSWER.startswith(heard) and len(heard) < len(LONG_ANSWER)
    assert isinstance(interrupt["durationUntilInterruptMs"], int)
    # played time matches the words heard at 14 characters per second, within a word or two
    assert abs(interrupt["durationUntilInterruptMs"] - len(heard) * 1000 / 14) < 800
    order = [m["type"] for m in result.agent.received if m["type"] in ("interrupt", "prompt")]
    assert order == ["prompt", "interrupt", "prompt", "prompt"]
    assert result.report.barge_ins == 1


def test_the_string_switch_sends_duration_as_a_string() -> None:
    agent = FakeAgentOptions(auth_token=TOKEN, public_url=PUBLIC, answer=LONG_ANSWER)
    plan = _plan(Step("What's my balance?"), Step("Wait.", barge_at=0.4), Step("Bye."))
    result = play(plan, agent=agent, time_scale=5.0, duration_as_string=True)
    assert isinstance(result.sent("interrupt")[0]["durationUntilInterruptMs"], str)


def test_a_greeting_that_cannot_be_interrupted_holds_the_callers_words() -> None:
    relay = RelayConfig(welcome_greeting_interruptible="none")
    result = play(_plan(Step("Hi, I need my balance", barge_at=0.3), Step("Bye.")), relay=relay)
    assert result.sent("interrupt") == []
    assert result.sent("prompt")[0]["voicePrompt"] == "Hi, I need my balance"


def test_subscribed_info_messages_report_speaker_and_played_tokens() -> None:
    result = play(_plan(Step("What's my balance?"), Step("Bye.")))
    infos = [(m["name"], m["value"]) for m in result.sent("info")]
    assert ("clientSpeaking", "on") in infos and ("clientSpeaking", "off") in infos
    assert ("agentSpeaking", "on") in infos and ("agentSpeaking", "off") in infos
    played = "".join(v for n, v in infos if n == "tokensPlayed")
    assert GREETING in played and "Sure, I can help with that." in played


def test_no_info_messages_without_a_subscription() -> None:
    result = play(_plan(Step("What's my balance?"), Step("Bye.")), relay=RelayConfig(events=frozenset()))
    assert result.sent("info") == []


def test_robustness_toggles_add_unknown_fields_and_ts() -> None:
    result = play(_plan(Step("Bye.")), extra_fields=True, info_ts=True)
    assert all("simulatorNote" in m for m in result.agent.received)
    assert all(isinstance(m["ts"], int) for m in result.sent("info"))


def test_dtmf_is_sent_only_with_dtmf_detection() -> None:
    plan = _plan(Step("", dtmf="42"), Step("Bye."))
    assert [m["digit"] for m in play(plan).sent("dtmf")] == ["4", "2"]
    assert play(plan, relay=RelayConfig(dtmf_detection=False)).sent("dtmf") == []


def test_partial_prompts_are_cumulative_and_end_with_the_final() -> None:
    result = play(_plan(Step("I want to pay my bill"), Step("Bye.")), relay=RelayConfig(partial_prompts=True))
    first = [p for p in result.sent("prompt") if "bill" in p["voicePrompt"] or not p["last"]][:5]
    assert [p["voicePrompt"] for p in first] == [
        "I",
        "I want",
        "I want to",
        "I want to pay",
        "I want to pay my",
    ]
    finals = [p["voicePrompt"] for p in result.sent("prompt") if p["last"]]
    assert finals[0] == "I want to pay my bill"


def test_ten_malformed_messages_in_a_row_close_1007_with_64107_then_64105() -> None:
    agent = FakeAgentOptions(auth_token=TOKEN, public_url=PUBLIC, malformed_first=10)
    result = play(_plan(Step("Hello?")), agent=agent)
    assert result.report.errors == [64107] * 10 + [64105]
    assert result.report.close_code == 1007
    assert result.report.outcome == "failed"
    assert len(result.sent("error")) == 10
    assert result.callbacks[0]["SessionStatus"] == "failed"


def test_a_dropped_agent_socket_reports_64105_and_follows_the_reconnect_twiml() -> None:
    agent = FakeAgentOptions(auth_token=TOKEN, public_url=PUBLIC, drop_after_prompts=1)
    plan = _plan(Step("What's my balance?"), Step("Are you there?"), Step("No, that's all."))
    result = play(plan, agent=agent, reconnect=True)
    first, second = result.callbacks
    assert first["SessionStatus"] == "failed" and first["ErrorCode"] == "64105"
    assert first["CallStatus"] == "in-progress"
    assert second["SessionStatus"] == "ended"
    a, b = result.agent.setups
    assert a["callSid"] == b["callSid"] and a["sessionId"] != b["sessionId"]
    assert b["customParameters"]["resumed"] == "yes"
    assert [p["voicePrompt"] for p in result.sent("prompt")][-1] == "No, that's all."
