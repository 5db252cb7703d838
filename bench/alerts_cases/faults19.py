"""The effects of the ``test27`` split (issue 20) that no earlier split had, written without reading the
detector: speech recognition that loses only the caller's short answers ("yes", "that's right"), a tool
whose cache was flushed (every lookup slow at first, fewer and fewer as the cache refills), dead air on a
share of one line's calls that grows as a connection pool leaks, one carrier's calls cut at the same age
(a SIP dialog torn down 32 s in), and a canary build that crashes only on one line's pharmacy answers."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from bench.alerts_cases.day import MINUTE, DayContext, Planned
from bench.alerts_cases.degradations import Asr, _unheard
from bench.alerts_cases.edit import call_rng, canary_runs, cut_after, end_call, finish, new_event, picked
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.incidents import DeadAir, SlowTool

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]


def short(text: str, max_words: int) -> bool:
    """A caller turn of ``max_words`` words or fewer ("Yes.", "That's right.")."""
    return len(text.split()) <= max_words


@dataclass(frozen=True)
class ShortAnswerAsr(Asr):
    """A voice-activity / endpointing setting pushed to one line's speech recognizer (a longer minimum
    speech duration, a higher noise gate) drops short utterances: a caller turn of ``max_words`` words or
    fewer comes back as an empty (or garbled) final transcript with probability ``p``; the agent says
    "Sorry, I didn't catch that" and the caller repeats it, as ``Asr``. Longer turns are heard, so the
    calls that fail are the ones with yes/no confirmations. Calls of ``workflow`` starting in the window."""

    max_words: int = 3

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if case.active(plan.start) and self.workflow in (None, plan.workflow):
                rng = random.Random(f"short_asr:{case.name}:{plan.start}")
                scenario, misheard = _unheard(plan.scenario, rng, self.p, lambda s: short(s, self.max_words))
                if misheard:
                    plan = replace(plan, scenario=scenario).with_notes(misheard=misheard)
            yield plan


@dataclass(frozen=True)
class CacheFlushSlow(SlowTool):
    """A tool's cache flushed at onset (a deploy that clears it, an eviction storm): every lookup of the
    tool on ``workflow`` goes to the slow backend at first (``latency_ms``, still ``ok``, callers filling the
    wait as ``SlowTool``), and as the cache refills fewer do: a call whose first use of the tool is ``t``
    into the window is slow with probability ``1 - t / window``. Sudden onset, gradual recovery."""

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        used = next((e["ts"] for e in events if e["type"] == "tool.called" and e["data"]["tool"] == self.tool), None)  # fmt: skip
        if used is None or not case.active(used):
            return events
        cold = 1.0 - (used - case.onset_ms) / case.duration_ms
        if not picked(f"cold_cache:{case.name}:{events[0]['call_sid']}", cold):
            return events
        return super().call(case, plan, events, day)


@dataclass(frozen=True)
class LeakDeadAir(DeadAir):
    """An HTTP connection pool to the model provider that leaks a connection on each cancelled stream (a
    client-library upgrade): as the pool runs dry more of the line's model calls wait for a connection that
    never frees, so the share of calls going silent after the caller's ``after``-th utterance grows from 0
    at onset to ``final_share`` after ``ramp_min`` minutes and stays there (``DeadAir`` on those calls)."""

    final_share: float = 0.6
    ramp_min: int = 30

    def share(self, case: Case, ts: int) -> float:
        """The share of the line's calls silent at ``ts``."""
        return self.final_share * min(1.0, (ts - case.onset_ms) / (self.ramp_min * MINUTE))

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        said = [e["ts"] for e in events if e["type"] == "caller.utterance" and e["data"]["final"]]
        if len(said) < self.after or not case.active(said[self.after - 1]):
            return events
        if not picked(f"leak:{case.name}:{events[0]['call_sid']}", self.share(case, said[self.after - 1])):
            return events
        return super().call(case, plan, events, day)


@dataclass(frozen=True)
class CarrierAgeDrop(Effect):
    """One carrier's calls torn down at the same age: after a change on the carrier's side its SIP ACKs
    stop reaching the platform, so each dialog from its numbers (callers whose area code is in
    ``area_codes``, every line) is cleared when the retransmission timer runs out, ``age_s`` seconds after
    the call started (64 x T1 = 32 s), mid-sentence; the session fails (``failed/error``). Calls shorter
    than that, and every other carrier's, are untouched. Marked at the drop, when it falls in the window."""

    area_codes: tuple[str, ...] = ()
    age_s: tuple[float, float] = (31.5, 32.5)

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        first = events[0]
        if first["data"]["caller"][2:5] not in self.area_codes:
            return events
        rng = call_rng(events, f"age_drop:{case.name}")
        drop = first["ts"] + int(rng.uniform(*self.age_s) * 1000)
        if not case.active(drop) or events[-1]["ts"] <= drop:
            return events
        kept = cut_after(events, drop, silent_from=drop)
        day.ledger.mark(case.name, drop, first["call_sid"])
        return finish([*kept, end_call(first, drop + rng.randint(5, 60), "failed", "error", rng)])


@dataclass(frozen=True)
class CanaryToolCrash(Effect):
    """A canary build (``version``, the ~10% canary share of ``workflow``'s agent) whose upgraded client for
    the line's backend raises on a response field it did not expect: the first ``tool.result`` of one of
    ``tools`` ends the call (``agent.error`` ``unhandled_exception``, then ``failed/agent_error``). Canary calls
    that never get such an answer and every stable call are untouched (they keep their labels), so the
    evidence is the canary's share of the line's calls that reach that step: thin."""

    version: str = "1.27.0-rc1"
    workflow: str = "refill"
    tools: tuple[str, ...] = ()
    message: str = "KeyError: 'days_supply'"

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        first = events[0]
        answered = next(
            (e for e in events if e["type"] == "tool.result" and e["data"]["tool"] in self.tools), None
        )
        if (
            first["workflow"] != self.workflow
            or answered is None
            or not canary_runs(case, events, self.version)
        ):
            return events
        rng = call_rng(events, f"canary_tool:{case.name}")
        error_at = answered["ts"] + rng.randint(30, 250)
        end_at = error_at + rng.randint(20, 250)
        error = new_event(first, error_at, "agent.error", {"code": "unhandled_exception", "message": self.message}, rng)  # fmt: skip
        day.ledger.mark(case.name, error_at, first["call_sid"])
        kept = cut_after(events, answered["ts"], silent_from=end_at)
        return finish([*kept, error, end_call(first, end_at, "failed", "agent_error", rng)])
