"""The ``test10`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used (dead air on refill only from the
caller's third utterance, billing's traffic falling by half rather than stopping, appointment's
lookup tool slowed to 3-4.5 s) and failure modes no earlier split had, from public post-mortems and
issue threads (README.md, "test10"): a cache bug that reads another caller's account out (the caller
objects and asks for a person), and an agent worker OOM-killed every six minutes (every call in
progress on it fails at once). Benign: a new dental line launched in the morning, and a pharmacy
recall notice that brings refill 40% more calls for an evening hour and a half.

Seeds 3601, 3631, 3661: hour ``h`` of a day draws ``seed + h`` and its last week ``seed + 1 + h``,
clear of every other split's seeds (test9 3501-3585, test8 3301-3385, the rest far away). Scored
once, by someone else, after the detector and rules are frozen; a case changed after a result
voids it."""

from __future__ import annotations

from bench.alerts_cases import faults10 as f10
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.day import MINUTE, at
from bench.alerts_cases.faults import CarrierDrop
from bench.alerts_cases.incidents import DeadAir, SlowTool
from bench.alerts_cases.kinds import evidence_delay_ms
from bench.alerts_cases.shifts import Launch, Surge
from bench.alerts_cases.test9 import Row

SPLIT, SEEDS = "test10", (3601, 3631, 3661)

REAL_WORLD: dict[str, str] = {  # what each kind is in production; README.md "test10" has the sources
    "refill_late_dead_air": (
        "the LLM stream stalls once the conversation has grown (a provider stall on longer prompts): "
        "refill's agent stops answering from the caller's third utterance; callers ask if anyone is "
        "there and hang up"
    ),
    "half_traffic": (
        "one of two SIP trunks (or carriers) for billing's number fails over to nowhere: half of "
        "billing's calls never arrive for 40 minutes; those that arrive are normal"
    ),
    "lookup_slow": (
        "appointment's scheduling backend answers lookup_appointment in 3-4.5 s instead of ~0.5 s "
        "(a lock-heavy report running on its database), still succeeding"
    ),
    "wrong_account": (
        "a cache keyed without the caller after a deploy: billing's agent reads out another "
        "caller's balance; the caller objects and asks for a person (a disclosure incident)"
    ),
    "oom_restarts": (
        "an agent worker leaks memory and is OOM-killed every six minutes: every call in progress "
        "on it (half the sessions) loses its websocket at the same instant and fails"
    ),
    "dental_launch": ("a new dental phone line goes live at 08:20 with its own healthy calls and no history"),
    "recall_notice": (
        "a pharmacy recall notice: refill gets 40% more calls from 19:05 for 90 minutes, all normal"
    ),
}

PLAN_TEST10: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test10-a", 3601): (
        Row("09:52", 30, "refill_late_dead_air", DeadAir("refill", after=3), "dead_air", {"workflow": "refill"}),
        Row("12:37", 30, "oom_restarts", f10.OomRestarts(every_min=6, share=0.5), "agent_failed", {}),
        Row("16:14", 40, "half_traffic", CarrierDrop(share=0.5, workflow="billing"),
            "traffic_stopped", {"workflow": "billing"}),
    ),
    ("test10-b", 3631): (
        Row("10:33", 30, "wrong_account", f10.WrongAccount("billing", "get_balance"),
            "containment_drop", {"workflow": "billing"}),
        Row("14:08", 30, "lookup_slow", SlowTool("appointment", "lookup_appointment", (3_000, 4_500)),
            "tool_latency:lookup_appointment", {"workflow": "appointment"}),
    ),
    ("test10-benign", 3661): (
        Row("08:20", 660, "dental_launch", Launch("dental", like="refill", share=0.1)),
        Row("19:05", 90, "recall_notice", Surge(0.4, "refill")),
    ),
}  # fmt: skip


def _case(day: str, seed: int, row: Row) -> Case:
    """A plan row as a case; the evidence onset is the first affected call (every effect here is
    there from its first call)."""
    onset, name = at(row.at), f"{day}/{row.kind}@{row.at}"
    return Case(name, row.kind, row.cause, dict(row.scope or {}), SPLIT, day, seed, onset, row.minutes * MINUTE,
                row.effect, evidence_delay_ms(row.effect), REAL_WORLD[row.kind])  # fmt: skip


def test10_days() -> list[Day]:
    """The simulated days of ``test10``, each with its cases."""
    return [
        Day(name, SPLIT, seed, tuple(_case(name, seed, r) for r in rows))
        for (name, seed), rows in PLAN_TEST10.items()
    ]
