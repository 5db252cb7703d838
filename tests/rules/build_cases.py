"""Writes ``deploy/rules/tests/call_rules.v1.cases.jsonl``: recorded calls for the default rule set.

The calls are written out here in a compact form (who said what, when) and stored as full v1 events;
the expected matches were written by hand from each rule's definition, not copied from the engine's
output. Run ``.venv/bin/python -m tests.rules.build_cases`` after changing a case.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[2] / "deploy" / "rules" / "tests" / "call_rules.v1.cases.jsonl"
T0 = 1_767_000_000_000


class Call:
    def __init__(self, sid: str, workflow: str = "billing") -> None:
        self.sid = sid
        self.workflow = workflow
        self.events: list[dict[str, Any]] = []
        self.started(0)

    def _add(self, at_s: float, kind: str, data: dict[str, Any]) -> Call:
        seq = len(self.events)
        self.events.append(
            {
                "schema_version": 1,
                "event_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.sid}/{seq}")),
                "call_sid": self.sid,
                "session_id": f"VX{self.sid[2:]}",
                "seq": seq,
                "ts": T0 + round(at_s * 1000),
                "type": kind,
                "workflow": self.workflow,
                "agent": {"name": "ref", "version": "1.0.0", "model": "m", "prompt_version": "p1"},
                "flags": {"canary": False, "shadow": False},
                "data": data,
            }
        )
        return self

    def started(self, at_s: float) -> Call:
        return self._add(at_s, "call.started", {"direction": "inbound"})

    def agent(self, at_s: float, text: str, tags: tuple[str, ...] = ()) -> Call:
        chunk = {"text": text, "ts": T0 + round(at_s * 1000)}
        return self._add(at_s, "agent.utterance", {"text": text, "chunks": [chunk], "tags": list(tags)})

    def caller(self, at_s: float, text: str) -> Call:
        return self._add(at_s, "caller.utterance", {"text": text, "final": True})

    def speaking(self, at_s: float, who: str, on: bool) -> Call:
        return self._add(at_s, "speaker", {"who": who, "speaking": on})

    def tool(self, at_s: float, tool: str, ok: bool, latency_ms: float = 300) -> Call:
        call_id = f"t{len(self.events)}"
        self._add(at_s, "tool.called", {"tool": tool, "tool_call_id": call_id})
        data: dict[str, Any] = {"tool": tool, "tool_call_id": call_id, "ok": ok, "latency_ms": latency_ms}
        if not ok:
            data["error_code"] = "upstream_error"
        return self._add(at_s + latency_ms / 1000, "tool.result", data)

    def verified(self, at_s: float) -> Call:
        return self._add(at_s, "identity.verified", {"method": "knowledge", "verified": True})

    def ended(self, at_s: float, reason: str = "hangup") -> Call:
        return self._add(at_s, "call.ended", {"status": "completed", "reason": reason})


def greeting(call: Call) -> Call:
    return call.agent(0.2, "Thanks for calling. How can I help?", ("greeting",))


def cases() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def case(name: str, call: Call, *expect: dict[str, Any]) -> None:
        out.append({"case": name, "expect": list(expect), "events": call.events})

    c = greeting(Call("CAcase01"))
    c.caller(3, "Hi, I need to check my bill.").agent(4, "Sure, let me pull that up.")
    c.tool(5, "get_balance", True).agent(6, "Your balance is due on the first.")
    c.caller(10, "Okay, that sounds fine. Thanks.").agent(11, "Anything else?")
    c.caller(13, "No, that's all.").agent(14, "Have a great day!").ended(16)
    case("a calm billing call matches nothing", c)

    c = greeting(Call("CAcase02"))
    c.caller(3, "Hi, I need to check my bill.").agent(4, "Sure. Can you confirm the account holder's name?")
    c.caller(8, "I've been trying to sort this out all week, it's ridiculous.")
    c.agent(9, "I'm sorry about that. Let me help.").caller(12, "Okay.").ended(14)
    case(
        "the issue's sentence raises caller_frustrated at its turn",
        c,
        {"rule": "caller_frustrated", "turn": 2},
    )

    c = greeting(Call("CAcase03"))
    c.caller(3, "this is ridicu lous honestly").agent(4, "I understand. How can I help?")
    c.caller(7, "what a waist of time").agent(8, "Let me see.").ended(10)
    case(
        "ASR variants are caught, each negative turn in a row is one episode",
        c,
        {"rule": "caller_frustrated", "turn": 1},
    )

    c = greeting(Call("CAcase04"))
    c.caller(3, "This is ridiculous.").agent(4, "Sorry. What can I do?")
    c.caller(7, "I want to pay my bill.").agent(8, "Sure.")
    c.caller(11, "Your website is useless.").agent(12, "Sorry about that.").ended(14)
    case(
        "a normal turn in between closes the episode: two matches",
        c,
        {"rule": "caller_frustrated", "turn": 1},
        {"rule": "caller_frustrated", "turn": 3},
    )

    c = greeting(Call("CAcase05"))
    c.caller(3, "What's my balance?").agent(4, "Let me check that.")
    c.tool(17, "get_balance", True).agent(18, "It's due on the first.").caller(21, "Thanks.").ended(23)
    case("twelve seconds of nothing while a tool runs is dead air", c, {"rule": "dead_air", "turn": 1})

    c = greeting(Call("CAcase06", "refill"))
    c.caller(3, "I need a refill.").agent(4, "Which prescription?")
    c.caller(7, "My blood pressure pills.").tool(8, "lookup_prescription", False)
    c.agent(9, "Sorry, which prescription was it?")
    c.caller(12, "My blood pressure pills.").agent(13, "Let me try again.")
    c.caller(16, "No, I said my blood pressure pills.").agent(17, "Okay.").ended(19)
    case(
        "refill: a failed tool then a repeat is refill_stuck; the second repeat is caller_repeating",
        c,
        {"rule": "tool_failed", "turn": 2},
        {"rule": "refill_stuck", "turn": 3},
        {"rule": "caller_repeating", "turn": 4},
    )

    c = greeting(Call("CAcase07"))
    c.caller(3, "I need a refund.").tool(4, "get_account", False)
    c.agent(5, "Sorry, say that again?").caller(8, "I need a refund please.").agent(9, "One moment.")
    c.caller(12, "Hello?").agent(13, "Still here.").ended(15)
    case(
        "a billing call with a failed tool and a repeat is not refill_stuck (workflow scope)",
        c,
        {"rule": "tool_failed", "turn": 1},
    )

    c = greeting(Call("CAcase08"))
    c.agent(3, "What is your date of birth?").caller(6, "<DATE_1>")
    c.agent(7, "What is your date of birth?").caller(10, "<DATE_1>")
    c.agent(11, "What is your date of birth?").caller(14, "This is going in circles.").ended(16)
    case(
        "the agent asking the same question a third time is agent_loop",
        c,
        {"rule": "agent_loop", "turn": 2},
        {"rule": "caller_frustrated", "turn": 3},
    )

    c = greeting(Call("CAcase09"))
    c.caller(3, "Can I talk to a person?").agent(4, "I can help you with billing. What do you need?")
    c.caller(8, "I want a real person.").agent(9, "Let me try to help first.").ended(12)
    case(
        "a request for a person, then a second one",
        c,
        {"rule": "asked_for_person", "turn": 1},
        {"rule": "person_requested_again", "turn": 2},
    )

    c = greeting(Call("CAcase15"))
    c.caller(3, "Operator, please.").agent(4, "I can help with most things. What do you need?")
    c.caller(7, "Pay my bill.").agent(8, "Sure.").ended(10)
    case("the IVR escape word is a request for a person", c, {"rule": "asked_for_person", "turn": 1})

    c = greeting(Call("CAcase16", "appointment"))
    c.caller(3, "Oh, it's a machine. Never mind.").ended(4)
    case("the caller giving up on the agent", c, {"rule": "caller_giving_up", "turn": 1})

    c = greeting(Call("CAcase17"))
    c.caller(3, "My travel agent paid the bill, never mind the late fee question, it is fine.")
    c.agent(4, "Great.").ended(6)
    case(
        "'agent' in passing is no request for a person (giving-up words still count)",
        c,
        {"rule": "caller_giving_up", "turn": 1},
    )

    c = greeting(Call("CAcase10"))
    c.caller(3, "What do I owe?").agent(4, "Your balance is ninety dollars.", ("account_data",))
    c.verified(6).caller(8, "Okay.").ended(10)
    case("account data before verification", c, {"rule": "disclosure_before_verification", "turn": 1})

    c = greeting(Call("CAcase11"))
    c.caller(3, "What do I owe?").agent(4, "Can I have your account number?")
    c.caller(7, "<ACCOUNT_1>").verified(8).agent(9, "Your balance is ninety dollars.", ("account_data",))
    c.caller(12, "Okay, thanks.").ended(14)
    case("account data after verification matches nothing", c)

    c = greeting(Call("CAcase12"))
    c.caller(3, "I'm going to cancel my account and switch providers.").agent(4, "I'm sorry to hear that.")
    c.caller(7, "Okay.").ended(9)
    case("cancel talk matches the pattern rule", c, {"rule": "cancel_threat", "turn": 1})

    c = greeting(Call("CAcase13"))
    c.speaking(3, "client", True).speaking(610, "client", False)
    c.caller(610, "So that's the whole story about my bill.").agent(611, "Thanks, let me look.")
    c.caller(614, "Okay.").ended(616)
    case("a call over ten minutes is long_call (speech is not dead air)", c, {"rule": "long_call", "turn": 0})

    c = greeting(Call("CAcase14"))
    c.caller(3, "Great, thanks so much!").agent(4, "Sure, what's the account?")
    c.caller(7, "Okay.").agent(8, "Let me check.")
    c.caller(11, "Hmm, that is not good.").agent(12, "Let me look again.")
    c.caller(15, "This is bad, I am really upset.").agent(16, "Sorry.").ended(18)
    case(
        "sentiment falling turn by turn, then clearly negative",
        c,
        {"rule": "sentiment_falling", "turn": 3},  # the slope needs 3 turns
        {"rule": "caller_frustrated", "turn": 4},
    )
    return out


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(c, separators=(",", ":")) for c in cases()]
    OUT.write_text(
        "# cases of deploy/rules/call_rules.v1.yaml, written by tests/rules/build_cases.py\n"
        + "\n".join(lines)
        + "\n"
    )
    print(f"{len(lines)} cases -> {OUT}")


if __name__ == "__main__":
    main()
