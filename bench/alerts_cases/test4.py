"""The ``test4`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. Kinds: the issue's kinds in variants no earlier split used (speech recognition empty
at night, a milder slow tool on ``submit_refill``, a loop on one model only after a silent model
update, an evening traffic stop, a canary crash at 07:20, dead air after the caller's 3rd utterance,
a slow rise at evening volume) and failure modes no earlier split had, from public post-mortems and
issue threads (README.md, "test4"): an LLM provider's 429 rate limiting, text to speech playing
only the start of each reply, a tool timing out only at the top of each hour, a prompt that hands
off too eagerly, a regional carrier whose callers cannot get through.

Seeds 6101, 6131, 6161: a day draws hour ``h`` from ``seed + h`` and its last week from
``seed + 1 + h``, so no hour's draws are shared with each other or with any other split (tune
2026-2070, test 7301-7335, test2 4101-4245, test3 5101-5275). Scored once, by someone else, after
the detector and rules are frozen; a case changed after a result voids it.

Every row is the whole expectation: onset, minutes, kind, and the effect, from which the cause and
scope a page must name follow (``expected``)."""

from __future__ import annotations

from bench.alerts_cases.benign import HolidayMix
from bench.alerts_cases.case import Day
from bench.alerts_cases.day import MINUTE
from bench.alerts_cases.degradations import Asr, CanaryCrash, SlowRise
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults3 import DeadAirShare
from bench.alerts_cases.faults4 import (
    BlueGreen,
    EagerHandoff,
    HourlyToolTimeout,
    ModelLoop,
    PrefixDrop,
    RateLimited,
    TtsCutOff,
)
from bench.alerts_cases.incidents import SlowTool, TrafficStop
from bench.alerts_cases.kinds import Kind, Row, catalog, plan_days, workflow_scope
from bench.alerts_cases.shifts import Surge

SPLIT = "test4"
SEEDS = (6101, 6131, 6161)


KINDS_TEST4: dict[str, Kind] = catalog(
    Kind("night_outage", False, "the speech-to-text key or model is rotated in a night window: "
         "at about a call a minute, nine caller turns in ten come back as empty transcripts"),
    Kind("llm_rate_limit", False, "the LLM provider rate-limits the account (429, requests per "
         "minute): 40% of gpt-4o-mini calls get refused twice and the session fails"),
    Kind("slow_tool", False, "the pharmacy system behind submit_refill slows to 4.5-7 s "
         "(a milder slowdown, still succeeding); callers fill the wait"),
    Kind("eager_handoff", False, "a prompt change (billing-v7) makes the agent transfer half "
         "of the callers to a person right after their first request"),
    Kind("agent_loop", False, "a model updated behind its alias: every claude-3-5-haiku call "
         "re-asks its question until the caller asks for a person, every workflow"),
    Kind("traffic_stops", False, "a routing change in the evening sends billing's number "
         "elsewhere: billing receives no calls at about 2 calls a minute"),
    Kind("slow_rise", False, "the agent's time to first token creeps up by 3.5 s over 2.5 h "
         "at evening volume (a leak, a growing prompt or context)"),
    Kind("canary_regression", False, "a canary build (1.8.0-rc1) crashes on the caller's first "
         "utterance at 07:20, while the morning ramps up"),
    Kind("hourly_tool_timeout", False, "an hourly batch job at :00 saturates the appointment "
         "database: lookup_appointment times out (8 s) in minutes :00-:07 of every hour, for "
         "three hours, and works the rest of the time"),
    Kind("dead_air", False, "one LLM connection pool hangs mid-call: 45% of billing's calls go "
         "silent after the caller's 3rd utterance"),
    Kind("tts_truncated", False, "the TTS provider returns audio for only the start of a "
         "reply: 45% of calls, every workflow, hear a cut-off sentence and then silence"),
    Kind("carrier_prefix", False, "a regional carrier's outage: callers from four area codes "
         "(about a third of the callers) cannot get through, every workflow"),
    Kind("school_lull", True, "a school-holiday morning: 07:00-11:00, half the appointment "
         "calls, a fifth of billing's and a tenth of refill's stay away"),
    Kind("blue_green", True, "a healthy release (1.6.0) rolled out to 50% of stable calls for "
         "ten hours, not flagged canary: a version with no history, nothing wrong"),
    Kind("campaign", True, "a bill-mailing campaign: billing gets +150% calls for 90 minutes, "
         "all normal"),
)  # fmt: skip

