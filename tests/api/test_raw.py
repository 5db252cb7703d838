"""Raw transcripts: compliance only, a reason required, audited before the answer, rate limited,
and the text is the caller's original words decrypted from the restricted store."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from api.app import create_app
from api.auth.keys import parse
from api.context import ApiContext
from ingest.clock import ManualClock

READS_PER_MINUTE = 10


def raw(client: TestClient, key: str, sid: str, reason: str | None = "dispute #4411") -> Any:
    body = {} if reason is None else {"reason": reason}
    return client.post(f"/api/v1/calls/{sid}/raw", headers={"X-API-Key": key}, json=body)


def audit_rows(warehouse: Any, sid: str, *keys: str) -> list[tuple[Any, ...]]:
    """The audit rows of ``sid`` written for ``keys`` (the test's own): the warehouse is the session's, and
    another test, or this one run again (``--count``, ``--keep-duplicates``), may audit the same call."""
    actors = tuple(f" [{_key_id(key)}]" for key in keys)
    rows = warehouse.rows(
        "SELECT actor, role, action, reason FROM {db}.audit_log WHERE call_sid = {s:String} ORDER BY at",
        s=sid,
    )
    return [row for row in rows if str(row[0]).endswith(actors)]


def _key_id(key: str) -> str:
    parsed = parse(key)
    assert parsed is not None, "not an API key"
    return parsed[0]


def test_the_raw_text_is_the_original_words_and_the_read_is_audited_first(
    client: TestClient, make_key: Callable[[str], str], loaded_warehouse: Any
) -> None:
    sid = loaded_warehouse.sids[5]
    key = make_key("compliance")
    response = raw(client, key, sid, reason="  dispute   #4411 ")
    assert response.status_code == 200
    body = response.json()
    assert [u["text"] for u in body["utterances"]] == loaded_warehouse.raw_text[sid]
    redacted = [r[0] for r in loaded_warehouse.rows(
        "SELECT text FROM {db}.turns FINAL WHERE call_sid = {s:String} ORDER BY ts, event_id", s=sid)]  # fmt: skip
    assert redacted != loaded_warehouse.raw_text[sid]  # this call said something personal
    [(actor, role, action, reason)] = audit_rows(loaded_warehouse, sid, key)
    assert actor == body["audited_as"] and actor.startswith("test-compliance [")
    assert (role, action, reason) == ("compliance", "read_raw", "dispute #4411")


def test_the_audit_row_is_written_even_when_the_response_is_lost(
    api_ctx: ApiContext, make_key: Callable[[str], str], loaded_warehouse: Any
) -> None:
    sid = loaded_warehouse.sids[6]

    class Failing:  # a keyring that breaks after the audit write: the read fails half-way
        def open(self, *args: Any) -> str:
            raise RuntimeError("decrypt exploded")

    ctx = dataclasses.replace(api_ctx, keyring=Failing())
    with TestClient(create_app(ctx), raise_server_exceptions=False) as failing:
        response = raw(failing, key := make_key("compliance"), sid)
    assert response.status_code == 500
    assert "decrypt" not in response.text and loaded_warehouse.raw_text[sid][1] not in response.text
    assert [r[2] for r in audit_rows(loaded_warehouse, sid, key)] == ["read_raw"]


@pytest.mark.parametrize("reason", [None, "", "   ", "ok"])
def test_a_read_without_a_reason_is_refused_and_reads_nothing(
    reason: str | None, client: TestClient, make_key: Callable[[str], str], loaded_warehouse: Any
) -> None:
    sid = loaded_warehouse.sids[7]
    response = raw(client, key := make_key("compliance"), sid, reason)
    assert response.status_code == 422
    assert "reason" in response.json()["detail"]
    assert audit_rows(loaded_warehouse, sid, key) == []


@pytest.mark.parametrize("role", ["viewer", "analyst", "oncall", "admin"])
def test_only_compliance_reads_raw_text(
    role: str, client: TestClient, make_key: Callable[[str], str], loaded_warehouse: Any
) -> None:
    sid = loaded_warehouse.sids[8]
    response = raw(client, key := make_key(role), sid)
    assert response.status_code == 403
    assert loaded_warehouse.raw_text[sid][1] not in response.text
    assert audit_rows(loaded_warehouse, sid, key) == []


def test_reads_past_the_limit_get_429_with_retry_after_until_the_window_passes(
    api_ctx: ApiContext, make_key: Callable[[str], str], loaded_warehouse: Any
) -> None:
    clock = ManualClock(loaded_warehouse.now_ms)
    ctx = dataclasses.replace(api_ctx, clock=clock, raw_reads_per_minute=READS_PER_MINUTE)
    key, other = make_key("compliance"), make_key("compliance")
    sid = loaded_warehouse.sids[9]
    with TestClient(create_app(ctx)) as client:
        for _ in range(READS_PER_MINUTE):
            assert raw(client, key, sid).status_code == 200
            clock.advance(1_000)
        limited = raw(client, key, sid)
        assert limited.status_code == 429
        assert limited.headers["content-type"] == "application/problem+json"
        assert limited.headers["retry-after"] == "50"  # the first read leaves the window 60 s after it
        assert raw(client, other, sid).status_code == 200  # the limit is per key
        clock.advance(50_000)
        assert raw(client, key, sid).status_code == 200
    reads = audit_rows(loaded_warehouse, sid, key, other)
    assert len(reads) == READS_PER_MINUTE + 2  # refused reads are not reads


def test_an_unknown_call_is_404_after_the_attempt_is_audited(
    client: TestClient, make_key: Callable[[str], str], loaded_warehouse: Any
) -> None:
    sid = "CA" + "e" * 32
    response = raw(client, key := make_key("compliance"), sid)
    assert response.status_code == 404
    assert [r[2] for r in audit_rows(loaded_warehouse, sid, key)] == ["read_raw"]


def test_the_audit_route_shows_the_read_to_admins_only(
    client: TestClient, make_key: Callable[[str], str], loaded_warehouse: Any
) -> None:
    sid = loaded_warehouse.sids[10]
    reader = make_key("compliance")
    assert raw(client, reader, sid, reason="QA sample 12").status_code == 200
    admin = {"X-API-Key": make_key("admin")}
    listed = client.get("/api/v1/audit", headers=admin, params={"call_sid": sid}).json()["items"]
    entries = [e for e in listed if e["actor"].endswith(f" [{_key_id(reader)}]")]  # this test's read
    assert [(e["action"], e["role"], e["reason"], e["call_sid"]) for e in entries] == [
        ("read_raw", "compliance", "QA sample 12", sid)
    ]
    assert client.get("/api/v1/audit", headers={"X-API-Key": reader}).status_code == 403
    assert all(text not in str(entries) for text in loaded_warehouse.raw_text[sid])


def raw_page(client: TestClient, key: str, sid: str, reason: str) -> Any:
    """The call page's form, as a browser posts it (the page reads the API key from the session/header)."""
    return client.post(f"/calls/{sid}/raw", headers={"X-API-Key": key}, data={"reason": reason},
                       follow_redirects=False)  # fmt: skip


def test_the_call_page_offers_compliance_the_original_text_and_the_read_is_audited_with_its_reason(
    client: TestClient, make_key: Callable[[str], str], loaded_warehouse: Any
) -> None:
    sid = loaded_warehouse.sids[11]
    key = make_key("compliance")
    call_page = client.get(f"/calls/{sid}", headers={"X-API-Key": key}).text
    assert f'action="/calls/{sid}/raw"' in call_page
    page = raw_page(client, key, sid, "  complaint   #88: disputes the refill date ")
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-store"
    for text in loaded_warehouse.raw_text[sid]:
        assert str(escape(text)) in page.text  # the original words, escaped as the template does
    assert "complaint #88: disputes the refill date" in page.text  # the page says what was recorded
    [(actor, role, action, reason)] = audit_rows(loaded_warehouse, sid, key)
    assert (role, action, reason) == ("compliance", "read_raw", "complaint #88: disputes the refill date")
    assert actor in page.text


@pytest.mark.parametrize("role", ["analyst", "oncall", "admin"])
def test_other_roles_see_no_form_and_are_refused_the_page(
    role: str, client: TestClient, make_key: Callable[[str], str], loaded_warehouse: Any
) -> None:
    sid = loaded_warehouse.sids[12]
    key = make_key(role)
    assert f'action="/calls/{sid}/raw"' not in client.get(f"/calls/{sid}", headers={"X-API-Key": key}).text
    page = raw_page(client, key, sid, "complaint #88")
    assert page.status_code == 403 and "raw:read" in page.text
    assert all(text not in page.text for text in loaded_warehouse.raw_text[sid])
    assert audit_rows(loaded_warehouse, sid, key) == []


def test_the_page_without_a_reason_reads_nothing_and_shares_the_apis_rate_limit(
    api_ctx: ApiContext, make_key: Callable[[str], str], loaded_warehouse: Any
) -> None:
    sid = loaded_warehouse.sids[13]
    ctx = dataclasses.replace(api_ctx, clock=ManualClock(loaded_warehouse.now_ms), raw_reads_per_minute=2)
    key = make_key("compliance")
    with TestClient(create_app(ctx)) as client:
        assert raw_page(client, key, sid, "  ").status_code == 400
        assert audit_rows(loaded_warehouse, sid, key) == []
        assert raw(client, key, sid).status_code == 200  # the API route and the page: one window per key
        assert raw_page(client, key, sid, "second look").status_code == 200
        assert raw_page(client, key, sid, "third look").status_code == 429
    assert len(audit_rows(loaded_warehouse, sid, key)) == 2
