"""The ``test12`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used (a number port at night that
stops refill's and appointment's lines at once, dead air on refill's calls to the LLM whose API key
is rate-limited, a member lookup slowing over three hours, one replica of the member-verification
service slow) and two failure modes no earlier split had, from public issue threads (README.md,
"test12"): a speech-to-text endpointing change that finalises callers' long sentences after their
first words, and a canary build whose only fault is a loop on one intent of one line. Benign: a new
agent build rolled out to every stable call at once, a radio advert's twenty-minute burst on
appointment, and a long-weekend Friday whose afternoon and evening are quieter than last week's.

Its days draw seeds 3801, 3831 and 3861 (an hour h: seed + h; the same hour last week: seed + 1 + h),
so none of their hours is drawn by another split (test11 ends at 3786). Judged once, after the
detector and rules are frozen, by the detector's engineer; changing a case after a result voids the
result."""

from __future__ import annotations

from bench.alerts_cases import faults12 as f12
from bench.alerts_cases.case import Day
from bench.alerts_cases.day import MINUTE
from bench.alerts_cases.degradations import SlowRise
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults8 import ModelDeadAir, ReplicaSlowTool
from bench.alerts_cases.faults11 import LinesStop
from bench.alerts_cases.shifts import Holiday, Surge
from bench.alerts_cases.test9 import Row, plan_days

SPLIT = "test12"
SEEDS = (3801, 3831, 3861)  # 30 apart: see the module docstring
CANARY = "1.11.0-rc1"  # no earlier split's build

PRODUCTION: dict[str, str] = {  # kind -> how it happens in production (sources: README.md, "test12")
    "night_port_stop": (
        "a number port scheduled for the night: the losing carrier releases the numbers of refill's and "
        "appointment's lines before the gaining trunk routes them, so neither line gets a call for "
        "50 minutes at night; billing, on a number not being ported, is normal"
    ),
    "endpoint_cut": (
        "the speech-to-text endpointing silence is lowered in a config change: callers' long sentences "
        "are finalised after their first words; the agent answers the fragment by asking them to say "
        "it again, on every line"
    ),
    "throttled_key_dead_air": (
        "refill's API key for gpt-4o-mini hits its rate limit (429) and the agent's client retries "
        "with no deadline: from the caller's third utterance the agent says nothing more on those "
        "calls; callers ask whether anyone is there and hang up"
    ),
    "canary_intent_loop": (
        f"a canary build ({CANARY}) whose only fault is in appointment's schedule_appointment branch: "
        "it re-asks its question whatever the caller answers, until the caller asks for a person; "
        "every other canary call is healthy"
    ),
    "member_lookup_rise": (
        "the member database behind find_member slows over the afternoon (a table outgrowing its "
        "index, a replica falling behind): +0 to +3.2 s over 180 minutes, still answering"
    ),
    "verify_replica_slow": (
        "one of two replicas of the pharmacy benefit manager's eligibility service answers "
        "verify_member in 4-6.5 s instead of well under a second (the load balancer still sends it "
        "half the requests); callers fill the silence"
    ),
    "full_rollout": (
        "a new agent build (1.12.0) rolled out to every stable call at once at 08:43 instead of "
        "through the canary; it changes nothing a caller notices"
    ),
    "radio_advert": (
        "a radio advert for flu-shot appointments airs at 11:27: appointment gets 120% more calls for "
        "twenty minutes, all normal"
    ),
    "long_weekend_friday": (
        "the Friday before a long weekend: from 14:04 to midnight 30% of the calls last week's Friday "
        "had do not come, on every line alike"
    ),
}

PLAN_TEST12: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test12-a", 3801): (
        Row("01:38", 50, "night_port_stop", LinesStop(("refill", "appointment")), "traffic_stopped", {}),
        Row("10:53", 30, "endpoint_cut", f12.EndpointCut(min_words=8, p=0.7), "asr_garbled", {}),
        Row("16:22", 30, "throttled_key_dead_air", ModelDeadAir("refill", 3, model="gpt-4o-mini"),
            "dead_air", {"workflow": "refill"}),
    ),
    ("test12-b", 3831): (
        Row("09:41", 60, "canary_intent_loop",
            f12.CanaryIntentLoop("appointment", intent="schedule_appointment", version=CANARY),
            "agent_loop", {"agent_version": CANARY}),
        Row("12:19", 210, "member_lookup_rise", SlowRise("find_member", final_ms=3_200, ramp_ms=180 * MINUTE),
            "tool_latency:find_member", {}),
        Row("16:57", 30, "verify_replica_slow",
            ReplicaSlowTool("refill", "verify_member", latency_ms=(4_000, 6_500), share=0.5),
            "tool_latency:verify_member", {"workflow": "refill"}),
    ),
    ("test12-benign", 3861): (
        Row("08:43", 600, "full_rollout", BlueGreen("1.12.0", share=1.0)),
        Row("11:27", 20, "radio_advert", Surge(1.2, "appointment")),
        Row("14:04", 596, "long_weekend_friday", Holiday(0.3)),
    ),
}  # fmt: skip


def test12_days() -> list[Day]:
    """The simulated days of ``test12``, each with its cases; the evidence onset is the first
    affected call, except for the slow rise (``evidence_delay_ms``: once the drift reaches 1 s).
    Pytest does not collect this module: it is not under tests/."""
    return plan_days(SPLIT, PLAN_TEST12, PRODUCTION)
