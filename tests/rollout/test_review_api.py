"""``GET /api/v1/reviews/sample`` and ``/agreement``: the week's review as JSON, behind the same roles."""

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
from rollout.reviews import Label, sample_week, save_label

WEEK = "2025-W48"


@pytest.fixture
def api(warehouse: Any, make_result: Any, calls: Any) -> Iterator[tuple[TestClient, KeyStore]]:
    calls.write([{"workflow": "billing", "task_success": i % 2 == 0} for i in range(6)])
    ctx = api_ctx_on(warehouse, ManualClock(make_result.t0_ms))
    with TestClient(create_app(ctx)) as client:
        yield client, key_store(ctx)


def test_the_sample_and_the_agreement_as_json(api: tuple[TestClient, KeyStore], warehouse: Any) -> None:
    client, keys = api
    db = warehouse.database
    drawn = sample_week(warehouse.client, WEEK, per_stratum=2, seed=4, now_ms=0, database=db)
    success = next(c for c in drawn if c.task_success)
    save_label(warehouse.client, Label(success.call_sid, WEEK, "rev", 1, False, False, True), database=db)
    analyst = {"X-API-Key": keys.create("a", "analyst")[1]}
    body = client.get("/api/v1/reviews/sample", headers=analyst, params={"week": WEEK}).json()
    assert len(body["calls"]) == 4
    [labelled] = [c for c in body["calls"] if c["label"]]
    assert labelled["call_sid"] == success.call_sid and labelled["label"]["compliance_problem"] is True
    viewer = {"X-API-Key": keys.create("v", "viewer")[1]}
    [billing] = client.get("/api/v1/reviews/agreement", headers=viewer, params={"week": WEEK}).json()[
        "workflows"
    ]
    assert (billing["labelled"], billing["agreed"]) == (1, 0)
    assert billing["disagreements"] == [
        {"call_sid": success.call_sid, "agent_version": "1.0.0", "automatic": True, "reviewer": False}
    ]
    assert client.get("/api/v1/reviews/sample", headers=viewer, params={"week": WEEK}).status_code == 403


@pytest.mark.parametrize(("week", "status"), [("2026-W54", 400), ("48", 422)], ids=["no-such-week", "format"])
def test_a_bad_week_is_a_client_error(api: tuple[TestClient, KeyStore], week: str, status: int) -> None:
    client, keys = api
    response = client.get("/api/v1/reviews/agreement", headers={"X-API-Key": keys.create("v", "viewer")[1]},
                          params={"week": week})  # fmt: skip
    assert response.status_code == status, response.text
