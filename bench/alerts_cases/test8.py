"""The ``test8`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used (dead air only on one model, a
tool slow only on a quarter of its calls, a workflow's traffic stopping during the morning ramp,
empty transcripts only late in calls, the agent asking for the date of birth twice) and failure
modes no earlier split had, from public post-mortems and issue threads (README.md, "test8"): a
telephony region losing the callers' audio, and an expired API key for one tool. Benign: a
phishing-warning e-mail bringing short "is this real?" calls, a TV advert doubling one line's
evening calls.

Seeds 3301, 3331, 3361: a day draws hour ``h`` from ``seed + h`` and its last week from
``seed + 1 + h``, so no hour's draws are shared with each other or with any other split (tune
2026-2070, test 7301-7335, test2 4101-4245, test3 5101-5276, test4 6101-6185, test5 8101-8185,
test6 9101-9185, test7 9201-9285). Scored once, by someone else, after the detector and rules are
frozen; a case changed after a result voids it."""

from __future__ import annotations

from bench.alerts_cases import faults8 as f8
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.day import MINUTE, at
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults import ToolErrors
from bench.alerts_cases.incidents import TrafficStop
from bench.alerts_cases.kinds import Kind
from bench.alerts_cases.shifts import Surge

SPLIT, SEEDS = "test8", (3301, 3331, 3361)  # seeds 30 apart (see the module's docstring)
REGION_AREA_CODES = ("206", "303", "818")  # 3 of the simulator's 12; no earlier split's carrier used them
Row = tuple[str, int, str, Effect, str | None, dict[str, str]]  # onset, minutes, kind, effect, cause, scope

WHERE_FROM: dict[str, str] = {  # each kind: what happens in production (README.md, "test8", has the sources)
    "one_way_audio": (
        "a telephony provider's regional media outage: calls from three area codes connect and hear "
        "the greeting, but the callers' audio never reaches the agent; the agent asks whether anyone "
        "is there and the calls end unserved"
    ),
    "model_dead_air": (
        "one LLM provider's streaming endpoint stalls without closing: calls on that model go silent "
        "after the caller's second utterance; other models go on"
    ),
    "replica_slow_tool": (
        "one of four replicas of appointment's patient-verification service is slow (5-8 s): a "
        "quarter of verify_patient calls are slow, the rest as fast as ever"
    ),
    "double_verify": (
        "a prompt edit makes billing's agent ask for the date of birth again right after verifying "
        "it; callers repeat it, a third ask for a person"
    ),
    "ramp_stop": (
        "a routing change at the start of the day: billing receives no calls while the morning ramp "
        "brings everyone else's"
    ),
    "expired_key": (
        "the API key of the scheduling system's booking endpoint expired: every booking fails with "
        "401 and the caller is handed off"
    ),
    "late_asr_empty": (
        "the speech-to-text provider caps streaming sessions; the reconnect sends audio at the wrong "
        "rate: from the caller's 4th utterance on, transcripts come back empty"
    ),
    "scam_check_calls": (
        "a phishing-warning e-mail to customers: billing receives short 'is this e-mail real?' calls "
        "for two hours, every one answered and contained"
    ),
    "evening_ad": (
        "a TV advert in the evening news: appointment's calls double for 90 minutes at evening "
        "volume, every call healthy"
    ),
}
BENIGN = {"scam_check_calls", "evening_ad"}  # must not page
KINDS_TEST8 = {name: Kind(name, name in BENIGN, text) for name, text in WHERE_FROM.items()}

PLAN_TEST8: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test8-a", 3301): (
        ("08:52", 30, "one_way_audio", f8.OneWayAudio(REGION_AREA_CODES), "asr_empty", {}),
        ("11:13", 30, "model_dead_air", f8.ModelDeadAir(None, 2, model="claude-3-5-haiku"), "dead_air", {}),
        ("13:47", 35, "replica_slow_tool", f8.ReplicaSlowTool("appointment", "verify_patient", (5_000, 8_000), share=0.25),
         "tool_latency:verify_patient", {"workflow": "appointment"}),
        ("16:38", 35, "double_verify", f8.DoubleVerify("billing", give_up=0.35), "agent_loop",
         {"workflow": "billing"}),
    ),
    ("test8-b", 3331): (
        ("07:08", 35, "ramp_stop", TrafficStop("billing"), "traffic_stopped", {"workflow": "billing"}),
        ("10:17", 30, "expired_key", ToolErrors("appointment", "book_appointment", 1.0, "auth_expired_401"),
         "tool_failure:book_appointment", {"workflow": "appointment"}),
        ("14:22", 30, "late_asr_empty", f8.LateAsr("empty", p=0.8, after=3), "asr_empty", {}),
    ),
    ("test8-benign", 3361): (
        ("10:40", 120, "scam_check_calls", f8.ScamCheckCalls("billing", rate=2.0), None, {}),
        ("19:35", 90, "evening_ad", Surge(1.0, "appointment"), None, {}),
    ),
}  # fmt: skip


def _case(day: str, seed: int, row: Row) -> Case:
    """One row of the plan as a case; the row names the cause and scope a page must carry."""
    onset, minutes, kind, effect, cause, scope = row
    if (kind in BENIGN) != (cause is None):
        raise ValueError(f"{day} {kind}: a benign kind has no cause, an incident has one")
    onset_ms = at(onset)
    name = f"{day}/{kind}@{onset}"
    real_world = WHERE_FROM[kind]
    return Case(
        name, kind, cause, scope, SPLIT, day, seed, onset_ms, minutes * MINUTE, effect, real_world=real_world
    )


def test8_days() -> list[Day]:
    """The simulated days of ``test8``, each with its cases (evidence onset: the first affected
    call, delay 0)."""
    return [
        Day(name, SPLIT, seed, tuple(_case(name, seed, row) for row in rows))
        for (name, seed), rows in PLAN_TEST8.items()
    ]
