"""The compare page and the after-call review pages over a small chDB warehouse (FastAPI's test client)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from api_contexts import api_ctx_on
from fastapi.testclient import TestClient

from api.app import create_app
from api.auth.dependencies import key_store
from api.auth.keys import KeyStore
from api.pages import compare_view
from api.store.audit import list_audit
from ingest.clock import ManualClock
from rollout.cohorts import CallRow
from rollout.compare import ComparisonSpec, compare_rows
from rollout.guardrails import Guardrails
from rollout.reviews import read_sample, sample_week

WEEK = "2025-W48"


@pytest.fixture
def site(warehouse: Any, make_result: Any, calls: Any) -> Iterator[tuple[TestClient, KeyStore]]:
    calls.write(calls.version("1.0.0", 60, 1) + calls.version("2.0.0", 60, 3))
    ctx = api_ctx_on(warehouse, ManualClock(make_result.t0_ms + 86_400_000))
    keys = key_store(ctx)
    with TestClient(create_app(ctx), follow_redirects=False) as client:
        yield client, keys


def key(keys: KeyStore, role: str, name: str = "lead") -> dict[str, str]:
    return {"X-API-Key": keys.create(name, role)[1]}


def test_the_compare_page_shows_the_decision_and_each_kpi(site: tuple[TestClient, KeyStore]) -> None:
    client, keys = site
    page = client.get(
        "/compare", headers=key(keys, "viewer"), params={"mode": "versions", "a": "1.0.0", "b": "2.0.0"}
    )
    assert page.status_code == 200, page.text
    assert '<p class="decision-word">Roll back</p>' in page.text
    assert "resolved containment is worse" in page.text
    assert "100.0%" in page.text and "33.3%" in page.text and "-66.7 points" in page.text
    assert '<tr data-kpi="resolved_containment">' in page.text and ">Resolved containment</td>" in page.text
    assert '<tr data-workflow="billing">' in page.text  # all workflows: each one on its own below
    one = client.get(
        "/compare", headers=key(keys, "viewer"),
        params={"mode": "versions", "a": "1.0.0", "b": "2.0.0", "workflow": "billing"},
    )  # fmt: skip
    assert one.status_code == 200 and "Roll back" in one.text and 'id="workflows"' not in one.text


def test_the_default_canary_view_says_how_many_more_calls(
    site: tuple[TestClient, KeyStore], calls: Any
) -> None:
    client, keys = site
    calls.write(calls.version("2.1.0", 8, 2, canary=True))
    page = client.get("/compare", headers=key(keys, "viewer"))
    assert page.status_code == 200, page.text
    assert '<p class="decision-word">Hold</p>' in page.text
    assert "not enough calls yet: about" in page.text and "more for a 3-point difference" in page.text


def test_a_bad_compare_form_is_a_message_beside_it(site: tuple[TestClient, KeyStore]) -> None:
    client, keys = site
    page = client.get("/compare", headers=key(keys, "viewer"), params={"mode": "versions", "a": "1.0.0"})
    assert page.status_code == 400 and "choose version B" in page.text and 'id="decision"' not in page.text


def test_the_review_pages_need_calls_read(site: tuple[TestClient, KeyStore]) -> None:
    client, keys = site
    to_login = client.get("/review", headers={"Accept": "text/html"})
    assert to_login.status_code == 303 and to_login.headers["location"].startswith("/login?next=")
    page = client.get("/review", headers=key(keys, "viewer"), params={"week": WEEK})
    assert page.status_code == 403 and "calls:read" in page.text


def test_a_week_without_a_sample_says_how_to_draw_one(site: tuple[TestClient, KeyStore]) -> None:
    client, keys = site
    page = client.get("/review", headers=key(keys, "analyst"), params={"week": WEEK})
    assert page.status_code == 200 and f"callpulse review sample --week {WEEK}" in page.text


def test_labelling_a_call_stores_the_label_and_an_audit_entry(
    site: tuple[TestClient, KeyStore], warehouse: Any
) -> None:
    client, keys = site
    db = warehouse.database
    sample = sample_week(warehouse.client, WEEK, per_stratum=2, seed=3, now_ms=0, database=db)
    headers = key(keys, "analyst", "reviewer-ana")
    listing = client.get("/review", headers=headers, params={"week": WEEK})
    assert listing.status_code == 200 and "0 of 6 calls labelled" in listing.text
    assert all(c.call_sid in listing.text for c in sample)
    first = read_sample(warehouse.client, WEEK, database=db)[0]
    page = client.get(f"/review/{first.call_sid}", headers=headers)
    assert page.status_code == 200 and "Transcript <small>(redacted)</small>" in page.text
    answers = {"task_done": "no", "wrong_information": "yes", "compliance_problem": "no"}
    saved = client.post(f"/review/{first.call_sid}", headers=headers, data=answers)
    assert saved.status_code == 303 and saved.headers["location"].startswith("/review/CA")
    [label] = [
        c.label for c in read_sample(warehouse.client, WEEK, database=db) if c.call_sid == first.call_sid
    ]
    assert label is not None and (label.reviewer, label.task_done, label.wrong_information) == (
        "reviewer-ana", False, True,
    )  # fmt: skip
    [entry] = list_audit(warehouse.client, db, call_sid=first.call_sid)
    assert (entry.actor, entry.role, entry.action) == ("reviewer-ana", "analyst", "review_label")
    assert "task_done=no" in entry.reason and WEEK in entry.reason
    listing = client.get("/review", headers=headers, params={"week": WEEK})
    assert "1 of 6 calls labelled" in listing.text and 'id="agreement"' in listing.text


def test_an_unanswered_question_stores_nothing(site: tuple[TestClient, KeyStore], warehouse: Any) -> None:
    client, keys = site
    db = warehouse.database
    [first, *_] = sample_week(warehouse.client, WEEK, per_stratum=1, seed=3, now_ms=0, database=db)
    page = client.post(f"/review/{first.call_sid}", headers=key(keys, "analyst"), data={"task_done": "yes"})
    assert page.status_code == 400 and "Answer: Did the agent give wrong information?" in page.text
    assert all(c.label is None for c in read_sample(warehouse.client, WEEK, database=db))
    assert list_audit(warehouse.client, db, call_sid=first.call_sid) == []


def test_a_call_outside_the_sample_is_not_reviewable(site: tuple[TestClient, KeyStore]) -> None:
    client, keys = site
    page = client.post("/review/CA" + "0" * 32, headers=key(keys, "analyst"), data={"task_done": "yes"})
    assert page.status_code == 404 and "is in no week" in page.text


def test_the_compare_page_words_latencies_and_share_intervals_for_a_person() -> None:
    rows_a = [_row(i % 2 == 0, 1_900.0 + i, within=i % 5) for i in range(6)]
    rows_b = [_row(True, 2_050.0 + i, within=4 - i) for i in range(4)]
    result = compare_rows(rows_a, rows_b, ComparisonSpec.versions("1", "2"), Guardrails())
    lines = {line.name: line for line in compare_view.lines(result)}
    assert lines["ttfhw_p50_ms"].value_a.endswith(" ms") and "," in lines["ttfhw_p50_ms"].value_a  # 1,902 ms
    low, high = lines["ttfhw_within_budget"].interval.removesuffix(" points").split(" to ")
    assert float(low) >= -100 and float(high) <= 100  # a difference of shares, never past 100 points
    assert lines["resolved_containment"].label == "Resolved containment"


def _row(resolved: bool, p50: float, within: int) -> CallRow:
    return CallRow(
        0, "billing", "1", False, False, False, resolved, resolved, 1, resolved,
        p50, p50 + 400, 4, within, 0, 0, 0.1, 60_000, 1, 0,
    )  # fmt: skip
