"""The ``test3`` split (issue 20): fresh incident days for the pager, written without reading the
detector, its signals, rules, tests or past results. Kinds come from public post-mortems and status
pages (README.md, "test3"), in variants and severities the earlier splits did not use, two pairs of
incidents that overlap, and benign shifts none had (a daylight-saving shift, a 5% -> 50% rollout).
Causes use the cases' existing vocabulary. Seeds 5101, 5131, 5161, 5191, 5221, 5251: a day draws
hour ``h`` from ``seed + h`` and its last week from ``seed + 1 + h``, so no hour's draws are shared
with each other or with any other split (tune 2026-2070, test 7301-7335, test2 4101-4245). Scored
once, after the detector and rules are frozen; a case changed after a result voids it.

Every row below is the whole expectation: onset, minutes, kind, and the effect, from which the cause
and scope a page must name follow (``expected``)."""

from __future__ import annotations

from bench.alerts_cases.benign3 import CanaryRollout, ClockShift
from bench.alerts_cases.case import Day
from bench.alerts_cases.day import HOUR
from bench.alerts_cases.degradations import SlowRise
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults import AsrShare, CarrierDrop, TtsStuck, Unreachable
from bench.alerts_cases.faults3 import CanaryLoop, DeadAirShare, LlmSlowEvery, ToolTimeout
from bench.alerts_cases.incidents import TrafficStop
from bench.alerts_cases.kinds import Kind, Row, catalog, plan_days, workflow_scope
from bench.alerts_cases.shifts import Holiday, Launch, Surge

SPLIT = "test3"


KINDS_TEST3: dict[str, Kind] = catalog(
    Kind("dead_air", False, "one of several LLM connection pools hangs (a stream that never "
         "completes): 30% of one workflow's calls go silent after the caller's 2nd utterance"),
    Kind("tts_stuck", False, "the text-to-speech stream stalls (ElevenLabs/Cartesia incidents, "
         "a websocket that closes without audio): text goes out, nothing plays"),
    Kind("tool_timeout", False, "a payment gateway hangs: the tool client gives up after 10 s "
         "with a timeout error, the agent apologises and hands off"),
    Kind("slow_rise", False, "a table behind a tool grows without an index: the tool's latency "
         "rises by 5 s over 2 hours, still succeeding"),
    Kind("llm_latency", False, "a shared LLM gateway or a congested cloud region: every LLM "
         "three times slower for 15 minutes, every workflow and build"),
    Kind("traffic_stops", False, "a routing change in the evening (a number re-pointed by a "
         "night change window): one workflow receives no calls at a quiet hour"),
    Kind("carrier_drop", False, "an inbound carrier's network issue (Twilio PSTN partner, "
         "AT&T 2024): 40% of callers cannot get through, every workflow"),
    Kind("canary_loop", False, "a prompt change shipped with a canary build (10% of calls, "
         "every workflow): those calls loop until the caller asks for a person"),
    Kind("asr_garbled", False, "one line's speech recognition setting changed (model or "
         "language): its transcripts come back as fragments, the others are fine"),
    Kind("night_outage", False, "the agent unreachable for 15 minutes at 2 am (a certificate "
         "or DNS change in a night window): a call a minute fails"),
    Kind("campaign", True, "a campaign triples one workflow's calls for two hours, all normal"),
    Kind("launch", True, "a new workflow (phone line) goes live mid-day, with no history"),
    Kind("holiday", True, "a public holiday: half the calls all day, every workflow alike"),
    Kind("clock_shift", True, "a daylight-saving change: the whole daily curve one hour earlier "
         "than last week (in UTC), every call normal"),
    Kind("canary_rollout", True, "a healthy release rolled out progressively to 5%, 10%, 25% "
         "and 50% of calls over six hours: a version with no history, nothing wrong"),
)  # fmt: skip

PLAN_TEST3: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test3-a", 5101): (
        ("02:00", 15, "night_outage", Unreachable(None, share=1.0)),  # 2 am, every call, 15 min
        ("10:40", 40, "canary_loop", CanaryLoop("1.7.0-rc1", prompt=6)),  # canary share only
        ("14:05", 15, "llm_latency", LlmSlowEvery("", 3.0)),  # every LLM x3, every workflow
        ("21:10", 45, "traffic_stops", TrafficStop("appointment")),  # evening, ~0.6 calls/min
    ),
    ("test3-b", 5131): (  # dead air and garbled speech overlap (09:50-10:20, 10:05-10:35)
        ("09:50", 30, "dead_air", DeadAirShare("billing", share=0.3)),
        ("10:05", 30, "asr_garbled", AsrShare("garbled", p=0.5, workflow="appointment", share=1.0)),
        ("13:00", 150, "slow_rise", SlowRise("book_appointment", final_ms=5_000, ramp_ms=2 * HOUR)),
        ("17:00", 25, "tts_stuck", TtsStuck(share=0.6, workflow="refill")),  # busy hour
    ),
    ("test3-c", 5161): (  # a carrier loses 40% of calls; billing's payment tool hangs meanwhile
        ("11:30", 30, "dead_air", DeadAirShare("refill", after=1, share=0.5)),
        ("16:20", 40, "carrier_drop", CarrierDrop(0.4)),
        ("16:35", 30, "tool_timeout", ToolTimeout("billing", "process_payment")),
    ),
    ("test3-benign", 5191): (
        ("10:30", 120, "campaign", Surge(2.0, "appointment")),  # x3
        ("13:30", 630, "launch", Launch("renewals", like="billing", share=0.10)),
        ("14:00", 360, "canary_rollout", CanaryRollout("1.5.0")),
    ),
    ("test3-dst", 5221): (("00:00", 24 * 60, "clock_shift", ClockShift()),),
    ("test3-holiday", 5251): (("00:00", 24 * 60, "holiday", Holiday(0.5)),),
}  # fmt: skip


def expected(effect: Effect) -> tuple[str | None, dict[str, str]]:
    """The cause a page must carry and the scope it must name; None: no page at all."""
    scope = workflow_scope(effect)
    if isinstance(effect, DeadAirShare | TtsStuck):
        return "dead_air", scope
    if isinstance(effect, ToolTimeout):
        return f"tool_failure:{effect.tool}", scope
    if isinstance(effect, SlowRise):
        return ("ttfhw_drift" if effect.target == "agent" else f"tool_latency:{effect.target}"), {}
    if isinstance(effect, LlmSlowEvery):
        return "ttfhw_drift", {}
    if isinstance(effect, TrafficStop | CarrierDrop):
        return "traffic_stopped", scope
    if isinstance(effect, CanaryLoop):
        return "agent_loop", {"agent_version": effect.version}
    if isinstance(effect, AsrShare):
        return f"asr_{effect.mode}", scope
    if isinstance(effect, Unreachable):
        return "agent_failed", scope
    if isinstance(effect, Surge | Launch | Holiday | ClockShift | CanaryRollout):
        return None, {}
    raise TypeError(f"no expected cause for {effect!r}")


def test3_days() -> list[Day]:
    """The simulated days of ``test3``, each with its cases."""
    return plan_days(SPLIT, PLAN_TEST3, KINDS_TEST3, expected)
