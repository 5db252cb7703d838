"""The ``test14`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used, each a way voice agents really
break in production: the refill line's agent failing to come up after its night deploy, appointment's
calls going silent after the caller's first words when the model most calls run on stalls its stream,
billing's menu option re-pointed at the refill flow, appointment's transcripts garbled after a change
to its recognizer's settings, the pharmacy system behind ``lookup_prescription`` slowing until part of
its answers come after the agent's deadline, and billing's conversation state evicted from a full
session store so the agent re-asks what it was just told. No new failure mode: every effect is an
earlier module's, with settings no split used. Benign: a flu-shot e-mail to patients, a lunch dip,
and a release that changes nothing rolled to a quarter of the calls.

Its days draw seeds 4301, 4331 and 4361 (an hour h: seed + h; the same hour last week: seed + 1 + h),
so none of their hours is drawn by another split (test2 ends at 4246, test3 starts at 5101). Judged
once, after the detector and rules are frozen, by the detector's engineer; changing a case after a
result voids the result."""

from __future__ import annotations

from bench.alerts_cases.case import Day
from bench.alerts_cases.degradations import Asr
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults5 import StateLoss
from bench.alerts_cases.faults6 import LunchLull
from bench.alerts_cases.faults7 import Rerouted
from bench.alerts_cases.faults8 import ModelDeadAir
from bench.alerts_cases.faults13 import SlowPastDeadline
from bench.alerts_cases.incidents import AgentDown
from bench.alerts_cases.shifts import Surge
from bench.alerts_cases.test9 import Row, plan_days

SPLIT = "test14"
SEEDS = (4301, 4331, 4361)  # 30 apart: see the module docstring
RELEASE = "1.14.0"  # no earlier split's build

PRODUCTION: dict[str, str] = {  # kind -> how it happens in production (sources: README.md, "test14")
    "night_refill_deploy": (
        "the refill line's agent service is redeployed in the night's change window with a secret "
        "missing from its new environment: the process never becomes ready, the load balancer has no "
        "healthy upstream, every refill call fails to connect to the agent and ends within 1.5 s with "
        "nothing said; the other lines run on their own services and are untouched"
    ),
    "mini_stream_dead_air": (
        "the provider's gpt-4o-mini streaming endpoint starts hanging requests without closing them and "
        "the agent's await has no deadline: on appointment (the line whose prompt sends the caller's "
        "first words straight to the model) every gpt-4o-mini call goes silent after the caller's first "
        "utterance; callers ask whether anyone is there and hang up. The rules engine and claude go on"
    ),
    "menu_option_reroute": (
        "an edit to the main number's IVR flow points the 'billing' menu option at the refill flow: "
        "billing receives no call at all, refill receives callers who meant billing (served as refill's "
        "callers); nothing errors"
    ),
    "appointment_asr_garbled": (
        "a settings change on appointment's speech-recognition configuration (a model or keyword-boost "
        "list swapped in a config push) makes two thirds of its callers' turns come back as a few "
        "mumbled words; the agent asks them to repeat, some give up; the other lines are heard as ever"
    ),
    "pharmacy_past_deadline": (
        "the pharmacy system behind lookup_prescription slows during its morning batch (5-13 s instead "
        "of 0.25-1.5 s); the agent's tool client gives up at 9 s, so about half the lookups time out "
        "and those callers are handed to a person, the rest wait"
    ),
    "session_store_loop": (
        "the store that keeps billing's conversation state reaches its memory limit and starts evicting "
        "live keys: a growing share of calls (30% at onset, 90% by the end) lose what the caller just "
        "answered and the agent re-asks it until the caller asks for a person"
    ),
    "flu_shot_email": (
        "a clinic group e-mails its patients that flu-shot appointments are open: appointment gets 50% "
        "more calls for two hours, every call normal"
    ),
    "lunch_dip": (
        "the lunch hour and a bit: a quarter of the callers (70% of the short informational ones) do "
        "not call from 12:07 to 13:27, every call that comes is normal"
    ),
    "quiet_release": (
        f"a release ({RELEASE}) with dependency bumps only, rolled blue/green to a quarter of the stable "
        "calls from 13:41: a version label with no history, every call as before"
    ),
}

PLAN_TEST14: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test14-a", 4301): (
        Row("03:47", 45, "night_refill_deploy", AgentDown("refill"), "agent_failed", {"workflow": "refill"}),
        Row("10:58", 30, "mini_stream_dead_air", ModelDeadAir("appointment", after=1, model="gpt-4o-mini"),
            "dead_air", {"workflow": "appointment"}),
        Row("15:13", 35, "menu_option_reroute", Rerouted("billing", to="refill", rate=0.8), "traffic_stopped",
            {"workflow": "billing"}),
    ),
    ("test14-b", 4331): (
        Row("08:16", 35, "appointment_asr_garbled", Asr("garbled", p=0.65, workflow="appointment"),
            "asr_garbled", {"workflow": "appointment"}),
        Row("11:26", 35, "pharmacy_past_deadline",
            SlowPastDeadline("refill", "lookup_prescription", latency_ms=(5_000, 13_000), deadline_ms=9_000),
            "tool_failure:lookup_prescription", {"workflow": "refill"}),
        Row("14:19", 30, "session_store_loop", StateLoss("billing", shares=(0.3, 0.9)), "agent_loop",
            {"workflow": "billing"}),
    ),
    ("test14-benign", 4361): (
        Row("09:13", 120, "flu_shot_email", Surge(0.5, "appointment")),
        Row("12:07", 80, "lunch_dip", LunchLull(away=0.25, short_away=0.7)),
        Row("13:41", 540, "quiet_release", BlueGreen(RELEASE, share=0.25)),
    ),
}  # fmt: skip


def test14_days() -> list[Day]:
    """The simulated days of ``test14``, each with its cases; the evidence onset is the first
    affected call (no case here ramps up). Pytest does not collect this module: it is not under
    tests/."""
    return plan_days(SPLIT, PLAN_TEST14, PRODUCTION)
