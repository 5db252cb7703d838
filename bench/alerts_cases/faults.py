"""Incident kinds of the ``test2`` split (issue 20), written without reading the detector: provider
and platform failures as voice agents meet them in production (see README.md, "test2"), each hitting
a share of calls or all of them. Each effect marks, per affected call, the moment it first shows the
fault (a call that never arrived: its planned start)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import End, Handoff, Reply, Say, Scenario, Tool
from agent.simulator.profile import AgentProfile
from agent.simulator.workflows.common import lexicon
from bench.alerts_cases import edit
from bench.alerts_cases.day import DayContext, Planned, synthesize
from bench.alerts_cases.degradations import Asr
from bench.alerts_cases.edit import call_rng, caller_says, cut_after, end_call, finish, new_event, picked
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.incidents import ARE_YOU_THERE, AgentDown, AgentLoop

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
CANT_REACH = "I'm sorry, I'm having trouble reaching our system right now."
STILL_HERE = ("I'm here. Can you hear me?", "Yes, I'm still here.", "Sorry about that, I'm here.")


@dataclass(frozen=True)
class LlmSlow(Effect):
    """An LLM provider's latency multiplies (``factor``) for the window: calls starting in it whose
    model starts with ``model`` take that much longer to their first token, to decide on a tool and
    to answer after a tool. Other models (the rules engine, another provider) are untouched.
    Marked at the call's first agent reply to a caller."""

    model: str = "gpt-4o"
    factor: float = 2.0

    def slows(self, profile: AgentProfile) -> bool:
        """Whether an agent build's LLM is the one that slows (its model starts with ``model``)."""
        return profile.model.startswith(self.model)

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        def scaled(span: tuple[int, int]) -> tuple[int, int]:
            return int(span[0] * self.factor), int(span[1] * self.factor)

        for plan in plans:
            p = plan.profile
            if case.active(plan.start) and self.slows(p):
                profile = replace(
                    p,
                    ttft_ms=scaled(p.ttft_ms),
                    after_tool_ms=scaled(p.after_tool_ms),
                    tool_decide_ms=scaled(p.tool_decide_ms),
                )
                plan = replace(plan, profile=profile).with_notes(llm_slow=case.name)
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get("llm_slow") != case.name:
            return events
        said = next((e["ts"] for e in events if e["type"] == "caller.utterance"), None)
        if said is None:
            return events
        answer = next((e for e in events if e["type"] == "agent.utterance" and e["ts"] > said), None)
        if answer is not None:
            day.ledger.mark(case.name, answer["ts"], events[0]["call_sid"])
        return events


def tool_failing(
    scenario: Scenario,
    tool: str,
    error_code: str,
    retry: bool,
    latency_ms: tuple[int, int] = (90, 700),
    why: str = "unavailable",
) -> Scenario | None:
    """The scenario with ``tool`` failing at its first use (``error_code`` after ``latency_ms``; a
    timeout is the wait until the client gives up): the agent tries (once, or twice with ``retry``),
    says it cannot reach the system and hands the caller to a person (trigger ``tool_failure``, the
    hand-off's reason "<tool> <why>"). None when the scenario never calls the tool."""
    for k, turn in enumerate(scenario.turns):
        r = turn.reply
        if r is None:
            continue
        at = next((i for i, a in enumerate(r.actions) if isinstance(a, Tool) and a.name == tool), None)
        if at is None:
            continue
        used = r.actions[at]
        assert isinstance(used, Tool)
        broken = replace(used, ok=False, error_code=error_code, latency_ms=latency_ms)
        handoff_line = lexicon()["handoff_lines"][k % len(lexicon()["handoff_lines"])]
        actions = (
            *r.actions[:at],
            *((broken, broken) if retry else (broken,)),
            Say(f"{CANT_REACH} {handoff_line}"),
            Handoff(f"{tool} {why}", "tool_failure"),
            End(),
        )
        turns = (*scenario.turns[:k], replace(turn, reply=Reply(actions), hangup_after=False))
        return replace(scenario, turns=turns)
    return None


def tool_hit(case: Case, events: list[Event], workflow: str, tool: str, share: float, salt: str) -> bool:
    """Whether a tool fault hits this call: one of ``workflow``'s, whose first use of ``tool`` is in the
    case's window, among the ``share`` drawn (``picked`` with ``salt``, the case and the call)."""
    if events[0]["workflow"] != workflow:
        return False
    used = next((e for e in events if e["type"] == "tool.called" and e["data"]["tool"] == tool), None)
    if used is None or not case.active(used["ts"]):
        return False
    return picked(f"{salt}:{case.name}:{events[0]['call_sid']}", share)


@dataclass(frozen=True)
class ToolErrors(Effect):
    """A tool's backend returns errors (``error_code``, e.g. ``upstream_503``) for ``share`` of the
    calls of one workflow whose first use of the tool falls in the window; the agent retries half the
    time, apologises and hands off. The call is re-synthesized from the planned call so everything
    after the failure stays consistent. Marked at the first failed ``tool.result``."""

    workflow: str
    tool: str
    share: float = 1.0
    error_code: str = "upstream_503"

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if not tool_hit(case, events, self.workflow, self.tool, self.share, "tool_errors_pick"):
            return events
        rng = call_rng(events, f"tool_errors:{case.name}")
        failing = tool_failing(plan.scenario, self.tool, self.error_code, rng.random() < 0.5)
        if failing is None:
            return events
        events = synthesize(replace(plan, scenario=failing))
        failed = [
            e for e in events
            if e["type"] == "tool.result" and e["data"]["tool"] == self.tool and not e["data"]["ok"]
        ]  # fmt: skip
        if failed:
            day.ledger.mark(case.name, failed[0]["ts"], events[0]["call_sid"])
        return events


