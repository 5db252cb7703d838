"""The ``test5`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used (speech recognition empty on one
line at night, dead air after the caller's first utterance on one canary build only, a tool slow
only for long inputs, traffic stopping on two workflows at once, a loop whose share grows as a
session store fills) and failure modes no earlier split had, from public post-mortems and issue
threads (README.md, "test5"): the relay's WebSocket dropping mid-call, an LLM answering in the wrong
language. Benign: a storm day's short informational calls, a slightly faster build on 30%.

Seeds 8101, 8131, 8161: a day draws hour ``h`` from ``seed + h`` and its last week from
``seed + 1 + h``, so no hour's draws are shared with each other or with any other split (tune
2026-2070, test 7301-7335, test2 4101-4245, test3 5101-5276, test4 6101-6185). Scored once, by
someone else, after the detector and rules are frozen; a case changed after a result voids it.

Each row is the whole expectation: onset, minutes, kind and the effect, from which the cause and
the scope a page must name follow (``expected``). Two cases of one kind at one onset (the traffic
stop on two workflows) are told apart by their workflow in the name."""

from __future__ import annotations

from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.degradations import Asr
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults5 import (
    BuildDeadAir,
    FasterBuild,
    SlowOnLongInput,
    SocketDrop,
    StateLoss,
    StormCalls,
    WrongLanguage,
)
from bench.alerts_cases.incidents import TrafficStop
from bench.alerts_cases.kinds import Kind, Row, catalog, plan_cases, plan_days, workflow_scope

SPLIT = "test5"
SEEDS = (8101, 8131, 8161)

KINDS_TEST5: dict[str, Kind] = catalog(
    Kind("night_asr", False, "a speech-to-text model or endpoint change on one line in a night "
         "window: three in four of billing's caller turns come back empty at ~25 calls an hour"),
    Kind("build_dead_air", False, "a canary build (1.9.0-rc1) whose LLM client lost its timeout: "
         "its calls go silent after the caller's first utterance; the stable build is fine"),
    Kind("socket_drop", False, "the relay's WebSocket drops mid-call (a load balancer's "
         "connection limit, a node drained without waiting): a quarter of the calls fail"),
    Kind("state_loss_loop", False, "the session-state store fills and evicts: the agent "
         "forgets answers and re-asks, on a share of refill's calls that grows 10% -> 80%"),
    Kind("wrong_language", False, "a model update drops the language pin: a third of "
         "gpt-4o-mini calls get answered in Spanish; callers ask for a person or hang up"),
    Kind("traffic_stops", False, "a routing change on the shared number plan: appointment "
         "and refill receive no calls at once, billing untouched"),
    Kind("slow_long_input", False, "a backtracking name pattern in the patient search: "
         "find_patient takes 5-8 s when the caller's utterance has 12+ words, fast otherwise"),
    Kind("storm_calls", True, "a storm: appointment gets twice its calls for 3.5 h, all short "
         "'are you open?' calls that end well"),
    Kind("faster_build", True, "a slightly faster healthy release (1.9.1) on 30% of stable "
         "calls for eight hours, not flagged canary"),
)  # fmt: skip

PLAN_TEST5: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test5-a", 8101): (
        ("02:20", 45, "night_asr", Asr("empty", p=0.75, workflow="billing")),
        ("10:55", 35, "build_dead_air", BuildDeadAir(version="1.9.0-rc1", after=1)),
        ("12:50", 30, "socket_drop", SocketDrop(share=0.25)),
        ("16:25", 40, "state_loss_loop", StateLoss("refill", shares=(0.1, 0.8))),
    ),
    ("test5-b", 8131): (
        ("09:55", 30, "wrong_language", WrongLanguage("gpt-4o-mini", share=0.35)),
        ("12:35", 35, "traffic_stops", TrafficStop("appointment")),  # the same routing change
        ("12:35", 35, "traffic_stops", TrafficStop("refill")),
        ("15:05", 35, "slow_long_input",
         SlowOnLongInput("appointment", "find_patient", latency_ms=(5_000, 8_000), min_words=12)),
    ),
    ("test5-benign", 8161): (
        ("08:30", 210, "storm_calls", StormCalls("appointment", rate=1.0)),
        ("13:15", 480, "faster_build", FasterBuild("1.9.1", share=0.3, faster=0.85)),
    ),
}  # fmt: skip


def expected(effect: Effect) -> tuple[str | None, dict[str, str]]:
    """The cause a page must carry and the scope it must name; None: no page at all."""
    where = workflow_scope(effect)
    if isinstance(effect, BuildDeadAir):
        return "dead_air", {"agent_version": effect.version}
    if isinstance(effect, SlowOnLongInput):
        return f"tool_latency:{effect.tool}", where
    if isinstance(effect, Asr):
        return f"asr_{effect.mode}", where
    if isinstance(effect, SocketDrop):
        return "agent_failed", where  # the platform's side failed: never a caller's hang-up
    if isinstance(effect, StateLoss):
        return "agent_loop", where
    if isinstance(effect, WrongLanguage):
        return "containment_drop", {}  # callers escalate; the vocabulary has no language cause
    if isinstance(effect, TrafficStop):
        return "traffic_stopped", where
    if isinstance(effect, StormCalls | FasterBuild):
        return None, {}
    raise TypeError(f"no expected cause for {effect!r}")


def _cases(name: str, seed: int, rows: tuple[Row, ...]) -> tuple[Case, ...]:
    """One day's cases (the tests build a row's case alone on a small day)."""
    return plan_cases(SPLIT, name, seed, rows, KINDS_TEST5, expected)


def test5_days() -> list[Day]:
    """The simulated days of ``test5``, each with its cases (the 12:35 traffic stop on two workflows:
    a case, and a page, for each)."""
    return plan_days(SPLIT, PLAN_TEST5, KINDS_TEST5, expected)
