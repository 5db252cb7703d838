"""Failure modes of the ``test12`` split (issue 20) that no earlier split had, written without reading
the detector: a speech-to-text endpointing change that finalises a caller's long sentence after its
first few words (the agent answers a fragment and asks the caller to say it again), and a canary
build whose only fault is a loop on one intent of one line (every other canary call is healthy).
Each effect marks, per call it touches, the moment that call first shows it."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import Say, Scenario, Turn, reply
from bench.alerts_cases.day import DayContext, Planned
from bench.alerts_cases.edit import call_rng
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults6 import IntentLoop

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
CUT_REPLIES = (  # each opens with a word the simulator puts no filler in front of
    "Okay, I think I cut you off there. Could you say that again?",
    "Sure, go ahead, I only caught the start of that.",
    "Of course, sorry, I missed the rest of what you said. Could you repeat it?",
)


def _cut_turns(
    scenario: Scenario, rng: random.Random, min_words: int, p: float
) -> tuple[Scenario, tuple[int, ...]]:
    """Each caller turn of ``min_words`` or more (with ``p``) is first heard as a fragment: the agent
    answers the fragment by asking the caller to go on, and the caller says the whole sentence again
    (heard this time, spoken without a pause). Returns the scenario and the indexes, among caller
    utterances, of the fragments."""
    turns: list[Turn] = []
    cut: list[int] = []
    for turn in scenario.turns:
        spoken = sum(1 for t in turns if t.say)
        if turn.say and turn.reply is not None and len(turn.say.split()) >= min_words and rng.random() < p:
            turns.append(Turn(turn.say, reply(Say(rng.choice(CUT_REPLIES)))))
            cut.append(spoken)
        turns.append(turn)
    return replace(scenario, turns=tuple(turns)), tuple(cut)


def fragment(text: str, rng: random.Random) -> str:
    """What an endpointer that closes the turn at the caller's first short pause finalises: the first
    two to four words, as spoken (the rest of the sentence was never sent to the recognizer)."""
    return " ".join(text.split()[: rng.randint(2, 4)])


@dataclass(frozen=True)
class EndpointCut(Effect):
    """A speech-to-text endpointing change (an end-of-speech silence lowered from ~700 to ~200 ms, a
    new turn-detection model): callers' long sentences (``min_words`` or more) are finalised after
    their first words. The agent gets the fragment ("I'd like to"), asks the caller to say it again,
    and the caller repeats the whole sentence. Calls starting in the window, every workflow unless
    ``workflow``; each long turn is cut with probability ``p``. Marked at the first fragment."""

    min_words: int = 8
    p: float = 0.7
    workflow: str | None = None

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        return (self._cut(case, plan) for plan in plans)

    def _cut(self, case: Case, plan: Planned) -> Planned:
        """The planned call with its long sentences cut (noted by index), if it is in scope."""
        if not case.active(plan.start) or self.workflow not in (None, plan.workflow):
            return plan
        rng = random.Random(f"endpoint_cut:{case.name}:{plan.start}")
        scenario, cut = _cut_turns(plan.scenario, rng, self.min_words, self.p)
        return replace(plan, scenario=scenario).with_notes(fragments=cut) if cut else plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        said = [e for e in events if e["type"] == "caller.utterance"]
        cut = [said[i] for i in plan.notes.get("fragments", ()) if i < len(said)]
        if cut:
            rng = call_rng(events, f"endpoint_cut:{case.name}")
            for event in cut:
                event["data"]["text"] = fragment(event["data"]["text"], rng)
            day.ledger.mark(case.name, cut[0]["ts"], events[0]["call_sid"])
        return events


@dataclass(frozen=True)
class CanaryIntentLoop(IntentLoop):
    """A build (``version``) on the canary share (~10% of calls, every workflow) whose only fault is
    one intent's branch on one line: canary calls of ``workflow`` recognized as ``intent`` loop
    (``AgentLoop``'s conversation, until the caller asks for a person). Every other canary call runs
    the new build healthily, and the stable build is untouched, so the loop is a tenth of a tenth of
    the line's calls."""

    version: str = "1.11.0-rc1"

    def _on_build(self, case: Case, plan: Planned) -> Planned:
        """Canary calls starting in the window run the new build; every other call is as planned."""
        if plan.profile.canary and case.active(plan.start):
            return replace(plan, profile=replace(plan.profile, version=self.version))
        return plan

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in (self._on_build(case, p) for p in plans):
            new_build = plan.profile.version == self.version
            yield next(super().traffic(case, iter((plan,)), day)) if new_build else plan