@dataclass(frozen=True)
class Unreachable(AgentDown):
    """The agent cannot be reached for ``share`` of the calls (a TLS certificate expired on one
    ingress node, DNS still pointing some callers at a drained host): the session opens, the
    connection to the agent fails and the call ends ``failed/upstream_lost`` within 1.5 s with
    nothing said. ``workflow`` None: every workflow."""

    share: float = 1.0

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if not picked(f"unreachable:{case.name}:{events[0]['call_sid']}", self.share):
            return events
        return super().call(case, plan, events, day)


def _agent_text(like: Event, at: int, text: str, rng: random.Random) -> Event:
    """An agent utterance sent as token chunks from ``at`` (text only: this one never plays)."""
    chunks, t = [], at
    for i, word in enumerate(text.split(" ")):
        t += rng.randint(30, 90) if i else 0
        chunks.append({"text": word if i == 0 else " " + word, "ts": t})
    data = {"text": text, "chunks": chunks, "interrupted": False, "tags": []}
    return new_event(like, at, "agent.utterance", data, rng)


@dataclass(frozen=True)
class TtsStuck(Effect):
    """Text-to-speech stalls: the agent still sends its reply as text, on time, but no audio plays
    (no ``agentSpeaking`` from then on). After 4-7 s of silence the caller asks whether anyone is
    there, the agent answers in text nobody hears (sometimes twice), and the caller hangs up. Hits
    ``share`` of calls (every workflow, or ``workflow``) at their first agent reply after a caller
    utterance that is sent in the window; greetings are spared."""

    share: float = 1.0
    workflow: str | None = None

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        first = events[0]
        stuck = edit.first_reply(case, events, self.workflow)
        if stuck is None or not picked(f"tts:{case.name}:{first['call_sid']}", self.share):
            return events
        rng = call_rng(events, f"tts_stuck:{case.name}")
        sent = stuck["ts"]
        kept = cut_after(events, sent - 1, silent_from=sent)
        kept.append(stuck)  # the text went out in full; none of it played
        last_chunk = max(c["ts"] for c in stuck["data"]["chunks"])
        hello = max(sent + rng.randint(4_000, 7_000), last_chunk + 1_000)
        added, at = caller_says(first, hello, rng.choice(ARE_YOU_THERE), rng)
        reply = _agent_text(first, at + rng.randint(400, 1_200), rng.choice(STILL_HERE), rng)
        added.append(reply)
        at = max(c["ts"] for c in reply["data"]["chunks"])
        if rng.random() < 0.5:
            again, at = caller_says(first, at + rng.randint(2_500, 4_500), "Hello?", rng)
            added += again
            reply = _agent_text(first, at + rng.randint(400, 1_200), rng.choice(STILL_HERE), rng)
            added.append(reply)
            at = max(c["ts"] for c in reply["data"]["chunks"])
        added.append(end_call(first, at + rng.randint(1_500, 4_000), "completed", "hangup", rng))
        day.ledger.mark(case.name, sent, first["call_sid"])
        return finish(kept + added)


@dataclass(frozen=True)
class PromptLoop(AgentLoop):
    """A deploy ships a broken prompt (``prompt_version``) to ``share`` of one workflow's calls: on
    those calls the agent re-asks its question whatever the caller answers, until the caller asks
    for a person. The other calls keep the working prompt."""

    prompt_version: str = ""
    share: float = 1.0

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if (
                plan.workflow == self.workflow
                and case.active(plan.start)
                and picked(f"prompt:{case.name}:{plan.start}", self.share)
            ):
                plan = replace(plan, profile=replace(plan.profile, prompt_version=self.prompt_version))
                plan = next(super().traffic(case, iter((plan,)), day)).with_notes(loop_case=case.name)
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get("loop_case") != case.name:  # another loop case's call on the same day
            return events
        return super().call(case, plan, events, day)


@dataclass(frozen=True)
class AsrShare(Asr):
    """Speech recognition fails on ``share`` of the calls only (one region, pool or model of the
    provider): on those calls each caller turn is misheard with probability ``p`` (empty or garbled
    transcript), as ``Asr`` does for every call."""

    share: float = 1.0

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if (
                case.active(plan.start)
                and self.workflow in (None, plan.workflow)
                and picked(f"asr_share:{case.name}:{plan.start}", self.share)
            ):
                plan = next(super().traffic(case, iter((plan,)), day)).with_notes(asr_case=case.name)
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get("asr_case") != case.name:  # another speech-recognition case's call
            return events
        return super().call(case, plan, events, day)


@dataclass(frozen=True)
class CarrierDrop(Effect):
    """A carrier or regional network outage: ``share`` of the calls that would have started in the
    window never reach the platform (every workflow, or ``workflow``). Nothing errors; the calls
    that arrive are normal. Marks the start of every call that did not arrive."""

    share: float = 0.5
    workflow: str | None = None

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        rng = random.Random(f"carrier:{case.name}:{day.seed}")
        for plan in plans:
            hit = case.active(plan.start) and self.workflow in (None, plan.workflow)
            if hit and rng.random() < self.share:
                day.ledger.mark(case.name, plan.start, None)
                continue
            yield plan
