"""Render a scenario into the exact event stream the reference agent would emit for that call,
without running the agent: greeting, caller speech with speaker events and speech-to-text delay,
streamed agent replies with fillers, tools, verification, tasks, barge-ins, handoffs and the end.

Only ``rng`` is a source of randomness, so a seed gives byte-identical output.
"""

from __future__ import annotations

import random
from typing import Any

from agent.simulator.model import (
    VOICE,
    AgentFault,
    End,
    Handoff,
    Intent,
    Recovery,
    Reply,
    Say,
    Scenario,
    TaskEnd,
    TaskStart,
    Tool,
    Turn,
    Verify,
)
from agent.simulator.profile import AgentProfile, pick_profile
from agent.simulator.timeline import Spoken, Timeline
from agent.simulator.workflows.common import lexicon

_NO_LEAD = frozenset(
    {"Sure", "Sure,", "Sure.", "Thanks.", "Thanks,", "Thank", "Okay,", "Of", "Great,", "Done."}
)
_KEEP_CASE = ("I ", "I'", "Dr", "Adderall")


def _with_lead(lead: str, text: str) -> str:
    """``Sure, your balance ...``: a leading filler in front of an answer, unless it already has one."""
    if not lead or text.split(" ", 1)[0] in _NO_LEAD:
        return text
    if lead.endswith(", ") and not text.startswith(_KEEP_CASE):
        text = text[0].lower() + text[1:]
    return lead + text


