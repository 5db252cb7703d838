"""``GET /api/v1/compare`` over a small chDB warehouse: the permission, the arguments, the decision."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.auth.keys import KeyStore
from api.context import ApiContext
from ingest.clock import ManualClock
from stream.restricted.keyring import Keyring


@pytest.fixture
def api(warehouse: Any, make_result: Any, calls: Any) -> Iterator[tuple[TestClient, KeyStore]]:
    calls.write(calls.version("1.0.0", 150, 1) + calls.version("2.0.0", 150, 3))
    ctx = ApiContext(
        client=warehouse.client, database=warehouse.database, restricted_database=warehouse.restricted_database,
        keyring=Keyring("t1", {"t1": b"t" * 32}), key_pepper=b"pepper", clock=ManualClock(make_result.t0_ms), ttfhw_budget_ms=1_500,
    )  # fmt: skip
    keys = KeyStore(ctx.client, ctx.restricted_database, ctx.key_pepper, ctx.clock)
    with TestClient(create_app(ctx)) as client:
        yield client, keys


def test_a_viewer_reads_the_comparison_and_the_decision(api: tuple[TestClient, KeyStore]) -> None:
    client, keys = api
    headers = {"X-API-Key": keys.create("lead", "viewer")[1]}
    response = client.get(
        "/api/v1/compare", headers=headers, params={"a_version": "1.0.0", "b_version": "2.0.0"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["decision"] == "roll back" and (body["calls_a"], body["calls_b"]) == (150, 150)
    headline = body["kpis"][0]
    assert headline["name"] == "resolved_containment" and headline["verdict"] == "worse"
    assert headline["sequence"]["upper"] < 0


def test_the_arguments_must_name_two_cohorts(api: tuple[TestClient, KeyStore]) -> None:
    client, keys = api
    headers = {"X-API-Key": keys.create("lead", "viewer")[1]}
    for params in ({}, {"a_version": "1.0.0"}, {"canary": "true", "a_version": "1.0.0"},
                   {"a_version": "1.0.0", "b_version": "1.0.0"}):  # fmt: skip
        response = client.get("/api/v1/compare", headers=headers, params=params)
        assert response.status_code == 400, (params, response.text)
    assert client.get("/api/v1/compare", params={"canary": "true"}).status_code == 401


def test_the_route_is_in_the_openapi_spec(api: tuple[TestClient, KeyStore]) -> None:
    spec = api[0].get("/openapi.json").json()
    operation = spec["paths"]["/api/v1/compare"]["get"]
    assert {"a_version", "b_version", "canary", "workflow", "since", "until"} <= {
        p["name"] for p in operation["parameters"]
    }
    assert "ComparisonOut" in spec["components"]["schemas"]
