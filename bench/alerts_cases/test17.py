"""The ``test17`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used, each a way voice agents really
break in production: appointment's agent crash-looping after a night deploy, refill's text-to-speech
voice stalling on half its calls, one of appointment's two SIP trunks going down, refill's drug names
garbled once its recognizer loses its custom vocabulary, refill's pharmacy status lookup slowing past
the agent's deadline, and appointment's conversation-state store evicting more and more sessions so
the agent re-asks (a loop that starts slowly). No new failure mode: every effect is an earlier
module's, with settings no split used. Benign: a heat-wave morning on every line, a short lunch dip,
and a patch release that changes nothing rolled to two fifths of the calls.

Its days draw seeds 4901, 4931 and 4961 (an hour h: seed + h; the same hour last week: seed + 1 + h),
so none of their hours is drawn by another split (test16 ends at 4886, test3 starts at 5101). Judged
once, after the detector and rules are frozen, by the lead; changing a case after a result voids the
result."""

from __future__ import annotations

from bench.alerts_cases.case import Day
from bench.alerts_cases.degradations import Asr
from bench.alerts_cases.faults import CarrierDrop, TtsStuck
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults5 import StateLoss
from bench.alerts_cases.faults6 import LunchLull
from bench.alerts_cases.faults13 import SlowPastDeadline
from bench.alerts_cases.incidents import AgentDown
from bench.alerts_cases.shifts import Surge
from bench.alerts_cases.test9 import Row, plan_days

SPLIT = "test17"
SEEDS = (4901, 4931, 4961)  # 30 apart: see the module docstring
RELEASE = "1.17.0"  # no earlier split's build

PRODUCTION: dict[str, str] = {  # kind -> how it happens in production (sources: README.md, "test17")
    "night_deploy_crashloop": (
        "appointment's agent service is redeployed in the night maintenance window and its new pods "
        "crash on start (a missing environment variable): nothing answers the relay's WebSocket, every "
        "appointment call ends failed/upstream_lost within 1.5 s with nothing said; billing and refill "
        "run their own services and go on as ever"
    ),
    "tts_voice_stall": (
        "the text-to-speech provider's streaming endpoint for the voice refill uses stalls for part of "
        "its sessions: the agent's replies are sent on time but no audio plays on about half of "
        "refill's calls; callers hear silence, ask whether anyone is there and hang up. The other "
        "lines use other voices and are heard as ever"
    ),
    "sip_trunk_half_down": (
        "one of the SIP trunks that carry appointment's number goes down at the carrier; the calls "
        "routed to it never reach the platform, about 60% of appointment's calls. Nothing errors on "
        "our side, the calls that arrive are normal; the other numbers use other trunks"
    ),
    "drug_names_garbled": (
        "a configuration push replaces refill's recognizer settings and drops its custom vocabulary "
        "(drug and pharmacy names): refill's caller turns often come back as a few wrong words "
        "(p 0.4); the agent asks to repeat, some callers give up. The other lines never had one"
    ),
    "refill_status_past_deadline": (
        "the pharmacy system behind refill's get_refill_status slows after its vendor's update "
        "(2.5-7.5 s instead of well under a second); refill's tool client gives up at 5 s, so about "
        "half the status checks time out and those callers are handed to a person, the rest wait"
    ),
    "session_store_eviction_loop": (
        "the store that keeps appointment's conversation state fills up and starts evicting: the "
        "agent forgets what the caller just answered and re-asks, on 15% of appointment's calls at "
        "onset growing to 60% forty minutes later, until the caller asks for a person"
    ),
    "heatwave_morning": (
        "a heat-wave warning: more people stay home and call in the morning, every line gets 25% more "
        "calls for an hour and a half, every call normal"
    ),
    "short_lunch_dip": (
        "the lunch hour: 20% of the callers (half of the short informational ones) do not call from "
        "12:13 to 13:13, every call that comes is normal"
    ),
    "patch_release": (
        f"a patch release ({RELEASE}) that only bumps dependencies, rolled blue/green to two fifths of "
        "the stable calls from 14:38 for four hours: a version label with no history, every call as "
        "before"
    ),
}

PLAN_TEST17: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test17-a", 4901): (
        Row("04:37", 50, "night_deploy_crashloop", AgentDown("appointment"), "agent_failed",
            {"workflow": "appointment"}),
        Row("10:06", 35, "tts_voice_stall", TtsStuck(share=0.5, workflow="refill"), "dead_air",
            {"workflow": "refill"}),
        Row("14:29", 40, "sip_trunk_half_down", CarrierDrop(share=0.6, workflow="appointment"),
            "traffic_stopped", {"workflow": "appointment"}),
    ),
    ("test17-b", 4931): (
        Row("09:14", 35, "drug_names_garbled", Asr("garbled", p=0.4, workflow="refill"), "asr_garbled",
            {"workflow": "refill"}),
        Row("11:43", 45, "refill_status_past_deadline",
            SlowPastDeadline("refill", "get_refill_status", latency_ms=(2_500, 7_500), deadline_ms=5_000),
            "tool_failure:get_refill_status", {"workflow": "refill"}),
        Row("15:17", 40, "session_store_eviction_loop", StateLoss("appointment", shares=(0.15, 0.6)),
            "agent_loop", {"workflow": "appointment"}),
    ),
    ("test17-benign", 4961): (
        Row("08:31", 90, "heatwave_morning", Surge(0.25)),
        Row("12:13", 60, "short_lunch_dip", LunchLull(away=0.2, short_away=0.5)),
        Row("14:38", 240, "patch_release", BlueGreen(RELEASE, share=0.4)),
    ),
}  # fmt: skip


def test17_days() -> list[Day]:
    """The simulated days of ``test17``, each with its cases; the evidence onset is the first
    affected call (the loop's share grows, but its first looping call is its evidence). Pytest does
    not collect this module: it is not under tests/."""
    return plan_days(SPLIT, PLAN_TEST17, PRODUCTION)
