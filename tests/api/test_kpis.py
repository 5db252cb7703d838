"""KPIs per minute and per hour from the simulated calls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient


@pytest.fixture
def viewer(make_key: Callable[[str], str]) -> dict[str, str]:
    return {"X-API-Key": make_key("viewer")}


def kpis(client: TestClient, headers: dict[str, str], **params: Any) -> list[dict[str, Any]]:
    response = client.get("/api/v1/kpis", headers=headers, params=params)
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


def test_minute_rows_are_the_warehouse_view_and_hours_pool_them(
    client: TestClient, viewer: dict[str, str], loaded_warehouse: Any
) -> None:
    minutes = kpis(client, viewer, grain="minute")
    view = loaded_warehouse.rows(
        "SELECT count(), sum(calls_ended), sum(turns), sum(interrupts) FROM {db}.kpi_minute_v"
    )
    assert len(minutes) == view[0][0]
    hours = kpis(client, viewer, grain="hour")
    for field, column in ((1, "calls_ended"), (2, "turns"), (3, "interrupts")):
        assert sum(r[column] for r in minutes) == sum(r[column] for r in hours) == view[0][field]
    ended = loaded_warehouse.rows("SELECT count() FROM {db}.calls FINAL WHERE ended")[0][0]
    assert sum(r["calls_ended"] for r in hours) == ended
    assert all(r["bucket_ms"] % 3_600_000 == 0 for r in hours)


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
