"""The ``test20`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. Each incident a way voice agents really break in production, in variants and at hours
no earlier split used: a nightly node-pool upgrade cutting half of billing's live calls at 03:53 (a
night-time fault at about one call a minute), billing's account lookup answering in 4-7 s after its
database failed over (the slow tool, still succeeding), a carrier fault losing half of refill's
calls for 50 minutes while the other lines are normal (a one-line partial drop), appointment's agent
going silent once a tool has answered (dead air), a prompt experiment looping on a third of billing's
calls (an agent loop), and a canary build whose audio format garbles speech recognition on its
calls only (a canary-only failure). No new effect: each is an earlier module's, with settings no
split used. Benign: a regional holiday morning where the lines drop by different amounts, a billing
notice mail-out, and a new vaccination line launched in the afternoon.

The slow tool repeats a tool cause (``tool_latency:find_account``, test's slow rise +4 s from 12:00):
``test_later_splits`` allows a (cause, tool) pair again when the effect's setting and the onset hour
differ (here a step to 4-7 s on billing at 10:16), never an identical repeat.

Its days draw seeds 5501, 5531 and 5561 (an hour h: seed + h; the same hour last week: seed + 1 + h),
so none of their hours is drawn by another split (test19 ends at 5485, test6 starts at 9101). Judged
once, after the detector and rules are frozen, by the lead; changing a case after a result voids the
result."""

from __future__ import annotations

from bench.alerts_cases.benign import HolidayMix
from bench.alerts_cases.case import Day
from bench.alerts_cases.faults import CarrierDrop, PromptLoop
from bench.alerts_cases.faults5 import SocketDrop
from bench.alerts_cases.faults6 import DeadAirAfterTool
from bench.alerts_cases.faults9 import BuildAsr
from bench.alerts_cases.incidents import SlowTool
from bench.alerts_cases.kinds import workflow_scope
from bench.alerts_cases.shifts import Launch, Surge
from bench.alerts_cases.test9 import Row, plan_days

SPLIT = "test20"
SEEDS = (5501, 5531, 5561)  # 30 apart: see the module docstring
CANARY = "1.20.0-rc1"  # no earlier split's build
PROMPT = "billing-v20"  # no earlier split's prompt

PRODUCTION: dict[str, str] = {  # kind -> how it happens in production (sources: README.md, "test20")
    "night_node_drain_billing": (
        "the managed cluster's nightly node-pool upgrade drains billing's agent nodes with a grace "
        "period shorter than a call: the relay's WebSocket to the agent is cut mid-call on half of "
        "billing's calls (failed/upstream_lost, nothing said after the cut) for 50 minutes at about "
        "one call a minute; the other lines run on another pool"
    ),
    "account_db_failover_slow": (
        "billing's account database fails over to a replica with a cold cache: find_account answers "
        "in 4-7 s instead of about half a second, still correctly, for 40 minutes; callers hear "
        "silence and fill it ('Hello?'). Billing's other tools and the other lines are normal"
    ),
    "refill_carrier_half_lost": (
        "a fault on the carrier that terminates refill's toll-free number (one trunk group of two "
        "failing call setup): half of refill's calls never reach the platform for 50 minutes; the "
        "calls that arrive are normal, the other lines' numbers are on another carrier"
    ),
    "after_tool_llm_hang": (
        "appointment's agent sends the tool's result back to the LLM and that request hangs (a "
        "streaming call with no deadline, only the answer-after-tool path): the agent says nothing "
        "more once its first tool answers; callers ask whether anyone is there and hang up"
    ),
    "prompt_experiment_billing_loop": (
        f"a prompt experiment ({PROMPT}) on 35% of billing's calls drops the instruction that the "
        "caller's answer was recorded: the agent re-asks the same question whatever the caller says, "
        "until the caller asks for a person; the control arm is normal"
    ),
    "canary_audio_format_garbled": (
        f"a canary build ({CANARY}, about one call in ten, every line) upgrades its audio pipeline and "
        "declares 8 kHz mu-law as 16 kHz linear to the speech recognizer: each caller turn comes back "
        "as fragments with probability 0.7 on that build's calls; the stable build is heard"
    ),
    "regional_holiday_morning": (
        "a regional public holiday morning: clinics are closed (45% of appointment's callers stay "
        "away), pharmacies partly (25% of refill's), bills hardly (10% of billing's); every call normal"
    ),
    "autopay_notice_mailout": (
        "a notice to customers that their autopay date changes: billing gets 65% more calls for 90 "
        "minutes, all of them normal"
    ),
    "vaccination_line_launch": (
        "a new vaccination booking line (appointment's scripts, prompt vaccination-v1) goes live at "
        "15:48 at 8% of the day's volume, with no history at all, every call normal"
    ),
}

_DRAIN = SocketDrop(share=0.5, workflow="billing")
_SLOW = SlowTool("billing", "find_account", latency_ms=(4_000, 7_000))
_CARRIER = CarrierDrop(share=0.5, workflow="refill")
_AFTER_TOOL = DeadAirAfterTool(workflow="appointment")
_LOOP = PromptLoop(workflow="billing", prompt_version=PROMPT, share=0.35)
_CANARY = BuildAsr("garbled", p=0.7, version=CANARY)

PLAN_TEST20: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test20-a", 5501): (
        Row("03:53", 50, "night_node_drain_billing", _DRAIN, "agent_failed", workflow_scope(_DRAIN)),
        Row("10:16", 40, "account_db_failover_slow", _SLOW, "tool_latency:find_account", workflow_scope(_SLOW)),
        Row("14:52", 50, "refill_carrier_half_lost", _CARRIER, "traffic_stopped", workflow_scope(_CARRIER)),
    ),
    ("test20-b", 5531): (
        Row("09:07", 35, "after_tool_llm_hang", _AFTER_TOOL, "dead_air", workflow_scope(_AFTER_TOOL)),
        Row("12:34", 45, "prompt_experiment_billing_loop", _LOOP, "agent_loop", workflow_scope(_LOOP)),
        Row("16:21", 40, "canary_audio_format_garbled", _CANARY, "asr_garbled", {"agent_version": CANARY}),
    ),
    ("test20-benign", 5561): (
        Row("08:12", 180, "regional_holiday_morning", HolidayMix((("appointment", 0.45), ("billing", 0.1), ("refill", 0.25)))),
        Row("11:52", 90, "autopay_notice_mailout", Surge(0.65, "billing")),
        Row("15:48", 492, "vaccination_line_launch", Launch("vaccination", like="appointment", share=0.08)),
    ),
}  # fmt: skip


def test20_days() -> list[Day]:
    """The simulated days of ``test20``, each with its cases; the evidence onset is the first affected
    call. Pytest does not collect this module: it is not under tests/."""
    return plan_days(SPLIT, PLAN_TEST20, PRODUCTION)
