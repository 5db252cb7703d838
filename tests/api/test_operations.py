"""Operational routes and the spec: health, readiness, Prometheus metrics, OpenAPI, problem+json."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.context import ApiContext


def test_healthz_and_readyz_answer_without_a_key(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}


def test_readyz_is_503_when_the_warehouse_does_not_answer(api_ctx: ApiContext) -> None:
    ctx = dataclasses.replace(api_ctx, database="no_such_database_here")
    with TestClient(create_app(ctx)) as client:
        response = client.get("/readyz")
        assert client.get("/healthz").status_code == 200
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"


def test_metrics_count_requests_by_route_template_never_by_call_sid(
    client: TestClient, make_key: Callable[[str], str], loaded_warehouse: Any
) -> None:
    headers = {"X-API-Key": make_key("analyst")}
    sid = loaded_warehouse.sids[3]
    client.get(f"/api/v1/calls/{sid}", headers=headers)
    client.get(f"/api/v1/calls/{sid}", headers=headers)
    client.get("/api/v1/calls/CA" + "0" * 32, headers=headers)
    client.get("/nowhere/CA123")
    text = client.get("/metrics").text
    assert 'callpulse_api_requests_total{method="GET",route="/api/v1/calls/{sid}",status="200"} 2.0' in text
    assert 'callpulse_api_requests_total{method="GET",route="/api/v1/calls/{sid}",status="404"} 1.0' in text
    assert 'callpulse_api_requests_total{method="GET",route="unmatched",status="404"} 1.0' in text
    assert 'callpulse_api_request_seconds_count{method="GET",route="/api/v1/calls/{sid}"} 3.0' in text
    assert sid not in text and "CA123" not in text


def test_the_openapi_spec_describes_every_route_with_its_errors(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path, method in [
        ("/api/v1/calls", "get"), ("/api/v1/calls/{sid}", "get"), ("/api/v1/calls/{sid}/raw", "post"),
        ("/api/v1/kpis", "get"), ("/api/v1/alerts", "get"), ("/api/v1/audit", "get"),
        ("/api/v1/alertmanager/webhook", "post"), ("/healthz", "get"), ("/readyz", "get"), ("/metrics", "get"),
    ]:  # fmt: skip
        assert method in paths[path], path
    one_call = paths["/api/v1/calls/{sid}"]["get"]
    assert {"401", "403", "404"} <= set(one_call["responses"])
    assert "application/problem+json" in one_call["responses"]["404"]["content"]
    assert "429" in paths["/api/v1/calls/{sid}/raw"]["post"]["responses"]
    assert {"HTTPBearer", "APIKeyHeader", "APIKeyCookie"} <= set(spec["components"]["securitySchemes"])


def test_an_unknown_path_is_a_problem_too(client: TestClient) -> None:
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def test_the_access_log_has_method_path_and_status_but_never_the_query_string(
    client: TestClient, make_key: Callable[[str], str], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="callpulse.api.access"):
        client.get(
            "/api/v1/calls", headers={"X-API-Key": make_key("analyst")}, params={"q": "Dana Whitfield"}
        )
    [line] = [r.getMessage() for r in caplog.records if r.name == "callpulse.api.access"]
    assert line.startswith("GET /api/v1/calls 200 ")
    assert "Dana" not in line and "q=" not in line


def test_there_is_no_docs_page_that_would_load_scripts_from_a_cdn(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404
