"""Writes ``deploy/rules/tests/call_rules.v1.cases.jsonl``: recorded calls for the default rule set.

The calls are a data table, ``call_cases.yaml`` (who said what, when, and the matches expected), stored
here as full v1 events; the expected matches were written by hand from each rule's definition, not
copied from the engine's output. Run ``.venv/bin/python -m tests.rules.build_cases`` after changing a
case.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import yaml

OUT = Path(__file__).resolve().parents[2] / "deploy" / "rules" / "tests" / "call_rules.v1.cases.jsonl"
T0 = 1_767_000_000_000
CASES = Path(__file__).with_name("call_cases.yaml")


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


def scripted(sid: str, workflow: str, script: list[list[Any]]) -> Call:
    """A call from its script in ``call_cases.yaml``: the greeting, then one method per line."""
    call = greeting(Call(sid, workflow))
    for at_s, what, *rest in script:
        if what == "caller":
            call.caller(at_s, *rest)
        elif what == "agent":
            call.agent(at_s, rest[0], tuple(rest[1:]))
        elif what == "tool":
            call.tool(at_s, rest[0], {"ok": True, "failed": False}[rest[1]])
        elif what == "verified":
            call.verified(at_s)
        elif what == "speaking":
            call.speaking(at_s, rest[0], {"starts": True, "stops": False}[rest[1]])
        elif what == "ended":
            call.ended(at_s, *rest)
        else:
            raise ValueError(f"{sid}: unknown script line {what!r}")
    return call


def cases() -> list[dict[str, Any]]:
    """Each case of ``call_cases.yaml`` as a line of the cases file: name, expected matches, events."""
    table = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    return [
        {
            "case": entry["case"],
            "expect": entry["expect"],
            "events": scripted(entry["call"], entry.get("workflow", "billing"), entry["script"]).events,
        }
        for entry in table
    ]


def cases_text() -> str:
    """The cases file's text: a comment line, then one case per line."""
    lines = [json.dumps(c, separators=(",", ":")) for c in cases()]
    header = "# cases of deploy/rules/call_rules.v1.yaml, written by tests/rules/build_cases.py\n"
    return header + "\n".join(lines) + "\n"


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = cases_text()
    OUT.write_text(text)
    print(f"{text.count(chr(10)) - 1} cases -> {OUT}")


if __name__ == "__main__":
    main()
