"""The ``test13`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used (half the calls failing at night
after a certificate renewal reached only one of two ingress nodes, dead air on billing once the
text-to-speech provider stops serving its voice, every line's traffic stopping when the voice
webhook's domain lapses, a canary build that declares the wrong audio encoding so transcripts come
back empty, the rules engine re-asking every question after a flow-config push) and one failure
mode no earlier split had (``faults13.py``): appointment's slot search slowing until half its
answers come after the agent's tool deadline. Benign: a billing-statement mail-out, claude calls
moved to a newer Haiku model, and an election-day evening that is quieter than last week's.

Its days draw seeds 3901, 3931 and 3961 (an hour h: seed + h; the same hour last week: seed + 1 + h),
so none of their hours is drawn by another split (test12 ends at 3886). Judged once, after the
detector and rules are frozen, by the detector's engineer; changing a case after a result voids the
result."""

from __future__ import annotations

from bench.alerts_cases import faults13 as f13
from bench.alerts_cases.case import Day
from bench.alerts_cases.faults import TtsStuck, Unreachable
from bench.alerts_cases.faults4 import ModelLoop
from bench.alerts_cases.faults9 import BuildAsr, ModelSwap
from bench.alerts_cases.faults11 import LinesStop
from bench.alerts_cases.shifts import Holiday, Surge
from bench.alerts_cases.test9 import Row, plan_days

SPLIT = "test13"
SEEDS = (3901, 3931, 3961)  # 30 apart: see the module docstring
CANARY = "1.13.0-rc1"  # no earlier split's build
LINES = ("billing", "appointment", "refill")

PRODUCTION: dict[str, str] = {  # kind -> how it happens in production (sources: README.md, "test13")
    "night_cert_half": (
        "a certificate renewal in the night's change window reached only one of the two ingress nodes "
        "in front of the agent; the other serves a chain Twilio's client cannot validate, so about "
        "half the calls fail to connect to the agent and end within 1.5 s with nothing said"
    ),
    "voice_cache_dead_air": (
        "the text-to-speech provider stops serving the library voice billing's line uses (a release "
        "broke its voice lookup once the cached entry expired): the agent's replies go out as text on "
        "time but no audio plays; callers ask whether anyone is there and hang up"
    ),
    "webhook_domain_stop": (
        "the domain that hosts the voice webhook of every number lapses (a missed renewal, the "
        "registrar's hold): Twilio cannot fetch the call instructions, callers hear 'an application "
        "error has occurred' and no call reaches the platform, on every line, until DNS is restored"
    ),
    "canary_codec_empty": (
        f"a canary build ({CANARY}) declares the phone audio as 16 kHz linear PCM to the speech "
        "recognizer while Twilio sends 8 kHz mu-law: nearly every caller turn comes back as an empty "
        "transcript on that build's calls; the stable build is heard as ever"
    ),
    "flow_engine_loop": (
        "a flow-config push to the rules engine (the deterministic state machine that serves about a "
        "quarter of the calls on every line) breaks its answer validation: each node re-asks its "
        "question whatever the caller answers, until the caller asks for a person"
    ),
    "slots_past_deadline": (
        "the scheduling system behind find_slots slows under load (an availability search that scans "
        "more of the calendar): it answers in 4.5-11.5 s instead of 0.3-1.8 s; the agent's tool client "
        "gives up at 8 s, so about half the searches time out and those callers are handed to a person, "
        "the rest wait"
    ),
    "statement_mailout": (
        "monthly billing statements land in mailboxes: billing gets 35% more calls for four hours of "
        "the morning, every call normal"
    ),
    "haiku_upgrade": (
        "every call that ran claude-3-5-haiku moves to claude-haiku-4-5 at 10:26 (a planned migration "
        "ahead of the old model's retirement): a model label with no history, its first token 15% "
        "sooner, every call as successful as before"
    ),
    "election_evening": (
        "the afternoon and evening of an election day: a quarter of the calls last week had do not "
        "come from 16:44 to 21:44, on every line alike"
    ),
}

PLAN_TEST13: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test13-a", 3901): (
        Row("04:23", 45, "night_cert_half", Unreachable(None, share=0.5), "agent_failed", {}),
        Row("11:34", 30, "voice_cache_dead_air", TtsStuck(share=1.0, workflow="billing"), "dead_air",
            {"workflow": "billing"}),
        Row("18:31", 30, "webhook_domain_stop", LinesStop(LINES), "traffic_stopped", {}),
    ),
    ("test13-b", 3931): (
        Row("09:37", 45, "canary_codec_empty", BuildAsr("empty", p=0.9, version=CANARY), "asr_empty",
            {"agent_version": CANARY}),
        Row("13:12", 30, "flow_engine_loop", ModelLoop("rules-v1"), "agent_loop", {}),
        Row("15:49", 35, "slots_past_deadline", f13.SlowPastDeadline("appointment", "find_slots"),
            "tool_failure:find_slots", {"workflow": "appointment"}),
    ),
    ("test13-benign", 3961): (
        Row("08:50", 240, "statement_mailout", Surge(0.35, "billing")),
        Row("10:26", 720, "haiku_upgrade",
            ModelSwap("claude-haiku-4-5-20251001", replaces="claude-3-5-haiku", share=1.0, slower=0.85)),
        Row("16:44", 300, "election_evening", Holiday(0.25)),
    ),
}  # fmt: skip


def test13_days() -> list[Day]:
    """The simulated days of ``test13``, each with its cases; the evidence onset is the first
    affected call (no case here ramps up). Pytest does not collect this module: it is not under
    tests/."""
    return plan_days(SPLIT, PLAN_TEST13, PRODUCTION)
