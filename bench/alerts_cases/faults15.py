"""The effects of the ``test23`` split (issue 20) that no earlier split had, written without reading the
detector: one line's trunk capped at a channel or two so most of its calls get a busy signal and never
arrive (traffic that nearly stops), the agent ignoring keypad input so callers who press a key hear
nothing (dead air at the keypad), and the model calling the same tool again and again and asking the
caller to hold each time (an agent loop through a tool); and a shift that must not page: a new
text-to-speech voice that speaks at a slightly different rate."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import Say, Scenario, Tool, Turn, reply
from agent.simulator.workflows.common import lexicon
from bench.alerts_cases.day import MINUTE, DayContext, Planned, synthesize
from bench.alerts_cases.edit import (
    agent_audio_end,
    call_rng,
    caller_says,
    cut_after,
    end_call,
    finish,
    new_event,
)
from bench.alerts_cases.effect import Effect, MarksNoted
from bench.alerts_cases.incidents import ARE_YOU_THERE, handed_off_on_request

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
HOLD = "Let me check that again. Can you hold on a moment?"  # the question a tool loop repeats (a lead
# filler in front of the first asking lowercases its first letter: matched without it)
HOLDING = ("Sure.", "Okay, yes.", "Yes, I'll hold.", "Okay.")
LEAD_MS = 20 * MINUTE  # calls of the line already up when a cap starts still hold their channel


@dataclass(frozen=True)
class ChannelCap(Effect):
    """One line's SIP trunk limited to ``channels`` concurrent calls (a channel limit lowered in the
    carrier's portal, a trunk moved to another plan): a call to ``workflow`` arriving in the window
    while ``channels`` of the line's calls are still up gets a busy signal from the carrier and never
    reaches the platform; the calls that get a free channel are normal, as is every other line.
    Calls up before the onset hold their channels. Marks the start of every call that did not arrive."""

    workflow: str
    channels: int = 1

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        up: list[int] = []  # when each of the line's admitted calls ends
        for plan in plans:
            if plan.workflow != self.workflow or not case.onset_ms - LEAD_MS <= plan.start < case.end_ms:
                yield plan
                continue
            up = [end for end in up if end > plan.start]
            if case.active(plan.start) and len(up) >= self.channels:
                day.ledger.mark(case.name, plan.start, None)
                continue
            up.append(synthesize(plan)[-1]["ts"])
            yield plan


def _keyed(events: list[Event]) -> list[Event]:
    """The call's first run of keypad digits (consecutive ``dtmf`` events), or none."""
    run: list[Event] = []
    for event in events:
        if event["type"] == "dtmf":
            run.append(event)
        elif run:
            break
    return run


@dataclass(frozen=True)
class DtmfDeadAir(Effect):
    """The agent ignores keypad input (a refactor of its message dispatch drops the ``dtmf`` branch;
    the digits are logged, nothing answers them): a caller who keys in digits in the window (a slot
    choice, the last four of a card, "press 1 to confirm", 0 for a person) hears silence. Half of them
    press the keys again after 3-5 s; 4-7 s after the last key they ask "are you there?" (half of them
    twice) and hang up. Every line, or ``workflow``; calls that never press a key are untouched.
    Marked at the first ignored digit run's last key."""

    workflow: str | None = None
    rekey_p: float = 0.5

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        keys = _keyed(events)
        if (
            not keys
            or (self.workflow and events[0]["workflow"] != self.workflow)
            or not case.active(keys[-1]["ts"])
        ):
            return events
        rng, first, cut = call_rng(events, f"dtmf_dead_air:{case.name}"), events[0], keys[-1]["ts"]
        last = max(cut, agent_audio_end(events, cut))
        added: list[Event] = []
        if rng.random() < self.rekey_p:
            last += rng.randint(3_000, 5_000)
            for i, key in enumerate(keys):
                last += rng.randint(250, 700) if i else 0
                added.append(new_event(first, last, "dtmf", dict(key["data"]), rng))
        hello = last + rng.randint(4_000, 7_000)
        kept = cut_after(events, cut, silent_from=hello - 200)
        said, at = caller_says(first, hello, rng.choice(ARE_YOU_THERE), rng)
        added += said
        if rng.random() < 0.5:
            again, at = caller_says(first, at + rng.randint(2_500, 4_500), "Hello?", rng)
            added += again
        added.append(end_call(first, at + rng.randint(1_500, 4_000), "completed", "hangup", rng))
        day.ledger.mark(case.name, cut, first["call_sid"])
        return finish(kept + added)


def _tool_loop(scenario: Scenario, tool: str, rng: random.Random) -> Scenario | None:
    """The reply that calls ``tool`` stops after the call and asks the caller to hold while it checks
    again; each "okay" brings the same call and the same question (3-4 askings), until the caller asks
    for a person and is handed off. None when the call never uses the tool."""
    turns = scenario.turns
    for k, turn in enumerate(turns):
        actions = turn.reply.actions if turn.reply else ()
        at = next((i for i, a in enumerate(actions) if isinstance(a, Tool) and a.name == tool and a.ok), None)
        if at is None:
            continue
        call = actions[at]
        looped = [replace(turn, reply=reply(*actions[: at + 1], Say(HOLD)), hangup_after=False)]
        looped += [Turn(rng.choice(HOLDING), reply(call, Say(HOLD))) for _ in range(rng.randint(2, 3))]
        ask = rng.choice([*lexicon()["caller_request"], *lexicon()["keywords"]])
        handoff = handed_off_on_request(rng.choice(lexicon()["handoff_lines"]))
        looped.append(Turn(f"I've been holding for ages. {ask}", handoff))
        return replace(scenario, turns=(*turns[:k], *looped))
    return None


@dataclass(frozen=True)
class ToolCallLoop(Effect):
    """The model calls the same tool again after every result (the tool's answer changed shape after a
    vendor update and the model does not find what it asked for in it): it asks the caller to hold
    ("Let me check that again. Can you hold on a moment?"), calls the tool again, asks again, until the
    caller asks for a person (handed off). Every call of ``workflow`` starting in the window that uses
    ``tool`` (and gets an answer from it); the tool itself answers ``ok`` as fast as usual. Marked at the second asking."""

    workflow: str
    tool: str

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.workflow == self.workflow and case.active(plan.start):
                looped = _tool_loop(
                    plan.scenario, self.tool, random.Random(f"tool_loop:{case.name}:{plan.start}")
                )
                if looped is not None:
                    plan = replace(plan, scenario=looped).with_notes(tool_loop=case.name)
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get("tool_loop") != case.name:
            return events
        asked = [e for e in events if e["type"] == "agent.utterance" and HOLD[1:] in e["data"]["text"]]
        if len(asked) >= 2:
            day.ledger.mark(case.name, asked[1]["ts"], events[0]["call_sid"])
        return events


@dataclass(frozen=True)
class VoiceChange(MarksNoted):
    """The agent's text-to-speech voice is switched to a new one (a brand refresh, the provider retiring
    a voice) for every call starting in the window: it plays ``rate`` times as many characters a second
    as the old voice did, so replies last a few percent longer or shorter; the words, the tools and the
    outcomes are the same. The calls are synthesized with the new voice (the same random draws). Marks
    each call at its start."""

    NOTE = "voice"

    rate: float = 0.94

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if case.active(plan.start):
                profile = replace(plan.profile, chars_per_s=round(plan.profile.chars_per_s * self.rate, 2))
                plan = replace(plan, profile=profile).with_notes(voice=case.name)
            yield plan
