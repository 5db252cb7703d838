"""KPIs per minute and per hour from the simulated calls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.store.kpis import FIELDS

HOUR_MS = 3_600_000
RATES = {
    "containment_rate", "resolved_containment_rate", "ttfhw_p50_ms", "ttfhw_p95_ms", "ttfhw_within_budget_share",
    "no_helpful_response_rate", "interruption_recovery_rate", "sentiment_delta_mean",
}  # fmt: skip
COUNTS = tuple(name for name in FIELDS if name not in RATES)


@pytest.fixture
def viewer(make_key: Callable[[str], str]) -> dict[str, str]:
    return {"X-API-Key": make_key("viewer")}


def kpis(client: TestClient, headers: dict[str, str], **params: Any) -> list[dict[str, Any]]:
    response = client.get("/api/v1/kpis", headers=headers, params=params)
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


def view_minutes(warehouse: Any) -> list[dict[str, Any]]:
    """Every row of ``kpi_minute_v``, keyed like the API's rows."""
    columns = ("bucket_ms", "workflow", "agent_version", *FIELDS)
    rows = warehouse.rows(
        "SELECT toUnixTimestamp(minute) * 1000, toString(workflow), toString(agent_version), "
        f"{', '.join(FIELDS)} FROM {{db}}.kpi_minute_v ORDER BY 1, 2, 3"
    )
    return [dict(zip(columns, row, strict=True)) for row in rows]


def pooled_hours(minutes: list[dict[str, Any]]) -> dict[tuple[int, str, str], dict[str, Any]]:
    """The view's minutes summed per hour x workflow x agent version: counts, and the counts behind
    the budget and filler shares (share x turns is a whole number of turns)."""
    hours: dict[tuple[int, str, str], dict[str, Any]] = {}
    for row in minutes:
        key = (row["bucket_ms"] - row["bucket_ms"] % HOUR_MS, row["workflow"], row["agent_version"])
        pool = hours.setdefault(key, dict.fromkeys((*COUNTS, "within_budget", "filler_only"), 0))
        for name in COUNTS:
            pool[name] += row[name]
        for name, share in (("within_budget", "ttfhw_within_budget_share"),
                            ("filler_only", "no_helpful_response_rate")):  # fmt: skip
            pool[name] += round((row[share] or 0) * row["turns"])
    return hours


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def test_minute_rows_are_the_warehouse_view_field_for_field(
    client: TestClient, viewer: dict[str, str], loaded_warehouse: Any
) -> None:
    minutes = kpis(client, viewer, grain="minute")
    assert minutes == view_minutes(loaded_warehouse)
    assert len({r["bucket_ms"] for r in minutes}) > 1


def test_hours_pool_the_minutes_of_the_view_field_for_field(
    client: TestClient, viewer: dict[str, str], loaded_warehouse: Any
) -> None:
    hours = kpis(client, viewer, grain="hour")
    minutes = view_minutes(loaded_warehouse)
    pooled = pooled_hours(minutes)
    assert len(pooled) < len(minutes), "no hour holds more than one minute: nothing is pooled"
    assert [(r["bucket_ms"], r["workflow"], r["agent_version"]) for r in hours] == sorted(pooled)
    exact = exact_per_hour(loaded_warehouse)
    for row in hours:
        key = (row["bucket_ms"], row["workflow"], row["agent_version"])
        pool, (p50, p95, sentiment) = pooled[key], exact.get(key, (None, None, None))
        settled = pool["calls_ended"] - pool["abandoned_early"]
        expected = {
            **{name: pool[name] for name in COUNTS},
            "containment_rate": ratio(pool["contained"], settled),
            "resolved_containment_rate": ratio(pool["resolved_contained"], settled),
            "ttfhw_p50_ms": p50,
            "ttfhw_p95_ms": p95,
            "ttfhw_within_budget_share": ratio(pool["within_budget"], pool["turns"]),
            "no_helpful_response_rate": ratio(pool["filler_only"], pool["turns"]),
            "interruption_recovery_rate": ratio(pool["interrupts_recovered"], pool["interrupts"]),
            "sentiment_delta_mean": sentiment,
        }
        assert set(expected) == set(FIELDS)
        close = {name: None if v is None else pytest.approx(v, rel=1e-12) for name, v in expected.items()}
        assert {name: row[name] for name in FIELDS} == close, key
    ended = loaded_warehouse.rows("SELECT count() FROM {db}.calls FINAL WHERE ended")[0][0]
    assert sum(r["calls_ended"] for r in hours) == ended
    assert all(r["bucket_ms"] % HOUR_MS == 0 for r in hours)


