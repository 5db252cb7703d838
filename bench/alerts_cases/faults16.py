"""The effects of the ``test24`` split (issue 20) that no earlier split had, written without reading the
detector: one line's calls moved away from the platform step by step by a routing rollout run the wrong
way (traffic that fades to nothing over minutes instead of stopping at once), and one line's greeting
that never plays (the agent sends its greeting text, no audio reaches the caller, and the agent waits for
a playback that never ends: dead air from the first second of the call)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bench.alerts_cases.day import MINUTE, DayContext, Planned
from bench.alerts_cases.edit import call_rng, caller_says, finish, hangs_up, picked
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.incidents import ARE_YOU_THERE

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]


@dataclass(frozen=True)
class FadingStop(Effect):
    """One line's calls moved off the platform by a weighted routing rule stepped the wrong way (a
    percentage cutover meant for a test number applied to the production one): the share of
    ``workflow``'s calls that never arrive grows from nothing at onset to all of them ``ramp_min``
    minutes later, and stays there to the window's end. The calls that still arrive are normal, as is
    every other line. Marks the start of every call that did not arrive."""

    workflow: str
    ramp_min: int = 20

    def gone(self, case: Case, ts: int) -> float:
        """The share of the line's calls starting at ``ts`` that are routed away."""
        return min(1.0, (ts - case.onset_ms) / (self.ramp_min * MINUTE))

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            hit = plan.workflow == self.workflow and case.active(plan.start)
            if hit and picked(f"fading_stop:{case.name}:{plan.start}", self.gone(case, plan.start)):
                day.ledger.mark(case.name, plan.start, None)
                continue
            yield plan


@dataclass(frozen=True)
class SilentGreeting(Effect):
    """One line's greeting never plays (its pre-rendered audio is missing after a storage migration): the
    agent sends the greeting's text as usual, no audio follows, and the agent, waiting for the
    playback to finish, answers nothing. 4-7 s in, the caller says "Hello?"; then asks whether anyone is
    there (and, ``again_p`` of them, once more) and hangs up (``completed/hangup``). Calls of
    ``workflow`` starting in the window; marked at the greeting."""

    workflow: str
    again_p: float = 0.5

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        first = events[0]
        if first["workflow"] != self.workflow or not case.active(first["ts"]):
            return events
        greeting = next(
            (e for e in events if e["type"] == "agent.utterance" and "greeting" in e["data"]["tags"]), None
        )
        if greeting is None:
            return events
        rng = call_rng(events, f"silent_greeting:{case.name}")
        sent = greeting["ts"]
        kept = [first, *(e for e in events[1:] if e["ts"] < sent and e["type"] != "speaker"), greeting]
        added, at = caller_says(first, sent + rng.randint(4_000, 7_000), "Hello?", rng)
        asked, at = caller_says(first, at + rng.randint(2_000, 3_500), rng.choice(ARE_YOU_THERE), rng)
        added += asked + hangs_up(first, at, rng, self.again_p, ARE_YOU_THERE)
        day.ledger.mark(case.name, sent, first["call_sid"])
        return finish(kept + added)
