"""Which cases happen on which simulated day: a TUNE set to tune the alerts on and a TEST set kept
for one final run. The two use different seeds, onsets, workflows, tools, builds and variants.

Each day is one simulated 24 h (the eval's day/night curve) with its cases hours apart; a day with
two cases on one workflow tests that the first incident does not poison the baseline of the second.
"""

from __future__ import annotations

from bench.alerts_cases import split_file
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.degradations import Asr, CanaryCrash, SlowRise
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.incidents import AgentDown, AgentLoop, DeadAir, SlowTool, TrafficStop
from bench.alerts_cases.kinds import KINDS, expected
from bench.alerts_cases.shifts import Holiday, Launch, Surge

# test3 is last (splits.SPLITS), as it was when it was a module outside this one; the rest are files
SPLITS = (
    "tune",
    "test",
    *(split for split in split_file.SPLITS if split != "test3"),
)  # test2 on: split_files/
Row = tuple[str, int, str, Effect]  # (onset "HH:MM", minutes, kind, effect)

_PLAN: dict[tuple[str, str, int], tuple[Row, ...]] = {
    # ---- TUNE: seeds 2026 and 2046 ----
    ("tune", "tune-a", 2026): (
        ("03:00", 30, "night_outage", AgentDown()),
        ("10:00", 30, "dead_air", DeadAir("billing")),
        ("12:00", 30, "slow_tool", SlowTool("billing", "get_balance")),
        ("14:00", 30, "traffic_stops", TrafficStop("appointment")),
        ("16:00", 30, "agent_loop", AgentLoop("refill")),
    ),
    ("tune", "tune-b", 2046): (
        ("10:30", 30, "asr_empty", Asr("empty")),
        ("12:30", 30, "canary_regression", CanaryCrash("1.5.0-rc2")),
        ("14:00", 210, "slow_rise", SlowRise("agent", final_ms=3_000)),
    ),
    ("tune", "tune-c", 2026): (  # an incident, then a second on the same workflow an hour later
        ("09:30", 30, "agent_loop", AgentLoop("billing")),
        ("11:00", 30, "dead_air", DeadAir("billing")),
        ("15:00", 30, "asr_garbled", Asr("garbled")),
        ("21:30", 30, "slow_tool", SlowTool("appointment", "find_slots")),
    ),
    ("tune", "tune-benign", 2046): (
        ("10:00", 120, "campaign", Surge(0.6, "billing")),
        ("13:00", 660, "launch", Launch("claims", like="billing")),
        ("16:00", 60, "surge", Surge(0.2)),
    ),
    ("tune", "tune-holiday", 2026): (("00:00", 24 * 60, "holiday", Holiday(0.5)),),
    # ---- TEST: seeds 7301 and 7311, kept for the final run ----
    ("test", "test-a", 7301): (
        ("04:10", 30, "night_outage", DeadAir(None, after=1)),
        ("11:00", 30, "slow_tool", SlowTool("refill", "lookup_prescription")),
        ("13:20", 30, "traffic_stops", TrafficStop("billing")),
        ("15:30", 30, "dead_air", DeadAir("appointment")),
        ("17:10", 30, "agent_loop", AgentLoop("appointment")),
    ),
    ("test", "test-b", 7311): (
        ("10:20", 30, "asr_garbled", Asr("garbled", p=0.45)),
        ("12:00", 210, "slow_rise", SlowRise("find_account", final_ms=4_000)),
        ("16:10", 30, "canary_regression", CanaryCrash("1.5.0-rc3")),
    ),
    ("test", "test-c", 7301): (  # an incident, then a second on the same workflow 45 min later
        ("05:30", 30, "night_outage", AgentDown("billing")),
        ("10:10", 30, "dead_air", DeadAir("refill")),
        ("11:25", 30, "traffic_stops", TrafficStop("refill")),
        ("14:45", 30, "asr_empty", Asr("empty", p=0.45)),
        ("18:00", 210, "slow_rise", SlowRise("agent", final_ms=2_500)),
    ),
    ("test", "test-benign", 7311): (
        ("09:30", 60, "surge", Surge(0.2)),
        ("11:30", 750, "launch", Launch("insurance", like="appointment")),
        ("14:00", 120, "campaign", Surge(0.6, "appointment")),
    ),
    ("test", "test-holiday", 7301): (("00:00", 24 * 60, "holiday", Holiday(0.5)),),
}


def _case(split: str, day: str, seed: int, row: Row) -> Case:
    """A plan row as a case (``split_file.case_of``, the one builder of a case from a row), with the cause
    and scope ``kinds.expected`` gives its effect and its kind's text from ``KINDS``."""
    onset, minutes, kind, effect = row
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind}")
    cause, scope = expected(effect)
    return split_file.case_of(
        split,
        day,
        seed,
        split_file.Row(onset, minutes, kind, effect, cause, scope),
        {kind: KINDS[kind].real_world},
    )


def days(split: str) -> list[Day]:
    """The simulated days of a split, each with its cases."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    if split in split_file.SPLITS:  # a data file (split_files/<split>.toml)
        return split_file.days(split)
    return [
        Day(name, split, seed, tuple(_case(split, name, seed, row) for row in rows))
        for (s, name, seed), rows in _PLAN.items()
        if s == split
    ]


def cases(split: str) -> list[Case]:
    """Every case of a split (incidents and benign shifts), day by day, in onset order."""
    return [case for day in days(split) for case in sorted(day.cases, key=lambda c: c.onset_ms)]


def seeds(split: str) -> list[int]:
    """The seeds a split's days use (the eval needs a normal day and a last week for each)."""
    return sorted({day.seed for day in days(split)})