def exact_per_hour(warehouse: Any) -> dict[tuple[int, str, str], tuple[Any, Any, Any]]:
    """(TTFHW p50, p95, mean sentiment delta) per hour x workflow x agent version, from the rows
    themselves (percentiles and means cannot be pooled from minutes)."""
    turns = warehouse.rows(
        "SELECT toUnixTimestamp(toStartOfHour(start_at)) * 1000, toString(workflow), toString(agent_version), "
        "quantileExactInclusive(0.5)(ttfhw_ms), quantileExactInclusive(0.95)(ttfhw_ms) "
        "FROM {db}.turn_metrics FINAL GROUP BY 1, 2, 3"
    )
    calls = warehouse.rows(
        "SELECT toUnixTimestamp(toStartOfHour(ended_at)) * 1000, toString(workflow), toString(agent_version), "
        "avg(sentiment_delta) FROM {db}.calls FINAL WHERE ended AND ended_at IS NOT NULL GROUP BY 1, 2, 3"
    )
    sentiment = {(b, w, v): mean for b, w, v, mean in calls}
    percentiles = {(b, w, v): (p50, p95) for b, w, v, p50, p95 in turns}
    keys = set(sentiment) | set(percentiles)
    return {k: (*percentiles.get(k, (None, None)), sentiment.get(k)) for k in keys}


def test_an_hours_ttfhw_p95_is_computed_over_its_turns_not_averaged_over_minutes(
    client: TestClient, viewer: dict[str, str], loaded_warehouse: Any
) -> None:
    rows = [r for r in kpis(client, viewer, grain="hour", workflow="billing", agent_version="1.4.0")]
    assert rows and any(r["turns"] >= 20 for r in rows)
    for row in rows:
        [(p95,)] = loaded_warehouse.rows(
            "SELECT quantileExactInclusive(0.95)(ttfhw_ms) FROM {db}.turn_metrics FINAL "
            "WHERE workflow = 'billing' AND agent_version = '1.4.0' AND toStartOfHour(start_at) = "
            "fromUnixTimestamp64Milli({b:Int64}, 'UTC')",
            b=row["bucket_ms"],
        )
        assert row["ttfhw_p95_ms"] == pytest.approx(p95)


def test_workflow_and_time_filters_narrow_the_rows(
    client: TestClient, viewer: dict[str, str], loaded_warehouse: Any
) -> None:
    billing = kpis(client, viewer, workflow="billing")
    assert billing and {r["workflow"] for r in billing} == {"billing"}
    middle = sorted({r["bucket_ms"] for r in billing})[len(billing) // 2]
    later = kpis(client, viewer, workflow="billing", since=str(middle // 1000))
    assert later and min(r["bucket_ms"] for r in later) == middle
    earlier = kpis(client, viewer, workflow="billing", until=str(middle // 1000))
    assert earlier and max(r["bucket_ms"] for r in earlier) < middle
    assert len(later) + len(earlier) == len(billing)


def test_an_unknown_grain_is_a_422_problem(client: TestClient, viewer: dict[str, str]) -> None:
    response = client.get("/api/v1/kpis", headers=viewer, params={"grain": "week"})
    assert response.status_code == 422
    assert "grain" in response.json()["detail"]
