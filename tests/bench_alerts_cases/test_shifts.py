"""Benign shifts change how many calls arrive and where, never how a call goes: every call is a
normal, healthy call, and the volumes match what each shift says."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.alerts_cases.shifts import Holiday, Launch, Surge

Event = dict[str, Any]


def _starts(calls: list[list[Event]], case: Any, workflow: str | None = None) -> int:
    return sum(1 for c in calls if case.active(c[0]["ts"]) and workflow in (None, c[0]["workflow"]))


def test_campaign_brings_60_percent_more_calls_to_one_workflow_only(run_case: Any, invalid: Any) -> None:
    run = run_case(Surge(0.6, "billing"), onset="10:00", minutes=120, per_hour=400)
    normal = list(run.normal.values())
    assert 1.45 < _starts(run.calls, run.case, "billing") / _starts(normal, run.case, "billing") < 1.75
    for wf in ("appointment", "refill"):
        assert _starts(run.calls, run.case, wf) == _starts(normal, run.case, wf)
    # every normal call is still there, unchanged; the added ones end like normal calls do
    assert all(run.by_sid[sid] == call for sid, call in run.normal.items())
    added = run.affected()
    assert len(added) == len(run.calls) - len(run.normal)
    ends = Counter(c[-1]["data"]["reason"] for c in added)
    assert ends["hangup"] + ends["agent_end"] > 0.6 * len(added)
    assert invalid(added) == []
    assert [c[0]["ts"] for c in run.calls] == sorted(c[0]["ts"] for c in run.calls)  # still in start order


def test_holiday_halves_every_workflow_all_day(run_case: Any) -> None:
    run = run_case(Holiday(0.5), onset="00:00", minutes=24 * 60, per_hour=100)
    normal = list(run.normal.values())
    for wf in ("billing", "appointment", "refill"):
        assert 0.42 < _starts(run.calls, run.case, wf) / _starts(normal, run.case, wf) < 0.58
    assert all(call == run.normal[sid] for sid, call in run.by_sid.items())  # the rest are untouched


def test_launch_a_new_workflow_appears_at_onset_with_no_history(run_case: Any, invalid: Any) -> None:
    run = run_case(Launch("claims", like="billing", share=0.15), onset="13:00", minutes=120, per_hour=400)
    claims = [c for c in run.calls if c[0]["workflow"] == "claims"]
    assert claims and min(c[0]["ts"] for c in claims) >= run.case.onset_ms
    assert 0.11 < len(claims) / _starts(list(run.normal.values()), run.case) < 0.19
    for call in claims:
        assert all(e["workflow"] == "claims" for e in call)
        assert call[0]["data"]["custom_parameters"]["line"] == "claims"
        assert call[0]["agent"]["prompt_version"] == "claims-v1"
    assert all(run.by_sid[sid] == call for sid, call in run.normal.items())
    assert invalid(claims) == []


def test_surge_adds_20_percent_everywhere_for_an_hour(run_case: Any) -> None:
    run = run_case(Surge(0.2), onset="16:00", minutes=60, per_hour=500)
    normal = list(run.normal.values())
    assert 1.15 < _starts(run.calls, run.case) / _starts(normal, run.case) < 1.25
    mix = Counter(c[0]["workflow"] for c in run.affected())
    assert set(mix) == {"billing", "appointment", "refill"}
    outside = [c for c in run.calls if not run.case.active(c[0]["ts"])]
    assert len(outside) == len([c for c in normal if not run.case.active(c[0]["ts"])])
