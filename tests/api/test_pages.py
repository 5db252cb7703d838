"""The pages over HTTP (no browser): who may see what, anchors that match the detector's links, text
escaped, the wallboard's JSON. The browser tests (tests/browser) check what a person sees."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from pattern_pipeline import feed as feed_lines
from pattern_pipeline import pattern_pipeline
from prometheus_client import CollectorRegistry

from api.app import create_app
from api.auth.dependencies import key_store

from events import CallBuilder

HTML = {"Accept": "text/html"}


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}", **HTML}


@pytest.mark.parametrize("path", ["/calls", "/wallboard", "/calls/CA" + "1" * 32])
def test_no_key_sends_a_browser_to_login_and_back(client, path):
    response = client.get(path, headers=HTML, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=" + path.replace("/", "%2F")


def test_the_login_page_keeps_only_local_targets(client):
    assert 'value="/wallboard"' in client.get("/login?next=/wallboard").text
    assert 'value="/calls"' in client.get("/login?next=//evil.example.com").text


def test_a_role_without_the_permission_gets_a_403_page_naming_it(client, make_key):
    response = client.get("/calls", headers=bearer(make_key("viewer")))
    assert response.status_code == 403 and "text/html" in response.headers["content-type"]
    assert "calls:read" in response.text
    unknown_or_not = client.get("/calls/CA" + "0" * 32, headers=bearer(make_key("viewer")))
    assert unknown_or_not.status_code == 403  # the same answer whether or not the call exists


def test_home_goes_where_the_role_may_go(client, make_key):
    viewer = client.get("/", headers=bearer(make_key("viewer")), follow_redirects=False)
    analyst = client.get("/", headers=bearer(make_key("analyst")), follow_redirects=False)
    assert viewer.headers["location"] == "/wallboard" and analyst.headers["location"] == "/calls"


def test_every_turn_the_detector_can_link_to_has_its_anchor(client, make_key, loaded_warehouse):
    key = make_key("analyst")
    for sid in loaded_warehouse.sids[:12]:
        page = client.get(f"/calls/{sid}", headers=bearer(key))
        assert page.status_code == 200
        anchors = {int(n) for n in re.findall(r'<section class="turn[^"]*" id="turn-(\d+)"', page.text)}
        indexes = {r[0] for r in loaded_warehouse.rows(
            "SELECT turn_index FROM {db}.turn_metrics FINAL WHERE call_sid = {s:String}", s=sid)}  # fmt: skip
        [(turns,)] = loaded_warehouse.rows(
            "SELECT turns FROM {db}.calls FINAL WHERE call_sid = {s:String}", s=sid
        )
        assert indexes <= anchors, sid
        assert anchors <= set(range(0, turns + 1)), sid  # turn 0 (greeting) .. the call's last turn
        assert turns == 0 or turns in anchors, sid  # the sentiment/containment alerts link to the last turn


def test_the_call_list_filters_and_says_what_is_wrong_with_a_bad_filter(client, make_key, loaded_warehouse):
    key = make_key("analyst")
    every = re.findall(r'<tr data-sid="([^"]+)"', client.get("/calls", headers=bearer(key)).text)
    assert sorted(every) == sorted(loaded_warehouse.sids)
    refill = re.findall(
        r'<tr data-sid="([^"]+)"', client.get("/calls?workflow=refill", headers=bearer(key)).text
    )
    expected = {
        r[0] for r in loaded_warehouse.rows("SELECT call_sid FROM {db}.calls FINAL WHERE workflow = 'refill'")
    }
    assert set(refill) == expected and 0 < len(refill) < len(every)
    bad = client.get("/calls?workflow=DROP%20TABLE&until=2025-13-01", headers=bearer(key))
    assert bad.status_code == 400
    assert "Workflow: lower-case letters" in bad.text and "To: a date and time" in bad.text


def test_the_time_range_filter_reads_utc_and_keeps_its_values(client, make_key, loaded_warehouse):
    since, until = "2025-11-24T16:20", "2025-11-24T16:40:30"  # datetime-local inputs, UTC
    page = client.get(f"/calls?since={since}&until={until}", headers=bearer(make_key("analyst")))
    shown = set(re.findall(r'<tr data-sid="([^"]+)"', page.text))
    expected = {r[0] for r in loaded_warehouse.rows(
        "SELECT call_sid FROM {db}.calls FINAL WHERE started_at >= '2025-11-24 16:20:00' "
        "AND started_at < '2025-11-24 16:40:30'")}  # fmt: skip
    assert shown == expected and 0 < len(expected) < len(loaded_warehouse.sids)
    assert f'value="{since}"' in page.text and f'value="{until}"' in page.text


def test_the_wallboard_json_needs_wallboard_read(client, make_key, loaded_warehouse):
    assert client.get("/api/v1/live").status_code == 401
    assert client.get("/api/v1/live", headers={"X-API-Key": make_key("alertmanager")}).status_code == 403
    live = client.get("/api/v1/live", headers={"X-API-Key": make_key("viewer")})
    assert live.status_code == 200
    assert {c["call_sid"] for c in live.json()["calls"]} == set(loaded_warehouse.live_sids)
    scores = [c["risk"]["score"] for c in live.json()["calls"]]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 100 for s in scores)


def test_the_api_routes_are_in_openapi_and_the_pages_are_not(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/v1/live" in paths and "/api/v1/calls/{call_sid}/handoff" in paths
    assert "/wallboard" not in paths and "/calls/{call_sid}" not in paths


def test_transcript_text_is_escaped(api_ctx, warehouse):
    """A caller who says something that looks like HTML cannot inject it into the supervisor's page."""
    call = CallBuilder("CA" + "5" * 32).started()
    call.agent(100, "Hi, I'm an automated assistant.", tags=("greeting",))
    call.caller(2_000, "<script>alert('x')</script> <img src=x onerror=alert(1)>")
    call.agent(2_800, "Sorry, I didn't catch that.")
    call.ended(9_000)
    pipeline = pattern_pipeline(warehouse.client, warehouse.database, call.start_ms + 60_000)
    feed_lines(pipeline, call.lines(), ts_ms=call.start_ms, source="pages")
    ctx = replace(
        api_ctx, client=warehouse.client, database=warehouse.database,
        restricted_database=warehouse.restricted_database, registry=CollectorRegistry(),
    )  # fmt: skip
    key = key_store(ctx).create("t", "analyst")[1]
    with TestClient(create_app(ctx)) as local:
        page = local.get(f"/calls/{call.call_sid}", headers=bearer(key))
        listed = local.get("/calls?q=script", headers=bearer(key))
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(" in page.text
    assert call.call_sid in listed.text