class _Call:
    def __init__(self, scenario: Scenario, rng: random.Random, profile: AgentProfile, tl: Timeline) -> None:
        self.sc, self.rng, self.p, self.tl = scenario, rng, profile, tl
        self.tasks: dict[str, str] = {}
        self.handed_off = False

    def ms(self, span: tuple[int, int]) -> int:
        return self.rng.randint(*span)

    # ---- caller side ---------------------------------------------------------------------------

    def caller_turn(self, turn: Turn) -> tuple[int, str]:
        """Play the caller's turn; returns when the agent has the input and any text left unspoken
        by an interrupted agent utterance."""
        wps, think = VOICE[self.sc.persona]
        last = self.tl.spoken[-1] if self.tl.spoken else None
        remainder = ""
        if turn.barge_in is not None and last is not None and not last.interrupted:
            start = last.play_start + max(700, int((last.play_end - last.play_start) * turn.barge_at))
            t_int = start + self.ms((80, 300))
            if t_int < last.play_end - 150:
                remainder = self._interrupt(last, t_int)
            else:
                start = self.tl.agent_free + self.ms(think)
        else:
            start = self.tl.agent_free + self.ms(think)
        t = start
        if turn.say:
            words = len(turn.say.split())
            off = start + int(words / wps * 1000 * self.rng.uniform(0.85, 1.15)) + 200
            self.tl.add(start, "speaker", {"who": "client", "speaking": True})
            self.tl.add(off, "speaker", {"who": "client", "speaking": False})
            t = off + self.ms((150, 700))
            self.tl.add(t, "caller.utterance", {"text": turn.say, "final": True, "lang": "en-US"})
        if turn.dtmf:
            t += self.ms((900, 2500)) if not turn.say else self.ms((300, 900))
            for i, digit in enumerate(turn.dtmf):
                t += self.ms((250, 700)) if i else 0
                self.tl.add(t, "dtmf", {"digit": digit})
        return t, remainder

    def _interrupt(self, utt: Spoken, t_int: int) -> str:
        played_ms = t_int - utt.play_start
        sent = "".join(c[0] for c in utt.chunks if c[1] <= t_int)
        n = min(len(sent), int(played_ms * self.p.chars_per_s / 1000))
        prefix = sent[:n]
        if n < len(utt.full_text) and not utt.full_text[n : n + 1].isspace():
            prefix = prefix.rsplit(" ", 1)[0] if " " in prefix else ""
        prefix = prefix.rstrip()
        self.tl.add(
            t_int,
            "interrupt",
            {"utterance_until_interrupt": prefix, "duration_until_interrupt_ms": played_ms},
        )
        keep = self.ms((0, 250)) if self.p.yields_on_interrupt else self.ms((800, 1200))
        utt.cut(t_int, keep)
        return utt.full_text[len(prefix) :].strip()

    # ---- agent side ----------------------------------------------------------------------------

    def say(self, text: str, at: int, tags: tuple[Any, ...] = ()) -> Spoken:
        paced = not self.p.yields_on_interrupt and self.p.is_llm
        return self.tl.speak(text, at, tags, self.p.chunk_gap_ms, paced=paced)

    def agent_reply(self, rep: Reply, t_in: int, restart: str) -> int:
        """Emit the agent's reply to input received at ``t_in``; returns the time its last action ran."""
        rng, p = self.rng, self.p
        slow = rng.random() < p.slow_turn_p
        first_token = (2000, 5000) if slow else p.ttft_ms
        t = t_in
        answered = False
        if restart:  # the agent carries on with what was cut off instead of answering
            t = self.say(restart, t_in + self.ms(first_token)).last_ts
            answered = True
        tools_first = False
        for a in rep.actions:
            if isinstance(a, Say):
                break
            tools_first = tools_first or isinstance(a, Tool)
        lead, hold = "", ""
        if tools_first and not answered and rng.random() < p.hold_filler_p:
            hold = rng.choice(lexicon()["hold_fillers"])  # said as the first tool is called
        elif not answered and rng.random() < p.lead_filler_p:
            lead = rng.choice(lexicon()["lead_fillers"]) + " "
        decided = False
        for a in rep.actions:
            if isinstance(a, Intent):
                t += self.ms((30, 250))
                self.tl.add(t, "intent.recognized", {"intent": a.name, "confidence": a.confidence})
            elif isinstance(a, Tool):
                t = max(t, t_in) + (self.ms(p.tool_decide_ms) if not decided else self.ms((10, 80)))
                decided = True
                if hold:
                    self.say(hold, max(t_in + 120, t - self.ms((0, 100))), ("filler",))
                    hold = ""
                t = self._tool(a, t)
            elif isinstance(a, Say):
                if not answered:
                    wait = p.after_tool_ms if decided and not slow else first_token
                    at = max(t + 10, (t if decided else t_in) + self.ms(wait))
                    text = _with_lead(lead, a.text)
                    answered = True
                else:
                    at, text = t + self.ms((30, 150)), a.text
                t = self.say(text, at, a.tags).last_ts
            elif isinstance(a, Verify):
                t += self.ms((5, 40))
                self.tl.add(t, "identity.verified", {"method": a.method, "verified": a.verified})
            elif isinstance(a, TaskStart):
                t += self.ms((2, 30))
                self.tasks[a.task] = f"task_{rng.getrandbits(40):010x}"
                self.tl.add(t, "task.started", {"task_id": self.tasks[a.task], "task": a.task})
            elif isinstance(a, TaskEnd):
                t += self.ms((2, 30))
                task_id = self.tasks.pop(a.task, None) or f"task_{rng.getrandbits(40):010x}"
                data: dict[str, Any] = {"task_id": task_id, "task": a.task, "success": a.success}
                if a.reason:
                    data["reason"] = a.reason
                self.tl.add(t, "task.completed", data)
            elif isinstance(a, Handoff):
                t += self.ms((10, 120))
                self.handed_off = True
                self.tl.add(t, "handoff.requested", {"reason": a.reason, "trigger": a.trigger})
            elif isinstance(a, AgentFault):
                t += self.ms((1, 20))
                self.tl.add(t, "agent.error", {"code": a.code, "message": a.message})
            elif isinstance(a, End):
                pass  # the session ends once the last words have played; see run()
        return t

    def _tool(self, a: Tool, t: int) -> int:
        call_id = f"call_{self.rng.getrandbits(48):012x}"
        self.tl.add(
            t, "tool.called", {"tool": a.name, "tool_call_id": call_id, "args_summary": a.args_summary}
        )
        latency = self.ms(a.latency_ms)
        result: dict[str, Any] = {
            "tool": a.name,
            "tool_call_id": call_id,
            "ok": a.ok,
            "latency_ms": float(latency),
        }
        if a.error_code:
            result["error_code"] = a.error_code
        self.tl.add(t + latency, "tool.result", result)
        return t + latency

    # ---- the whole call ------------------------------------------------------------------------

    def run(self, start_ms: int) -> list[dict[str, Any]]:
        rng, sc = self.rng, self.sc
        self.tl.add(
            start_ms,
            "call.started",
            {
                "direction": "inbound",
                "caller": sc.caller.phone,
                "called": f"+1888555{rng.randrange(100, 200):04d}",
                "lang": "en-US",
                "custom_parameters": {"line": sc.workflow.value},
            },
        )
        greeting = self.tl.speak(
            sc.greeting.text, start_ms + self.ms((400, 1200)), sc.greeting.tags, (0, 0), single_chunk=True
        )
        if sc.hangup_during_greeting:
            dur = greeting.play_end - greeting.play_start
            end = greeting.play_start + self.ms((2500, max(2600, min(8000, dur - 300))))
            return self._end(end, "completed", "hangup")
        for turn in sc.turns:
            t_in, remainder = self.caller_turn(turn)
            if turn.reply is None:
                return self._end(t_in + self.ms((300, 1500)), "completed", "hangup")
            restart = remainder if turn.barge_in is Recovery.RESTART else ""
            t = self.agent_reply(turn.reply, t_in, restart)
            done = max(t, self.tl.agent_free)
            if any(isinstance(a, End) for a in turn.reply.actions):
                return self._end(
                    done + self.ms((300, 1200)), "ended", "handoff" if self.handed_off else "agent_end"
                )
            if turn.hangup_after:
                return self._end(done + self.ms((400, 3000)), "completed", "hangup")
        return self._end(self.tl.agent_free + self.ms((500, 2000)), "completed", "hangup")

    def _end(self, ts: int, status: str, reason: str) -> list[dict[str, Any]]:
        self.tl.add(ts, "call.ended", {"status": status, "reason": reason})
        return self.tl.finish(ts)


def synthesize_call(
    scenario: Scenario, rng: random.Random, start_ms: int, profile: AgentProfile | None = None
) -> list[dict[str, Any]]:
    """The call's events as JSON-ready dicts in ``seq`` (= time) order, envelope filled."""
    profile = profile or pick_profile(rng, scenario.workflow)
    tl = Timeline(
        rng=rng,
        call_sid=f"CA{rng.getrandbits(128):032x}",
        session_id=f"VX{rng.getrandbits(128):032x}",
        workflow=scenario.workflow.value,
        agent=profile.agent_info(),
        flags={"canary": profile.canary, "shadow": profile.shadow},
        chars_per_s=profile.chars_per_s,
    )
    return _Call(scenario, rng, profile, tl).run(start_ms)
