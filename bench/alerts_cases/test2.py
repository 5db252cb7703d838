"""The ``test2`` split (issue 20): fresh incident days for the pager, written without reading the
detector, its signals, stats, rules or their tests. Kinds come from public post-mortems and status
pages of voice platforms and their providers (README.md, "test2"); causes use the cases' existing
vocabulary. Seeds 4101, 4131, 4161, 4191, 4221: a day draws hour ``h`` from ``seed + h`` and its
last week from ``seed + 1 + h``, so seeds 30 apart share no hour's draws with each other or with any
other split (tune 2026-2070, test 7301-7335). Like ``test``, it is scored once, after tuning is frozen.

Every row below is the whole expectation: onset, minutes, kind, and the effect, from which the cause
and scope a page must name follow (``expected``)."""

from __future__ import annotations

from bench.alerts_cases.benign import CanaryRelease, HolidayMix, SlowRamp
from bench.alerts_cases.case import Day
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults import (
    AsrShare,
    CarrierDrop,
    LlmSlow,
    PromptLoop,
    ToolErrors,
    TtsStuck,
    Unreachable,
)
from bench.alerts_cases.kinds import Kind, Row, catalog, plan_days, workflow_scope
from bench.alerts_cases.shifts import Surge

SPLIT = "test2"


KINDS_TEST2: dict[str, Kind] = catalog(
    Kind("llm_latency", False, "the LLM provider's latency doubles for 20-25 minutes on one "
         "model family (OpenAI, Anthropic status incidents); the rules engine and other "
         "providers are untouched"),
    Kind("tool_errors", False, "the backend behind one tool of one workflow returns 5xx (a bad "
         "deploy, an exhausted pool): the agent retries, apologises and hands off"),
    Kind("unreachable", False, "a TLS certificate expired on an ingress node, or DNS still "
         "points some callers at a drained host: those calls never get an answer "
         "(failed/upstream_lost within 1.5 s)"),
    Kind("tts_stuck", False, "the text-to-speech provider stalls (ElevenLabs, Cartesia "
         "incidents): the agent's text goes out on time but nothing plays; callers ask if "
         "anyone is there and hang up"),
    Kind("prompt_loop", False, "a deploy ships a broken prompt version to a share of one "
         "workflow's calls: the agent re-asks its question until the caller asks for a person"),
    Kind("asr_partial", False, "speech-to-text degrades (Deepgram incidents): empty or "
         "garbled transcripts, on every call at night (a model rollout) or on a quarter of "
         "calls (one region or pool)"),
    Kind("carrier_drop", False, "a carrier or regional network outage (AT&T, Feb 2024; "
         "Twilio PSTN partner incidents): a share of callers cannot get through at all"),
    Kind("campaign", True, "a marketing campaign or reminder batch doubles one workflow's "
         "calls for two hours, all of them normal"),
    Kind("holiday_mix", True, "a public holiday with another mix: clinics closed (85% fewer "
         "appointment calls), 35% fewer billing calls, 15% fewer refill calls"),
    Kind("slow_ramp", True, "a slow Monday morning: the morning ramp comes late (25% fewer "
         "calls at 07:30, caught up by 10:30), every workflow alike"),
    Kind("canary_release", True, "a healthy new build (1.6.0-rc1) takes the canary share for "
         "six hours: a version with no history, nothing wrong with it"),
)  # fmt: skip

PLAN_TEST2: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test2-a", 4101): (
        ("01:10", 40, "unreachable", Unreachable(None, share=1.0)),  # night, every call
        ("09:40", 45, "carrier_drop", CarrierDrop(0.5)),  # half the callers cannot get through
        ("11:50", 30, "tool_errors", ToolErrors("appointment", "find_patient", share=0.2)),
        ("14:10", 20, "llm_latency", LlmSlow("gpt-4o", 2.0)),
        ("16:30", 30, "prompt_loop", PromptLoop("billing", prompt_version="billing-v5", share=0.5)),
    ),
    ("test2-b", 4131): (
        ("03:20", 40, "asr_partial", AsrShare("garbled", p=0.6, share=1.0)),  # night, every call
        ("10:15", 30, "tts_stuck", TtsStuck(share=0.4)),
        ("12:40", 30, "unreachable", Unreachable(None, share=0.2)),
        ("15:20", 30, "asr_partial", AsrShare("empty", p=0.7, share=0.25)),
        ("22:30", 30, "tool_errors", ToolErrors("billing", "get_balance", share=1.0)),  # late, thin
    ),
    ("test2-c", 4161): (  # refill twice: a loop, then 45 min after it ended, its calls thin out
        ("04:30", 40, "tts_stuck", TtsStuck(share=1.0, workflow="appointment")),  # night
        ("09:20", 30, "prompt_loop", PromptLoop("refill", prompt_version="refill-v5", share=1.0)),
        ("10:35", 40, "carrier_drop", CarrierDrop(0.7, workflow="refill")),
        ("13:30", 25, "llm_latency", LlmSlow("claude", 2.5)),
        ("16:00", 30, "tool_errors", ToolErrors("refill", "find_member", share=0.5)),
        ("18:40", 30, "unreachable", Unreachable("billing", share=1.0)),
    ),
    ("test2-benign", 4191): (
        ("07:30", 180, "slow_ramp", SlowRamp(0.25)),
        ("11:00", 120, "campaign", Surge(1.0, "refill")),
        ("14:00", 360, "canary_release", CanaryRelease("1.6.0-rc1")),
    ),
    ("test2-holiday", 4221): (
        ("00:00", 24 * 60, "holiday_mix",
         HolidayMix((("appointment", 0.85), ("billing", 0.35), ("refill", 0.15)))),
    ),
}  # fmt: skip


def expected(effect: Effect) -> tuple[str | None, dict[str, str]]:
    """The cause a page must carry and the scope it must name; None: no page at all."""
    scope = workflow_scope(effect)
    if isinstance(effect, LlmSlow):
        return "ttfhw_drift", {}
    if isinstance(effect, ToolErrors):
        return f"tool_failure:{effect.tool}", scope
    if isinstance(effect, Unreachable):
        return "agent_failed", scope
    if isinstance(effect, TtsStuck):
        return "dead_air", scope
    if isinstance(effect, PromptLoop):
        return "agent_loop", scope
    if isinstance(effect, AsrShare):
        return f"asr_{effect.mode}", scope
    if isinstance(effect, CarrierDrop):
        return "traffic_stopped", scope
    if isinstance(effect, Surge | HolidayMix | SlowRamp | CanaryRelease):
        return None, {}
    raise TypeError(f"no expected cause for {effect!r}")


def test2_days() -> list[Day]:
    """The simulated days of ``test2``, each with its cases."""
    return plan_days(SPLIT, PLAN_TEST2, KINDS_TEST2, expected)
