"""``GET /api/v1/compare`` over a small chDB warehouse: the permission, the arguments, the decision."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from api_contexts import api_ctx_on
from fastapi.testclient import TestClient

from api.app import create_app
from api.auth.dependencies import key_store
from api.auth.keys import KeyStore
from ingest.clock import ManualClock


@pytest.fixture
def api(warehouse: Any, make_result: Any, calls: Any) -> Iterator[tuple[TestClient, KeyStore]]:
    calls.write(calls.version("1.0.0", 150, 1) + calls.version("2.0.0", 150, 3))
    ctx = api_ctx_on(warehouse, ManualClock(make_result.t0_ms))
    keys = key_store(ctx)
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
