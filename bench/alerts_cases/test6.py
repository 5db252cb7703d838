"""The ``test6`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used (dead air only once a tool has
answered, a tool slow in the afternoon peak, billing's traffic stopping in its first busy hour, a
loop on one intent only, speech recognition empty only for slow elderly speakers) and failure modes
no earlier split had, from public post-mortems and issue threads (README.md, "test6"): an identity
verification service rejecting valid callers, a transfer to the human queue that fails. Benign: a
lunch-hour lull with fewer, longer calls, and a slower but correct tool version within its range.

Seeds 9101, 9131, 9161: a day draws hour ``h`` from ``seed + h`` and its last week from
``seed + 1 + h``, so no hour's draws are shared with each other or with any other split (tune
2026-2070, test 7301-7335, test2 4101-4245, test3 5101-5276, test4 6101-6185, test5 8101-8185).
Scored once, by someone else, after the detector and rules are frozen; a case changed after a
result voids it."""

from __future__ import annotations

from bench.alerts_cases import faults6 as f6
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.day import MINUTE, at
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.incidents import SlowTool, TrafficStop
from bench.alerts_cases.kinds import Kind, catalog

KINDS_TEST6: dict[str, Kind] = catalog(
    Kind("tool_dead_air", False, "the answer-after-tool LLM request hangs (a streaming path with "
         "no deadline): refill's calls go silent right after their first tool answers"),
    Kind("verify_rejects", False, "the identity-verification service rejects valid callers (a "
         "date-format change in its comparison): 60-70% are refused twice and handed off"),
    Kind("peak_slow_tool", False, "the payment processor slows under the afternoon peak: "
         "process_payment answers in 8-12 s instead of 0.7-2.5 s, still ok"),
    Kind("transfer_fails", False, "the transfer to the human queue fails (trunk or queue "
         "endpoint down): every hand-off ends as a failed call, not a caller's hang-up"),
    Kind("traffic_stops", False, "a routing change in the first busy hour: billing, the "
         "biggest line, receives no calls for 25 minutes"),
    Kind("intent_loop", False, "a prompt change to the balance branch: only billing calls "
         "asking for their balance loop until the caller asks for a person"),
    Kind("asr_slow_speakers", False, "a speech-to-text endpointing change cuts slow, soft "
         "speakers: only elderly callers' turns come back empty (p 0.8)"),
    Kind("lunch_lull", True, "the lunch hour: 35% fewer calls (85% fewer short ones), so "
         "fewer and longer calls, all normal"),
    Kind("slower_tool_version", True, "a new lookup_prescription version answers in 0.9-1.5 s, "
         "the top of its usual 0.25-1.5 s range, correctly"),
)  # fmt: skip

# (onset "HH:MM", minutes, kind, effect, cause or None, scope)
Row = tuple[str, int, str, Effect, str | None, dict[str, str]]
SPLIT = "test6"
SEEDS = (9101, 9131, 9161)  # the days' seeds, 30 apart (see the module's docstring)

PLAN_TEST6: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test6-a", 9101): (
        ("09:35", 30, "tool_dead_air", f6.DeadAirAfterTool("refill"), "dead_air", {"workflow": "refill"}),
        ("11:40", 30, "verify_rejects", f6.VerifyRejects("appointment", "verify_patient", share=0.7),
         "tool_failure:verify_patient", {"workflow": "appointment"}),
        ("14:25", 35, "peak_slow_tool", SlowTool("billing", "process_payment", latency_ms=(8_000, 12_000)),
         "tool_latency:process_payment", {"workflow": "billing"}),
        ("16:55", 30, "transfer_fails", f6.TransferFails(), "agent_failed", {}),
    ),
    ("test6-b", 9131): (
        ("09:05", 25, "traffic_stops", TrafficStop("billing"), "traffic_stopped", {"workflow": "billing"}),
        ("10:50", 35, "intent_loop", f6.IntentLoop("billing", intent="check_balance"), "agent_loop",
         {"workflow": "billing"}),
        ("13:50", 30, "asr_slow_speakers", f6.AsrSlowSpeakers("empty", p=0.8), "asr_empty", {}),
        ("16:40", 30, "verify_rejects", f6.VerifyRejects("refill", "verify_member", share=0.6),
         "tool_failure:verify_member", {"workflow": "refill"}),
    ),
    ("test6-benign", 9161): (
        ("12:00", 90, "lunch_lull", f6.LunchLull(away=0.35, short_away=0.85), None, {}),
        ("14:30", 360, "slower_tool_version", f6.SlowerToolVersion("lookup_prescription", (900, 1_500)), None, {}),
    ),
}  # fmt: skip


def test6_cases(name: str, seed: int) -> tuple[Case, ...]:
    """The cases of one ``test6`` day; each row states the cause and scope a page must name."""
    out = []
    for onset, minutes, kind, effect, cause, scope in PLAN_TEST6[(name, seed)]:
        if KINDS_TEST6[kind].benign != (cause is None):
            raise ValueError(f"{name} {kind}: a benign kind has no cause, an incident has one")
        out.append(Case(
            name=f"{name}/{kind}@{onset}", kind=kind, cause=cause, scope=scope, split=SPLIT, day=name,
            seed=seed, onset_ms=at(onset), duration_ms=minutes * MINUTE, effect=effect,
            evidence_delay_ms=0, real_world=KINDS_TEST6[kind].real_world,
        ))  # fmt: skip
    return tuple(out)


def test6_days() -> list[Day]:
    """The simulated days of ``test6``, each with its cases."""
    return [Day(name, SPLIT, seed, test6_cases(name, seed)) for name, seed in PLAN_TEST6]
