"""The ``test21`` split (issue 20): a fresh held-out set of three days for the pager, written without
reading the detector, its signals, rules, tests or past results. Two incident days and one day that
must not page. Each incident a way voice agents really break in production, in variants and at hours
no earlier split used: billing's account service answering every lookup with a maintenance error for
an hour at night while a batch job holds it (a night-time fault at about one call a minute, and a tool
failing with errors on one line), appointment's slot search answering in 3.5-6 s during the scheduling
vendor's degradation (the slow tool, still succeeding), appointment's number re-pointed at refill's
flow for 40 minutes (traffic that stops on one line while another rises), billing's transfers to a
person going silent when the contact-center queue's dial target breaks (dead air after the hand-off
line, on one line), the provider moving the ``gpt-4o-mini`` alias to a new snapshot that re-asks its
question on every line (an agent loop by model), and half of appointment's calls getting empty
transcripts from the speech provider's medical model (speech recognition returning nothing, on one
line). No new effect: each is an earlier module's, with settings no split used. Benign: an
auto-refill enrollment text campaign on refill, a new stable build rolled out over an hour through the
canary pool with no effect, and a storm warning bringing short "is it still on?" calls to appointment.

The slow tool repeats a tool cause (``tool_latency:find_slots``, tune-c's 6-9 s at 21:30) and the night
errors another (``tool_failure:find_account``, test15's lookups past a deadline at 12:09):
``test_later_splits`` allows a (cause, tool) pair again with another setting of the effect at another
onset hour.

Its days draw seeds 5601, 5631 and 5661 (an hour h: seed + h; the same hour last week: seed + 1 + h),
so none of their hours is drawn by another split (test20 ends at 5586, test6 starts at 9101). Judged
once, after the detector and rules are frozen, by the lead; changing a case after a result voids the
result."""

from __future__ import annotations

from bench.alerts_cases.benign3 import CanaryRollout
from bench.alerts_cases.case import Day
from bench.alerts_cases.faults import AsrShare, ToolErrors
from bench.alerts_cases.faults4 import ModelLoop
from bench.alerts_cases.faults5 import StormCalls
from bench.alerts_cases.faults7 import HandoffDeadAir, Rerouted
from bench.alerts_cases.incidents import SlowTool
from bench.alerts_cases.kinds import workflow_scope
from bench.alerts_cases.shifts import Surge
from bench.alerts_cases.test9 import Row, plan_days

SPLIT = "test21"
SEEDS = (5601, 5631, 5661)  # 30 apart: see the module docstring
BUILD = "1.21.0"  # no earlier split's build
MODEL = "gpt-4o-mini"  # the simulator's most used model (55% of the agent's calls)
# the rollout: 10%, 25%, 50%, 75% of the calls in four quarter-hours from 13:45, then every call until
# midnight (CanaryRollout's steps are equal parts of the window: 41 of 15 minutes in 615)
ROLLOUT = (0.1, 0.25, 0.5, 0.75) + (1.0,) * 37

