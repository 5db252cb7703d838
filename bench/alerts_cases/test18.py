"""The ``test18`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used, each a way voice agents really
break in production, and most of them partial: one of billing's two agent hosts refusing the relay's
connections in the night, appointment's LLM stream stalling on a third of its calls, the carrier's
toll-free delivery failing for part of billing's calls, appointment's recognizer returning empty
transcripts after a configuration push, billing's caller-ID lookup throttled (429) by its vendor at
billing's busiest hour, and a prompt experiment on two fifths of refill's calls (the smallest line)
whose new step re-asks forever. No new failure mode: every effect is an earlier module's, with
settings no split used. Benign: a payment-reminder mail-out on billing, a quiet school-break afternoon
on every line, and a release that changes nothing rolled to 15% of the calls.

Its days draw seeds 5001, 5031 and 5061 (an hour h: seed + h; the same hour last week: seed + 1 + h),
so none of their hours is drawn by another split (test17 ends at 4986, test3 starts at 5101). Judged
once, after the detector and rules are frozen, by the lead; changing a case after a result voids the
result."""

from __future__ import annotations

from bench.alerts_cases.case import Day
from bench.alerts_cases.degradations import Asr
from bench.alerts_cases.faults import CarrierDrop, PromptLoop, ToolErrors, Unreachable
from bench.alerts_cases.faults3 import DeadAirShare
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.kinds import workflow_scope
from bench.alerts_cases.shifts import Holiday, Surge
from bench.alerts_cases.test9 import Row, plan_days

SPLIT = "test18"
SEEDS = (5001, 5031, 5061)  # 30 apart: see the module docstring
RELEASE = "1.18.0"  # no earlier split's build

PRODUCTION: dict[str, str] = {  # kind -> how it happens in production (sources: README.md, "test18")
    "night_half_hosts_refuse": (
        "one of the two hosts behind billing's agent endpoint keeps an expired certificate after a "
        "night renewal (the other reloaded): the load balancer still sends it half the relay's "
        "WebSocket handshakes, which fail; half of billing's calls end failed/upstream_lost within 1.5 s "
        "with nothing said. The other lines' endpoints run as ever"
    ),
    "llm_stream_stall_share": (
        "the LLM provider's streaming responses hang for part of appointment's requests (a degraded "
        "region behind appointment's deployment): on about a third of its calls the agent goes silent "
        "after the caller's second utterance; callers ask whether anyone is there and hang up"
    ),
    "tollfree_carrier_partial": (
        "a carrier-side fault in toll-free call delivery (billing's number is the toll-free one): "
        "calls from some originating carriers never reach the platform, about 45% of billing's calls; "
        "nothing errors on our side, the calls that arrive are normal"
    ),
    "stt_config_push_empty": (
        "a configuration push changes appointment's speech-to-text settings (encoding/sample rate no "
        "longer the stream's): most caller turns come back empty (p 0.7); the agent keeps saying it "
        "did not catch that and callers give up. The other lines keep their settings"
    ),
    "caller_id_rate_limited": (
        "the caller-ID/CRM vendor behind lookup_caller throttles billing's API key at billing's busiest "
        "hour (HTTP 429 above its quota): about half of billing's lookups fail, the agent apologises "
        "and hands off; the other lines use their own keys and stay under their quotas"
    ),
    "prompt_experiment_loop": (
        "a prompt experiment on refill (variant refill-v8, 40% of refill's calls) adds a confirmation "
        "step that never accepts the caller's answer: the agent re-asks until the caller asks for a "
        "person; the control prompt's calls are normal"
    ),
    "payment_reminder_mailout": (
        "a payment-reminder e-mail to billing's customers: billing gets 50% more calls for two hours, "
        "all of them normal"
    ),
    "school_break_afternoon": (
        "a school-break afternoon: 20% fewer calls on every line for two hours, every call normal"
    ),
    "small_release": (
        f"a release ({RELEASE}) with a log-format change only, rolled blue/green to 15% of the stable "
        "calls for three hours: a version label with no history, every call as before"
    ),
}

_NIGHT = Unreachable(workflow="billing", share=0.5)
_STALL = DeadAirShare(workflow="appointment", after=2, share=0.35)
_TOLLFREE = CarrierDrop(share=0.45, workflow="billing")
_EMPTY = Asr("empty", p=0.7, workflow="appointment")
_THROTTLED = ToolErrors("billing", "lookup_caller", share=0.5, error_code="rate_limited_429")
_EXPERIMENT = PromptLoop("refill", prompt_version="refill-v8", share=0.4)

PLAN_TEST18: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test18-a", 5001): (
        Row("03:26", 60, "night_half_hosts_refuse", _NIGHT, "agent_failed", workflow_scope(_NIGHT)),
        Row("10:52", 35, "llm_stream_stall_share", _STALL, "dead_air", workflow_scope(_STALL)),
        Row("13:38", 40, "tollfree_carrier_partial", _TOLLFREE, "traffic_stopped", workflow_scope(_TOLLFREE)),
    ),
    ("test18-b", 5031): (
        Row("09:03", 35, "stt_config_push_empty", _EMPTY, "asr_empty", workflow_scope(_EMPTY)),
        Row("11:17", 45, "caller_id_rate_limited", _THROTTLED, "tool_failure:lookup_caller",
            workflow_scope(_THROTTLED)),
        Row("16:52", 40, "prompt_experiment_loop", _EXPERIMENT, "agent_loop", workflow_scope(_EXPERIMENT)),
    ),
    ("test18-benign", 5061): (
        Row("09:47", 120, "payment_reminder_mailout", Surge(0.5, "billing")),
        Row("13:19", 120, "school_break_afternoon", Holiday(0.2)),
        Row("15:23", 180, "small_release", BlueGreen(RELEASE, share=0.15)),
    ),
}  # fmt: skip


def test18_days() -> list[Day]:
    """The simulated days of ``test18``, each with its cases; the evidence onset is the first
    affected call. Pytest does not collect this module: it is not under tests/."""
    return plan_days(SPLIT, PLAN_TEST18, PRODUCTION)
