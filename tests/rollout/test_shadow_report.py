"""The shadow report on a small known set: shadow calls matched with the people's imported outcomes."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import pytest
from human_calls import store_human_calls

from ingest.baseline.keys import call_key_of_id
from ingest.baseline.parse import HumanCall
from rollout.shadow import shadow_report
from rollout.stats.proportions import wilson

KEY = b"shadow-test-key"


def sid(i: int) -> str:
    return f"CA{i:032x}"  # what tests/rollout/conftest.write_calls names the i-th call


def agent(
    shadow: bool, contained: bool, i: int, workflow: str = "billing", reason: str = ""
) -> dict[str, Any]:
    return {
        "shadow": shadow, "workflow": workflow, "resolved_contained": contained, "contained": contained,
        "escalated": not contained, "task_success": contained, "ttfhw_p50_ms": 600.0 + 100 * i,
        "ttfhw_p95_ms": 1_000.0 + 100 * i, "handoff_reason": reason or None,
        "handoff_trigger": "policy" if reason else None,
    }  # fmt: skip


def person(i: int, resolved: bool, workflow: str = "billing") -> HumanCall:
    return HumanCall(
        call_key_of_id(KEY, sid(i)), "call_id", 0, 1, workflow, 300.0, resolved, not resolved, False, None
    )


def test_how_often_the_agent_would_have_contained_what_people_resolved(
    warehouse: Any, calls: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("rollout.shadow.KEYS_PER_QUERY", 3)  # the people's outcomes read in four queries
    specs = [agent(True, i < 6, i) for i in range(6)]  # 0-5: the agent would have contained
    specs += [
        agent(True, False, 6, reason="caller asked for a person"),
        agent(True, False, 7, reason="tool failed"),
    ]
    specs += [agent(True, True, 8), agent(True, False, 9, reason="caller asked for a person")]
    specs += [agent(True, True, 10)]  # no person's outcome imported
    specs += [agent(False, False, 11, reason="tool failed")]  # a live call: not in the report
    specs += [agent(True, True, 12, workflow="refill")]
    calls.write(specs)
    people = [person(i, resolved=i < 8) for i in range(10)] + [person(12, True, "refill"), person(11, True)]
    store_human_calls(warehouse, people)

    result = shadow_report(warehouse.client, KEY, database=warehouse.database)
    billing = result.workflows["billing"]
    assert (billing.shadow_calls, billing.matched, billing.person_resolved) == (11, 10, 8)
    assert (billing.would_contain.k, billing.would_contain.n) == (6, 8)
    assert billing.would_contain.interval == wilson(6, 8)
    assert (billing.would_claim_unresolved.k, billing.would_claim_unresolved.n) == (1, 2)
    assert (billing.handoffs.k, billing.handoffs.n) == (3, 11)
    assert billing.top_handoff_reasons == (
        ("caller asked for a person", "policy", 2),
        ("tool failed", "policy", 1),
    )
    assert billing.missed_reasons == (
        ("caller asked for a person", "policy", 1),
        ("tool failed", "policy", 1),
    )
    assert (
        billing.ttfhw_p50_ms.estimate == 1_100.0 and billing.calls_with_latency == 11
    )  # median of 600..1600
    overall = result.overall
    assert (overall.shadow_calls, overall.matched, overall.would_contain.k, overall.would_contain.n) == (
        12,
        11,
        7,
        9,
    )
    assert sorted(result.workflows) == ["billing", "refill"]
    refill = shadow_report(warehouse.client, KEY, database=warehouse.database, workflow="refill").overall
    assert (refill.workflow, refill.shadow_calls, refill.would_contain.k) == ("refill", 1, 1)
    as_json = result.to_dict()  # what `callpulse shadow report --json` writes
    assert as_json["workflows"]["billing"]["would_contain"]["k"] == 6
    assert as_json["overall"]["would_contain"]["interval"] == asdict(wilson(7, 9))


def test_the_printed_report_names_the_figures_and_says_when_nothing_matched() -> None:
    import io

    from rich.console import Console

    from callpulse.cli import build_parser
    from callpulse.cli.shadow import print_report
    from rollout.shadow import ShadowCall, report

    assert build_parser().parse_args(["shadow", "report", "--since", "7d"]).since == "7d"
    calls = [
        ShadowCall(
            sid(i),
            "refill",
            0,
            i < 3,
            i >= 3,
            "tool failed" if i >= 3 else None,
            "tool_failure" if i >= 3 else None,
            900.0,
            1_500.0,
            None,
        )
        for i in range(4)
    ]
    out = io.StringIO()
    print_report(Console(file=out, width=250), report(calls, None, None))
    text = out.getvalue()
    assert "1/4 = 25% [" in text and "900 ms / 1,500 ms" in text
    assert "no shadow call has a person's outcome yet" in text and "1  tool failed (tool_failure)" in text
