"""The ``test7`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used (dead air only after the agent
tried to hand the call off, a tool slow only on the stable build, refill's traffic stopping while
appointment's rises, a loop on one intent at half its calls, empty transcripts only for one
carrier's callers) and failure modes no earlier split had, from public post-mortems and issue
threads (README.md, "test7"): a knowledge-base / retrieval outage that makes the agent answer "I
don't have that information" to one intent, and barge-in detection broken so the agent talks over
its callers. Benign: an evening with many more elderly callers, a burst of confirmation calls after
an SMS reminder batch.

Seeds 9201, 9231, 9261: a day draws hour ``h`` from ``seed + h`` and its last week from
``seed + 1 + h``, so no hour's draws are shared with each other or with any other split (tune
2026-2070, test 7301-7335, test2 4101-4245, test3 5101-5276, test4 6101-6185, test5 8101-8185,
test6 9101-9185). Scored once, by someone else, after the detector and rules are frozen; a case
changed after a result voids it."""

from __future__ import annotations

from bench.alerts_cases import faults7 as f7
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.day import MINUTE, at
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.kinds import Kind

SPLIT, SEEDS = "test7", (9201, 9231, 9261)  # seeds 30 apart (see the module's docstring)
CARRIER_AREA_CODES = ("929", "646")  # 2 of the simulator's 12 (test4's carrier had 312, 404, 512, 702)
Row = tuple[str, int, str, Effect, str | None, dict[str, str]]  # onset, minutes, kind, effect, cause, scope

_KINDS = (
    Kind("kb_outage", False, "the retrieval index behind refill's prescription answers is down "
         "(an expired vector-store key): callers asking for a refill hear 'I don't have that "
         "information' and ask for a person"),
    Kind("version_slow_tool", False, "billing's identity service answers in 3.5-5.5 s, but only to "
         "the stable build's client (an old proxy in its path); the canary build is not slowed"),
    Kind("reroute", False, "a routing change re-points refill's number at appointment's flow: "
         "refill receives no calls while appointment receives 60% more"),
    Kind("handoff_dead_air", False, "the transfer never starts after the agent's hand-off line "
         "(the hand-off webhook fails silently): every workflow's hand-offs end in silence"),
    Kind("carrier_asr", False, "one carrier's trunk changes codec: callers from two area codes "
         "get 70% of their turns back as empty transcripts, everyone else is heard"),
    Kind("barge_in_ignored", False, "barge-in detection broken (interruptible turned off in the "
         "call's TwiML): the agent talks over callers who interrupt; they ask for a person"),
    Kind("share_loop", False, "a prompt change behind an A/B flag: half of appointment's "
         "reschedule calls loop until the caller asks for a person"),
    Kind("elderly_evening", True, "an evening with many more older callers (40% of calls "
         "18:00-21:00): slower speech, longer pauses and calls, every call healthy"),
    Kind("reminder_callbacks", True, "an SMS reminder batch at 09:10: a 30-minute burst of short "
         "appointment confirmations, every call healthy"),
)  # fmt: skip
KINDS_TEST7: dict[str, Kind] = {kind.name: kind for kind in _KINDS}

PLAN_TEST7: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test7-a", 9201): (
        ("09:45", 35, "kb_outage", f7.KnowledgeOutage("refill", "refill_prescription"), "containment_drop",
         {"workflow": "refill"}),
        ("12:20", 35, "version_slow_tool", f7.VersionSlowTool("billing", "verify_identity", (3_500, 5_500)),
         "tool_latency:verify_identity", {"workflow": "billing"}),
        ("17:05", 25, "reroute", f7.Rerouted("refill", "appointment", rate=0.6), "traffic_stopped",
         {"workflow": "refill"}),
        ("19:40", 30, "handoff_dead_air", f7.HandoffDeadAir(), "dead_air", {}),
    ),
    ("test7-b", 9231): (
        ("08:35", 35, "carrier_asr", f7.CarrierAsr("empty", p=0.7, area_codes=CARRIER_AREA_CODES), "asr_empty", {}),
        ("10:25", 30, "barge_in_ignored", f7.BargeInIgnored(), "containment_drop", {}),
        ("13:35", 40, "share_loop", f7.ShareIntentLoop("appointment", intent="reschedule_appointment", share=0.5),
         "agent_loop", {"workflow": "appointment"}),
    ),
    ("test7-benign", 9261): (
        ("09:10", 30, "reminder_callbacks", f7.ReminderCallbacks(rate=4.0), None, {}),
        ("18:00", 180, "elderly_evening", f7.ElderlyEvening(share=0.4), None, {}),
    ),
}  # fmt: skip


def _case(day: str, seed: int, row: Row) -> Case:
    """One row of the plan as a case; the row names the cause and scope a page must carry."""
    onset, minutes, kind, effect, cause, scope = row
    if KINDS_TEST7[kind].benign is not (cause is None):
        raise ValueError(f"{day} {kind}: a benign kind has no cause, an incident has one")
    return Case(f"{day}/{kind}@{onset}", kind, cause, scope, SPLIT, day, seed, at(onset), minutes * MINUTE,
                effect, real_world=KINDS_TEST7[kind].real_world)  # fmt: skip


def test7_cases(name: str, seed: int) -> tuple[Case, ...]:
    """The cases of one ``test7`` day (evidence onset: the first affected call, delay 0)."""
    return tuple(_case(name, seed, row) for row in PLAN_TEST7[(name, seed)])


def test7_days() -> list[Day]:
    """The simulated days of ``test7``, each with its cases."""
    return [Day(name, SPLIT, seed, test7_cases(name, seed)) for name, seed in PLAN_TEST7]