CARRIER_AREA_CODES = ("312", "404", "512", "702")  # 4 of the simulator's 12: about a third of callers

PLAN_TEST4: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test4-a", 6101): (
        ("00:40", 35, "night_outage", Asr("empty", p=0.9)),  # 1 call a minute, every workflow
        ("09:15", 30, "llm_rate_limit", RateLimited("gpt-4o-mini", share=0.4)),
        ("11:20", 30, "slow_tool", SlowTool("refill", "submit_refill", latency_ms=(4_500, 7_000))),
        ("13:40", 40, "eager_handoff", EagerHandoff("billing", prompt=7, share=0.5)),
        ("16:45", 30, "agent_loop", ModelLoop("claude-3-5-haiku")),  # every workflow, one model
        ("19:20", 35, "traffic_stops", TrafficStop("billing")),  # evening, billing's 2nd incident
        ("20:30", 180, "slow_rise", SlowRise("agent", final_ms=3_500, ramp_ms=150 * MINUTE)),
    ),
    ("test4-b", 6131): (  # the hourly timeouts span 08:00-11:08; billing's dead air falls between
        ("07:20", 40, "canary_regression", CanaryCrash("1.8.0-rc1")),
        ("08:00", 188, "hourly_tool_timeout",
         HourlyToolTimeout("appointment", "lookup_appointment", timeout_ms=8_000, minutes=7)),
        ("09:25", 25, "dead_air", DeadAirShare("billing", after=3, share=0.45)),
        ("14:50", 30, "tts_truncated", TtsCutOff(share=0.45)),
        ("17:15", 30, "carrier_prefix", PrefixDrop(CARRIER_AREA_CODES)),
    ),
    ("test4-benign", 6161): (
        ("07:00", 240, "school_lull",
         HolidayMix((("appointment", 0.5), ("billing", 0.2), ("refill", 0.1)))),
        ("11:45", 600, "blue_green", BlueGreen("1.6.0", share=0.5)),
        ("14:30", 90, "campaign", Surge(1.5, "billing")),
    ),
}  # fmt: skip


def expected(effect: Effect) -> tuple[str | None, dict[str, str]]:
    """The cause a page must carry and the scope it must name; None: no page at all."""
    scope = workflow_scope(effect)
    if isinstance(effect, DeadAirShare | TtsCutOff):
        return "dead_air", scope  # TTS that stops mid-reply: the caller hears silence
    if isinstance(effect, HourlyToolTimeout):
        return f"tool_failure:{effect.tool}", scope
    if isinstance(effect, SlowTool):
        return f"tool_latency:{effect.tool}", scope
    if isinstance(effect, SlowRise):
        return ("ttfhw_drift" if effect.target == "agent" else f"tool_latency:{effect.target}"), {}
    if isinstance(effect, TrafficStop | PrefixDrop):
        return "traffic_stopped", scope
    if isinstance(effect, ModelLoop):
        return "agent_loop", {}
    if isinstance(effect, EagerHandoff):
        return "containment_drop", scope
    if isinstance(effect, RateLimited):
        return "agent_failed", {}
    if isinstance(effect, CanaryCrash):
        return "canary_regression", {"agent_version": effect.version}
    if isinstance(effect, Asr):
        return f"asr_{effect.mode}", scope
    if isinstance(effect, HolidayMix | BlueGreen | Surge):
        return None, {}
    raise TypeError(f"no expected cause for {effect!r}")


def test4_days() -> list[Day]:
    """The simulated days of ``test4``, each with its cases."""
    return plan_days(SPLIT, PLAN_TEST4, KINDS_TEST4, expected)
