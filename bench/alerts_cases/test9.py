"""The ``test9`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used (dead air only after the caller
barges in, a refill tool slowing gradually through the afternoon, appointment's traffic stopping in
the night, garbled transcripts only on a canary build) and failure modes no earlier split had, from
public issue threads and pages (README.md, "test9"): a prompt deploy that makes the agent hang up as
soon as it knows what the caller wants, and long calls overflowing the model's context window.
Benign: a snow morning whose callers call later, a healthy new model on half of the GPT calls.

Seeds 3501, 3531, 3561: a day draws hour ``h`` from ``seed + h`` and its last week from
``seed + 1 + h``, so no hour's draws are shared with each other or with any other split (tune
2026-2070, test 7301-7335, test2 4101-4245, test3 5101-5276, test4 6101-6185, test5 8101-8185,
test6 9101-9185, test7 9201-9285, test8 3301-3385). Scored once, by someone else, after the detector
and rules are frozen; a case changed after a result voids it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bench.alerts_cases import faults9 as f9
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.day import MINUTE, at
from bench.alerts_cases.degradations import SlowRise
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.incidents import TrafficStop
from bench.alerts_cases.kinds import evidence_delay_ms

SPLIT, SEEDS = "test9", (3501, 3531, 3561)  # seeds 30 apart (see the module's docstring)
CANARY_BUILD = "1.10.0-rc2"  # no earlier split's build


@dataclass(frozen=True)
class Row:
    """One case of the plan: when, how long, what, and what a page must name (cause None: benign)."""

    at: str  # "HH:MM"
    minutes: int
    kind: str
    effect: Effect
    cause: str | None = None
    scope: Mapping[str, str] | None = None


WHERE_FROM: dict[str, str] = {  # each kind: what happens in production (README.md, "test9", has the sources)
    "barge_in_dead_air": (
        "the agent's interruption handling hangs: after a caller talks over it, the agent never "
        "answers again; the caller asks whether anyone is there and hangs up"
    ),
    "early_goodbye": (
        "a prompt deploy on appointment makes the agent say goodbye and end the call as soon as it "
        "knows what the caller wants; most cut-off callers call back and ask for a person"
    ),
    "creeping_tool": (
        "refill's status lookup slows gradually through the afternoon (a table growing without an "
        "index, a cache filling): +0 to +3.5 s over 150 minutes, still answering"
    ),
    "night_stop": (
        "a night-time routing change: appointment's number receives no calls for 55 minutes at "
        "about one call every three minutes"
    ),
    "canary_asr_garbled": (
        "a canary build declares the wrong audio format to the speech recognizer: its calls get "
        "fragments back; the stable build is heard"
    ),
    "context_overflow": (
        "a prompt or retrieval change makes long calls overflow the model's context window: from "
        "the caller's 5th utterance the LLM request is refused and the session fails"
    ),
    "snow_morning": (
        "snow overnight: three in ten morning callers call 30-75 minutes later; the ramp is "
        "thinner and spills into the next hour, every call healthy"
    ),
    "model_swap": (
        "a healthy new model takes half of the GPT calls for ten hours, 10% slower to its first "
        "token, as successful as before"
    ),
}

PLAN_TEST9: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test9-a", 3501): (
        Row("10:47", 30, "barge_in_dead_air", f9.BargeInDeadAir(), "dead_air", {}),
        Row("13:26", 35, "early_goodbye", f9.EarlyGoodbye("appointment", "appointment-v9", callback=0.6),
            "containment_drop", {"workflow": "appointment"}),
        Row("15:40", 180, "creeping_tool",
            SlowRise("get_refill_status", final_ms=3_500, ramp_ms=150 * MINUTE),
            "tool_latency:get_refill_status", {}),
    ),
    ("test9-b", 3531): (
        Row("02:35", 55, "night_stop", TrafficStop("appointment"), "traffic_stopped", {"workflow": "appointment"}),
        Row("09:18", 35, "canary_asr_garbled", f9.BuildAsr("garbled", p=0.55, version=CANARY_BUILD),
            "asr_garbled", {"agent_version": CANARY_BUILD}),
        Row("12:52", 30, "context_overflow", f9.ContextOverflow(nth=5), "agent_failed", {}),
    ),
    ("test9-benign", 3561): (
        Row("06:30", 180, "snow_morning", f9.SnowMorning(late=0.3, delay_min=(30, 75))),
        Row("11:10", 600, "model_swap", f9.ModelSwap(share=0.5, slower=1.1)),
    ),
}  # fmt: skip


def case_of(day: str, seed: int, row: Row) -> Case:
    """A plan row as a case. Evidence onset: the first affected call (delay 0), except the creeping
    tool, whose evidence begins when its added latency reaches 1 s (``kinds.evidence_delay_ms``)."""
    if row.kind not in WHERE_FROM:
        raise ValueError(f"{day}: {row.kind} has no line on where it comes from")
    return Case(
        name=f"{day}/{row.kind}@{row.at}",
        kind=row.kind,
        cause=row.cause,
        scope=dict(row.scope or {}),
        split=SPLIT,
        day=day,
        seed=seed,
        onset_ms=at(row.at),
        duration_ms=row.minutes * MINUTE,
        effect=row.effect,
        evidence_delay_ms=evidence_delay_ms(row.effect),
        real_world=WHERE_FROM[row.kind],
    )


def test9_days() -> list[Day]:
    """The simulated days of ``test9``, each with its cases."""
    return [
        Day(name, SPLIT, seed, tuple(case_of(name, seed, row) for row in rows))
        for (name, seed), rows in PLAN_TEST9.items()
    ]


def plan_days(
    split: str, plan: Mapping[tuple[str, int], tuple[Row, ...]], real_world: Mapping[str, str]
) -> list[Day]:
    """A later split's plan (day name and seed -> rows) as its simulated days, each row a case named
    ``day/kind@HH:MM`` with ``real_world[kind]``; the evidence onset is the first affected call except where
    ``kinds.evidence_delay_ms`` says otherwise (a slow rise: once the drift reaches 1 s). test12's and
    test13's days are built here."""
    return [
        Day(name, split, seed, tuple(
            Case(f"{name}/{row.kind}@{row.at}", row.kind, row.cause, dict(row.scope or {}), split=split, day=name,
                 seed=seed, onset_ms=at(row.at), duration_ms=row.minutes * MINUTE, effect=row.effect,
                 evidence_delay_ms=evidence_delay_ms(row.effect), real_world=real_world[row.kind])
            for row in rows
        ))
        for (name, seed), rows in plan.items()
    ]  # fmt: skip
