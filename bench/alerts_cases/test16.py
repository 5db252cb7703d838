"""The ``test16`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. The issue's kinds in variants no earlier split used, each a way voice agents really
break in production: appointment's agent endpoint refusing every connection in the night once its
TLS certificate has expired, a canary build whose framework upgrade leaves the agent silent after the
caller's second utterance, refill's menu option re-pointed at the billing flow, billing's recognizer
switched to automatic language detection so short English answers come back as other words, the
identity service behind billing's ``verify_identity`` slowing past the agent's 4 s deadline, and a
prompt change on refill's prescription branch whose confirmation step never accepts an answer. No new failure mode: every
effect is an earlier module's, with settings no split used. Benign: a mail-order pharmacy letter to
members, a lunch dip, and a release that changes nothing rolled to three fifths of the calls.

Its days draw seeds 4801, 4831 and 4861 (an hour h: seed + h; the same hour last week: seed + 1 + h),
so none of their hours is drawn by another split (test15 ends at 4786, test3 starts at 5101). Judged
once, after the detector and rules are frozen, by the lead; changing a case after a result voids the
result."""

from __future__ import annotations

from bench.alerts_cases.case import Day
from bench.alerts_cases.degradations import Asr
from bench.alerts_cases.faults import Unreachable
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults5 import BuildDeadAir
from bench.alerts_cases.faults6 import IntentLoop, LunchLull
from bench.alerts_cases.faults7 import Rerouted
from bench.alerts_cases.faults13 import SlowPastDeadline
from bench.alerts_cases.shifts import Surge
from bench.alerts_cases.test9 import Row, plan_days

SPLIT = "test16"
SEEDS = (4801, 4831, 4861)  # 30 apart: see the module docstring
CANARY = "1.16.0-rc1"  # no earlier split's build
RELEASE = "1.16.0"  # no earlier split's build

PRODUCTION: dict[str, str] = {  # kind -> how it happens in production (sources: README.md, "test16")
    "night_cert_expiry": (
        "the TLS certificate of appointment's agent endpoint (its own host name) expires in the night: "
        "the renewal ran but the load balancer never reloaded it, so every new WebSocket handshake from "
        "the relay fails; each appointment call ends failed/upstream_lost within 1.5 s with nothing "
        "said. The other lines' endpoints carry their own certificates and run as ever"
    ),
    "canary_framework_dead_air": (
        f"a canary build ({CANARY}, ~10% of the calls on every line) upgrades the voice-agent framework; "
        "its new turn handling deadlocks on the caller's second utterance and the reply never comes: "
        "canary callers ask whether anyone is there and hang up; the stable build is untouched"
    ),
    "menu_option_to_billing": (
        "a publish of the main number's IVR flow points the 'prescriptions' option at the billing flow: "
        "refill receives no call at all, billing receives the callers who meant refill (served as "
        "billing's callers); nothing errors"
    ),
    "auto_language_garbled": (
        "a configuration push sets billing's transcription language to automatic detection ('multi') "
        "instead of English: short answers (yes, numbers, names) are often detected as another "
        "language and come back as a few wrong words; the agent asks the caller to repeat, some give "
        "up. The other lines keep their English setting"
    ),
    "identity_check_past_deadline": (
        "the CRM that billing's verify_identity checks the caller's date of birth against slows after "
        "its vendor's maintenance (2-6 s instead of 0.15-0.8 s); billing's tool client gives up at 4 s, "
        "so about half the checks time out and those callers are handed to a person, the rest wait"
    ),
    "confirm_step_loop": (
        "a prompt deploy on refill's prescription branch adds a step confirming the pickup pharmacy "
        "whose check never accepts the caller's answer: every refill_prescription call re-asks its "
        "question until the caller asks for a person; refill's other intents go on as before"
    ),
    "mail_order_letter": (
        "a health plan's letter about its 90-day mail-order refills reaches members that morning: refill "
        "gets 70% more calls for two and a half hours, every call normal"
    ),
    "lunch_break": (
        "the lunch hour: 30% of the callers (60% of the short informational ones) do not call from "
        "12:22 to 13:32, every call that comes is normal"
    ),
    "config_only_release": (
        f"a release ({RELEASE}) that only moves configuration into environment variables, rolled "
        "blue/green to three fifths of the stable calls from 13:51 for five hours: a version label with "
        "no history, every call as before"
    ),
}

PLAN_TEST16: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test16-a", 4801): (
        Row("01:52", 55, "night_cert_expiry", Unreachable("appointment", share=1.0), "agent_failed",
            {"workflow": "appointment"}),
        Row("11:18", 35, "canary_framework_dead_air", BuildDeadAir(None, after=2, version=CANARY), "dead_air",
            {"agent_version": CANARY}),
        Row("14:46", 35, "menu_option_to_billing", Rerouted("refill", to="billing", rate=0.45), "traffic_stopped",
            {"workflow": "refill"}),
    ),
    ("test16-b", 4831): (
        Row("10:37", 35, "auto_language_garbled", Asr("garbled", p=0.55, workflow="billing"), "asr_garbled",
            {"workflow": "billing"}),
        Row("13:03", 35, "identity_check_past_deadline",
            SlowPastDeadline("billing", "verify_identity", latency_ms=(2_000, 6_000), deadline_ms=4_000),
            "tool_failure:verify_identity", {"workflow": "billing"}),
        Row("16:08", 35, "confirm_step_loop", IntentLoop("refill", intent="refill_prescription"), "agent_loop",
            {"workflow": "refill"}),
    ),
    ("test16-benign", 4861): (
        Row("09:44", 150, "mail_order_letter", Surge(0.7, "refill")),
        Row("12:22", 70, "lunch_break", LunchLull(away=0.3, short_away=0.6)),
        Row("13:51", 300, "config_only_release", BlueGreen(RELEASE, share=0.6)),
    ),
}  # fmt: skip


def test16_days() -> list[Day]:
    """The simulated days of ``test16``, each with its cases; the evidence onset is the first
    affected call (no case here ramps up). Pytest does not collect this module: it is not under
    tests/."""
    return plan_days(SPLIT, PLAN_TEST16, PRODUCTION)
