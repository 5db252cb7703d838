"""The ``test11`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used (a number-routing change that
stops billing and appointment at once, a tool answering 502 for a third of refill's submissions, a
night text-to-speech outage that silences 45% of the agent's replies, a caller lookup slowing over
three hours, a prompt that re-asks on 60% of appointment's calls) and a failure mode no earlier
split had, from public issue threads (README.md, "test11"): the LLM provider's content filter
blocking refill's replies once the caller names the medication (the agent refuses and hands off).
Benign: a new membership line open 10:12-18:00, and a payment-reminder SMS that brings billing a
short evening burst of calls.

Its days draw seeds 3701, 3731 and 3761 (an hour h: seed + h; the same hour last week: seed + 1 + h),
so none of their hours is drawn by another split (test10 ends at 3686, test9 at 3586). Judged once,
after the detector and rules are frozen, by the detector's engineer; changing a case after a result
voids the result."""

from __future__ import annotations

from typing import Any

from bench.alerts_cases import faults11 as f11
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.day import MINUTE, at
from bench.alerts_cases.degradations import SlowRise
from bench.alerts_cases.faults import PromptLoop, ToolErrors, TtsStuck
from bench.alerts_cases.kinds import evidence_delay_ms
from bench.alerts_cases.shifts import Launch, Surge
from bench.alerts_cases.test9 import Row

SPLIT = "test11"
SEEDS = (3701, 3731, 3761)  # 30 apart: see the module docstring

REAL_WORLD: dict[str, str] = {  # kind -> how it happens in production (sources: README.md, "test11")
    "two_line_reroute": (
        "a number-routing change on the SIP trunk that carries billing's and appointment's numbers "
        "(their numbers mapped to a trunk that no longer reaches the platform): neither line gets a "
        "call for 35 minutes; refill, on another number, is normal"
    ),
    "submit_502": (
        "the pharmacy system's gateway answers submit_refill with 502 for about a third of the "
        "requests (one unhealthy upstream behind a load balancer); the agent apologises and hands off"
    ),
    "content_filter": (
        "the LLM provider's content filter starts blocking replies once a caller names a medication "
        "(a stricter filter setting or a model update): refill's agent refuses and hands the caller "
        "to a person"
    ),
    "night_tts_outage": (
        "the text-to-speech provider fails at night (a cloud network fault, 41% of requests at its "
        "peak): 45% of calls get an agent reply that never plays; callers ask if anyone is there "
        "and hang up"
    ),
    "caller_lookup_rise": (
        "the CRM behind lookup_caller (the caller-ID lookup of every line's short calls, from "
        "callers known by their number) degrades over the morning (a stale replica, a table "
        "outgrowing its index): +0 to +2.8 s over 150 minutes, still answering"
    ),
    "reconfirm_loop": (
        "a prompt change on appointment (appointment-v11, 60% of its calls) makes the agent "
        "re-confirm the detail it just asked for whatever the caller answers, until the caller asks "
        "for a person"
    ),
    "membership_launch": (
        "a new membership line opens at 10:12 with 12% of the day's volume and closes at 18:00, "
        "as its hours say; no history"
    ),
    "sms_reminder_burst": (
        "a payment-reminder SMS sent to every customer at once at 19:37: billing gets 90% more "
        "calls for 25 minutes, all normal"
    ),
}

PLAN_TEST11: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test11-a", 3701): (
        Row("08:47", 35, "two_line_reroute", f11.LinesStop(("billing", "appointment")), "traffic_stopped", {}),
        Row("11:58", 30, "submit_502", ToolErrors("refill", "submit_refill", 0.35, "upstream_502"),
            "tool_failure:submit_refill", {"workflow": "refill"}),
        Row("15:26", 30, "content_filter", f11.ContentFilter("refill", "lookup_prescription", share=0.7),
            "containment_drop", {"workflow": "refill"}),
    ),
    ("test11-b", 3731): (
        Row("02:51", 50, "night_tts_outage", TtsStuck(share=0.45), "dead_air", {}),
        Row("09:33", 180, "caller_lookup_rise", SlowRise("lookup_caller", final_ms=2_800, ramp_ms=150 * MINUTE),
            "tool_latency:lookup_caller", {}),
        Row("14:41", 30, "reconfirm_loop", PromptLoop("appointment", prompt_version="appointment-v11", share=0.6),
            "agent_loop", {"workflow": "appointment"}),
    ),
    ("test11-benign", 3761): (
        Row("10:12", 468, "membership_launch", Launch("membership", like="appointment", share=0.12)),
        Row("19:37", 25, "sms_reminder_burst", Surge(0.9, "billing")),
    ),
}  # fmt: skip


def _case(day: str, seed: int, row: Row) -> Case:
    """A plan row as a case; the evidence onset is the first affected call, except for the slow rise
    (``evidence_delay_ms``: once the drift reaches 1 s)."""
    where: dict[str, Any] = {
        "split": SPLIT,
        "day": day,
        "seed": seed,
        "onset_ms": at(row.at),
    }
    told: dict[str, Any] = {
        "evidence_delay_ms": evidence_delay_ms(row.effect),
        "real_world": REAL_WORLD[row.kind],
    }
    name, scope = f"{day}/{row.kind}@{row.at}", dict(row.scope or {})
    return Case(
        name, row.kind, row.cause, scope, duration_ms=row.minutes * MINUTE, effect=row.effect, **where, **told
    )


def test11_days() -> list[Day]:
    """The simulated days of ``test11``, each with its cases (pytest does not collect this module:
    it is not under tests/)."""
    return [
        Day(name, SPLIT, seed, tuple(_case(name, seed, r) for r in rows))
        for (name, seed), rows in PLAN_TEST11.items()
    ]
