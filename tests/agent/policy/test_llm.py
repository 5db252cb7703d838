"""The LLM policy against a local OpenAI-compatible server: streaming, tool calls, the call state
in every prompt, the identity gate, and handoff."""

from __future__ import annotations

import json

from agent.policy.llm import LlmPolicy


def test_text_streams_as_it_arrives_with_the_call_state_in_the_prompt(fake_llm, conversation):
    fake_llm.script = ["Sure. What's the phone number on the account?"]
    talk = conversation(LlmPolicy(fake_llm.base_url, "fake"))
    assert talk.say("I want to pay my bill.") == ["Sure. What's the phone number on the account?"]
    request = fake_llm.requests[0]
    assert request["stream"] is True and request["model"] == "fake"
    system = request["messages"][0]["content"]
    state = json.loads(system.split("Current call state (JSON): ", 1)[1])
    assert state["verified"] is False and state["workflow"] == "billing" and state["turn"] == 1
    assert request["messages"][-1] == {"role": "user", "content": "I want to pay my bill."}
    assert {t["function"]["name"] for t in request["tools"]} >= {
        "verify_identity",
        "process_payment",
        "transfer_to_person",
    }


def test_tool_calls_run_gated_and_their_results_go_back_to_the_model(fake_llm, conversation):
    fake_llm.script = [
        [("note_intent", {"intent": "check_balance"}), ("get_balance", {})],  # refused: not verified yet
        [("find_account", {"phone": "4155550198"}), ("verify_identity", {"dob": "1982-03-03"})],
        [("get_balance", {})],
        "Your balance is on its way.",
    ]
    talk = conversation(LlmPolicy(fake_llm.base_url, "fake", max_tool_rounds=5))
    assert talk.say("What's my balance? My number is 415 555 0198, born March 3rd 1982.") == [
        "Your balance is on its way."
    ]
    tool_messages = [m for m in fake_llm.requests[1]["messages"] if m["role"] == "tool"]
    assert json.loads(tool_messages[-1]["content"]) == {"ok": False, "error": "identity_required"}
    final = [m for m in fake_llm.requests[3]["messages"] if m["role"] == "tool"]
    assert "balance_cents" in json.loads(final[-1]["content"])
    state = json.loads(fake_llm.requests[3]["messages"][0]["content"].split("(JSON): ", 1)[1])
    assert state["verified"] is True and state["verification"] == "knowledge"
    assert [d["intent"] for d in talk.of("intent.recognized")] == ["check_balance"]
    assert [d["verified"] for d in talk.of("identity.verified")] == [True]


def test_transfer_to_person_ends_the_turn_with_a_handoff(fake_llm, conversation):
    fake_llm.script = [[("transfer_to_person", {"reason": "caller disputes a charge"})]]
    talk = conversation(LlmPolicy(fake_llm.base_url, "fake"))
    said = talk.say("This charge is wrong, I want to dispute it.")
    assert said[-1] == "I'm connecting you to a person now. Thanks for your patience."
    assert talk.state.closing is not None and talk.state.closing.trigger == "policy"
    assert talk.state.closing.reason == "caller disputes a charge"


def test_a_failing_tool_is_retried_once_then_handed_off(fake_llm, conversation):
    fake_llm.script = [[("find_account", {"phone": "4155550198"})]]
    talk = conversation(LlmPolicy(fake_llm.base_url, "fake"))
    talk.backend.inject("find_account", "error")
    said = talk.say("My number is 415 555 0198.")
    assert said[-1].startswith("I'm sorry, our system isn't responding right now.")
    assert ("agent", "Sorry, that's taking longer than it should. Let me try once more.") in talk.said
    assert [r["error_code"] for r in talk.of("tool.result")] == ["upstream_500", "upstream_500"]
    assert talk.state.closing is not None and talk.state.closing.trigger == "tool_failure"
