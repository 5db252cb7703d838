"""The ``test19`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used, each a way voice agents really
break in production, most of them partial: refill's text-to-speech stalling on three in ten of its
calls in the early morning (the smallest line at a quiet hour), a canary build crashing on the
caller's first utterance on every line's canary calls, a platform-side fault dropping
three in ten of every line's calls, appointment's recognizer garbling turns after the provider's
model migration, a flag-gated change to billing's dispute branch that loops on three in five of those
calls, and one of appointment's agent pods failing a quarter of the relay's WebSocket handshakes. No
new failure mode: every effect is an earlier module's, with settings no split used. Benign: a text
reminder on appointment, a short lunch dip on every line, and a release that changes nothing on 35%
of the calls.

Its days draw seeds 5401, 5431 and 5461 (an hour h: seed + h; the same hour last week: seed + 1 + h),
so none of their hours is drawn by another split (test3 ends at 5276, test6 starts at 9101). Judged
once, after the detector and rules are frozen, by the lead; changing a case after a result voids the
result."""

from __future__ import annotations

from bench.alerts_cases.case import Day
from bench.alerts_cases.degradations import Asr, CanaryCrash
from bench.alerts_cases.faults import CarrierDrop, TtsStuck, Unreachable
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults6 import LunchLull
from bench.alerts_cases.faults7 import ShareIntentLoop
from bench.alerts_cases.kinds import workflow_scope
from bench.alerts_cases.shifts import Surge
from bench.alerts_cases.test9 import Row, plan_days

SPLIT = "test19"
SEEDS = (5401, 5431, 5461)  # 30 apart: see the module docstring
RELEASE = "1.19.0"  # no earlier split's build
CANARY = "1.19.0-rc1"  # no earlier split's canary build

PRODUCTION: dict[str, str] = {  # kind -> how it happens in production (sources: README.md, "test19")
    "early_tts_stall_refill": (
        "the text-to-speech vendor's streaming socket for refill's voice closes without audio on part of "
        "the syntheses in the early morning (a vendor-side fault, retries that yield no audio frame): on "
        "three in ten of refill's calls the agent's replies are sent but never heard; callers ask whether "
        "anyone is there and hang up. Refill is the smallest line and 06:47 a quiet hour"
    ),
    "canary_first_turn_crash": (
        f"a new build ({CANARY}) rolled to the canary share (about one call in ten, on every line) "
        "raises an unhandled exception on the caller's first utterance (a response field the new "
        "SDK version no longer sets): those calls fail with an agent error; the stable build's calls "
        "are normal"
    ),
    "platform_partial_drop": (
        "a fault at the voice platform (its TwiML fetch/caching layer or a PSTN partner's network) makes "
        "part of the inbound calls fail before they reach our webhook: three in ten of every line's "
        "calls never arrive; nothing errors on our side, the calls that arrive are normal"
    ),
    "stt_model_migration_garbled": (
        "the speech-to-text provider migrates appointment's telephony model to a new architecture "
        "(no action asked of customers): names and dates come back as fragments on a share of turns "
        "(p 0.45); the agent keeps asking callers to repeat. The other lines use another model"
    ),
    "dispute_flag_loop": (
        "a change to billing's dispute-a-charge branch behind a feature flag (60% of those calls) "
        "requires a field the caller is never asked for: the agent re-asks the same question until "
        "the caller asks for a person; billing's other intents and the unflagged calls are normal"
    ),
    "ws_pod_handshake_partial": (
        "one of appointment's four agent pods fails the relay's WebSocket upgrade (its proxy sidecar "
        "returns 502 after a restart) while the load balancer still sends it a quarter of the "
        "connections: a quarter of appointment's calls end failed/upstream_lost within 1.5 s with "
        "nothing said. The other lines' pods are fine"
    ),
    "appointment_text_reminder": (
        "a text reminder to patients to book their annual check-up: appointment gets 55% more calls for "
        "two hours, all of them normal"
    ),
    "short_quiet_lunch": (
        "a lunch hour a little quieter than usual: 15% of the callers on every line (40% of the short "
        "informational ones) do not call for an hour, every call normal"
    ),
    "no_change_release": (
        f"a release ({RELEASE}) with dependency bumps only, rolled blue/green to 35% of the stable calls "
        "for three hours: a version label with no history, every call as before"
    ),
}

_TTS = TtsStuck(share=0.3, workflow="refill")
_CANARY = CanaryCrash(CANARY)
_PLATFORM = CarrierDrop(share=0.3)
_GARBLED = Asr("garbled", p=0.45, workflow="appointment")
_DISPUTE = ShareIntentLoop("billing", intent="dispute_charge", share=0.6)
_POD = Unreachable(workflow="appointment", share=0.25)

PLAN_TEST19: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test19-a", 5401): (
        Row("06:47", 60, "early_tts_stall_refill", _TTS, "dead_air", workflow_scope(_TTS)),
        Row("11:41", 40, "canary_first_turn_crash", _CANARY, "canary_regression", {"agent_version": CANARY}),
        Row("15:22", 40, "platform_partial_drop", _PLATFORM, "traffic_stopped", workflow_scope(_PLATFORM)),
    ),
    ("test19-b", 5431): (
        Row("08:38", 40, "stt_model_migration_garbled", _GARBLED, "asr_garbled", workflow_scope(_GARBLED)),
        Row("12:56", 50, "dispute_flag_loop", _DISPUTE, "agent_loop", workflow_scope(_DISPUTE)),
        Row("17:34", 45, "ws_pod_handshake_partial", _POD, "agent_failed", workflow_scope(_POD)),
    ),
    ("test19-benign", 5461): (
        Row("09:23", 120, "appointment_text_reminder", Surge(0.55, "appointment")),
        Row("12:08", 60, "short_quiet_lunch", LunchLull(away=0.15, short_away=0.4)),
        Row("14:44", 180, "no_change_release", BlueGreen(RELEASE, share=0.35)),
    ),
}  # fmt: skip


def test19_days() -> list[Day]:
    """The simulated days of ``test19``, each with its cases; the evidence onset is the first affected
    call. Pytest does not collect this module: it is not under tests/."""
    return plan_days(SPLIT, PLAN_TEST19, PRODUCTION)