PRODUCTION: dict[str, str] = {  # kind -> how it happens in production (sources: README.md, "test21")
    "night_account_batch_lock": (
        "billing's account service runs its nightly statement batch, which takes the accounts table "
        "offline; the service answers every find_account with a maintenance error (maintenance_503) "
        "for an hour from 02:43, a window the billing team scheduled without telling the voice "
        "team. About one billing call in two minutes; each one that needs the lookup fails, the agent "
        "retries half the time, apologises and hands off. The other lines do not use that service"
    ),
    "scheduling_vendor_slow_slots": (
        "the scheduling (EHR) vendor's availability API is degraded, as vendors' status pages report "
        "it: find_slots answers in 3.5-6 s instead of under a second, still with correct slots, for "
        "40 minutes; callers hear silence and fill it. Appointment's other tools and other lines are normal"
    ),
    "appointment_number_repointed": (
        "a change in the telephony console re-points appointment's number at refill's flow (a copy-paste "
        "of the wrong webhook URL): appointment receives no calls for 40 minutes, while refill gets its "
        "usual calls plus as many more (callers who meant appointment, served as refill's callers)"
    ),
    "billing_transfer_dial_silent": (
        "the contact center moves its human queue to a new SIP address and billing's transfer target "
        "is not updated: billing's agent says its hand-off line and requests the hand-off, then the "
        "dial fails silently; callers ask whether anyone is there and hang up, for 35 minutes"
    ),
    "model_alias_snapshot_loop": (
        f"the provider moves the {MODEL} alias to a new snapshot without notice (the label the agent "
        "reports does not change): the new snapshot ignores the prompt's 'this was answered' state and "
        "re-asks its question whatever the caller says, on every line's calls on that model, until the "
        "caller asks for a person; the rules engine and the other model are untouched"
    ),
    "medical_stt_model_empty": (
        "appointment's speech recognition uses the provider's medical model (the clinic vocabulary); a "
        "bad rollout on one of the provider's two serving pools for it returns empty final transcripts: "
        "on half of appointment's calls for 40 minutes, each caller turn comes back empty with "
        "probability 0.75; the agent asks the caller to repeat, some give up. Other lines use the "
        "general model and are heard"
    ),
    "auto_refill_text_campaign": (
        "a text message inviting refill's members to enrol in automatic refills: refill gets 45% more "
        "calls for two hours, all of them normal"
    ),
    "stable_release_rollout": (
        f"a new stable build ({BUILD}, a dependency bump with no behaviour change) rolls out through the "
        "canary pool: 10%, 25%, 50%, 75% of the calls in four quarter-hours from 13:45, then every call "
        "until midnight; the calls are otherwise as they would have been"
    ),
    "storm_warning_calls": (
        "a winter storm warning in the afternoon: patients ring appointment to ask whether tomorrow's "
        "visit is still on, 70% more calls for 150 minutes, all short informational calls that end well"
    ),
}

_BATCH = ToolErrors("billing", "find_account", share=1.0, error_code="maintenance_503")
_SLOTS = SlowTool("appointment", "find_slots", latency_ms=(3_500, 6_000))
_REPOINT = Rerouted(workflow="appointment", to="refill", rate=1.0)
_DIAL = HandoffDeadAir(workflow="billing")
_LOOP = ModelLoop(model=MODEL)
_EMPTY = AsrShare(mode="empty", p=0.75, workflow="appointment", share=0.5)

PLAN_TEST21: dict[tuple[str, int], tuple[Row, ...]] = {
    ("test21-a", 5601): (
        Row("02:43", 60, "night_account_batch_lock", _BATCH, "tool_failure:find_account", workflow_scope(_BATCH)),
        Row("11:12", 40, "scheduling_vendor_slow_slots", _SLOTS, "tool_latency:find_slots", workflow_scope(_SLOTS)),
        Row("14:36", 40, "appointment_number_repointed", _REPOINT, "traffic_stopped", {"workflow": "appointment"}),
    ),
    ("test21-b", 5631): (
        Row("11:46", 35, "billing_transfer_dial_silent", _DIAL, "dead_air", workflow_scope(_DIAL)),
        Row("14:13", 45, "model_alias_snapshot_loop", _LOOP, "agent_loop"),
        Row("17:27", 40, "medical_stt_model_empty", _EMPTY, "asr_empty", workflow_scope(_EMPTY)),
    ),
    ("test21-benign", 5661): (
        Row("10:14", 120, "auto_refill_text_campaign", Surge(0.45, "refill")),
        Row("13:45", 615, "stable_release_rollout", CanaryRollout(version=BUILD, steps=ROLLOUT)),
        Row("16:33", 150, "storm_warning_calls", StormCalls(workflow="appointment", rate=0.7)),
    ),
}  # fmt: skip


def test21_days() -> list[Day]:
    """The simulated days of ``test21``, each with its cases; the evidence onset is the first affected
    call. Pytest does not collect this module: it is not under tests/."""
    return plan_days(SPLIT, PLAN_TEST21, PRODUCTION)
