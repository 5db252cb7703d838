"""The ``test15`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used, each a way voice agents really
break in production: the relay gateway's night scale-in cutting live sessions on nodes removed
without draining, billing's agent going silent once a tool has answered, the billing and refill
numbers sent to the after-hours message by a mistaken office-hours override, refill's later caller
turns coming back empty once its recognizer stream closes for want of keep-alives, billing's
account system slowing until part of its lookups come after the agent's deadline, and a canary build
whose answer handling re-asks every question. No new failure mode: every effect is an earlier
module's, with settings no split used. Benign: calls to reschedule after clinics closed for snow, a
release that changes nothing rolled to three quarters of the calls, and a cup-final afternoon.

Its days draw seeds 4701, 4731 and 4761 (an hour h: seed + h; the same hour last week: seed + 1 + h),
so none of their hours is drawn by another split (test14 ends at 4386, test3 starts at 5101). Judged
once, after the detector and rules are frozen, by the lead; changing a case after a result voids the
result."""

from __future__ import annotations

from bench.alerts_cases.case import Day
from bench.alerts_cases.faults3 import CanaryLoop
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults5 import SocketDrop
from bench.alerts_cases.faults6 import DeadAirAfterTool
from bench.alerts_cases.faults8 import LateAsr
from bench.alerts_cases.faults11 import LinesStop
from bench.alerts_cases.faults13 import SlowPastDeadline
from bench.alerts_cases.shifts import Holiday, Surge
from bench.alerts_cases.test9 import Row, plan_days

SPLIT = "test15"
SEEDS = (4701, 4731, 4761)  # 30 apart: see the module docstring
CANARY = "1.15.0-rc1"  # no earlier split's build
RELEASE = "1.15.0"  # no earlier split's build

PRODUCTION: dict[str, str] = {  # kind -> how it happens in production (sources: README.md, "test15")
    "night_scale_in_drop": (
        "the relay gateway scales in from five nodes to two after the evening peak and the three it removes "
        "are not drained: "
        "their live WebSocket sessions are cut mid-call (a close with no reason), about 60% of the "
        "calls of the window end failed/upstream_lost at that moment; nothing is said after it"
    ),
    "after_tool_dead_air": (
        "billing's agent sends the tool's answer back to the model and that request hangs (an SDK "
        "regression on the answer-after-tool path, a stream with no deadline): every billing call "
        "whose first tool answers in the window goes silent there; callers ask whether anyone is "
        "there and hang up"
    ),
    "office_hours_stop": (
        "an hours-of-operation override meant for a coming holiday is saved with today's date on the "
        "schedule shared by the billing and refill numbers: the flow's hours check sends their "
        "callers to the after-hours message, no call reaches the agent on those two lines; "
        "appointment keeps its own schedule and runs as ever"
    ),
    "stt_keepalive_empty": (
        "a recognizer client upgrade on refill stops sending keep-alive messages while the agent "
        "speaks; the provider closes a stream that hears no audio for about ten seconds, so after "
        "refill's long readouts the caller's later turns (from the third) mostly come back empty; "
        "'Sorry, I didn't catch that', repeats, some give up. The other lines are heard as ever"
    ),
    "account_past_deadline": (
        "the account system behind find_account slows during its re-indexing after a vendor release "
        "(4-10 s instead of 0.12-0.7 s); billing's tool client gives up at 7 s, so about half the "
        "lookups time out and those callers are handed to a person, the rest wait"
    ),
    "canary_reask_loop": (
        f"a canary build ({CANARY}, ~10% of the calls on every line) changes how the caller's answers "
        "are marked as received: none is, so the agent re-asks its question whatever the caller says, "
        "until the caller asks for a person; the stable build is untouched"
    ),
    "snow_closure_calls": (
        "the morning after clinics closed for snow and ice: patients call appointment to reschedule "
        "and to ask whether their clinic is open, 80% more calls for two hours, every call normal"
    ),
    "logging_release": (
        f"a release ({RELEASE}) with a logging change only, rolled blue/green to three quarters of "
        "the stable calls from 09:57 for four hours: a version label with no history, every call as "
        "before"
    ),
    "cup_final_afternoon": (
        "the afternoon of a cup final the region's team plays in: from 15:06 to 17:36 about a third "
        "of the usual callers (0.35) do not call, on every line alike"
    ),
}

PLAN_TEST15: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test15-a", 4701): (
        Row("02:14", 45, "night_scale_in_drop", SocketDrop(share=0.6), "agent_failed", {}),
        Row("10:41", 30, "after_tool_dead_air", DeadAirAfterTool("billing"), "dead_air", {"workflow": "billing"}),
        Row("13:17", 35, "office_hours_stop", LinesStop(("billing", "refill")), "traffic_stopped", {}),
    ),
    ("test15-b", 4731): (
        Row("09:22", 35, "stt_keepalive_empty", LateAsr("empty", p=0.85, workflow="refill", after=2),
            "asr_empty", {"workflow": "refill"}),
        Row("12:09", 35, "account_past_deadline",
            SlowPastDeadline("billing", "find_account", latency_ms=(4_000, 10_000), deadline_ms=7_000),
            "tool_failure:find_account", {"workflow": "billing"}),
        Row("15:34", 45, "canary_reask_loop", CanaryLoop(CANARY, prompt=15), "agent_loop",
            {"agent_version": CANARY}),
    ),
    ("test15-benign", 4761): (
        Row("07:38", 120, "snow_closure_calls", Surge(0.8, "appointment")),
        Row("09:57", 240, "logging_release", BlueGreen(RELEASE, share=0.75)),
        Row("15:06", 150, "cup_final_afternoon", Holiday(0.35)),
    ),
}  # fmt: skip


def test15_days() -> list[Day]:
    """The simulated days of ``test15``, each with its cases; the evidence onset is the first
    affected call (no case here ramps up). Pytest does not collect this module: it is not under
    tests/."""
    return plan_days(SPLIT, PLAN_TEST15, PRODUCTION)
