"""The call list's filters and the call detail, against the simulated calls in the warehouse."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.store.calls import CallFilter, get_call, list_calls

HOUR_MS = 3_600_000


@pytest.fixture
def analyst(make_key: Callable[[str], str]) -> dict[str, str]:
    return {"X-API-Key": make_key("analyst")}


def sids(client: TestClient, headers: dict[str, str], **params: Any) -> list[str]:
    response = client.get("/api/v1/calls", headers=headers, params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    return [c["call_sid"] for c in response.json()["items"]]


def truth(warehouse: Any, where: str, **parameters: Any) -> set[str]:
    return {
        r[0] for r in warehouse.rows(f"SELECT call_sid FROM {{db}}.calls FINAL WHERE {where}", **parameters)
    }


def test_the_list_holds_every_call_newest_first(client: TestClient, analyst: dict[str, str],
                                                loaded_warehouse: Any) -> None:  # fmt: skip
    listed = sids(client, analyst)
    assert set(listed) == set(loaded_warehouse.sids)
    starts = [
        c["started_at_ms"] for c in client.get("/api/v1/calls?limit=500", headers=analyst).json()["items"]
    ]
    assert starts == sorted(starts, reverse=True)


@pytest.mark.parametrize(
    ("params", "where"),
    [
        pytest.param({"workflow": "billing"}, "workflow = 'billing'", id="workflow"),
        pytest.param({"contained": "true"}, "contained", id="contained"),
        pytest.param({"contained": "false"}, "NOT contained", id="not-contained"),
        pytest.param({"escalated": "true"}, "escalated", id="escalated"),
        pytest.param({"ended": "false"}, "NOT ended", id="in-progress"),
        pytest.param({"agent_version": "1.5.0-rc1"}, "agent_version = '1.5.0-rc1'", id="agent-version"),
        pytest.param({"ttfhw_min_ms": 3000}, "ttfhw_p95_ms >= 3000", id="ttfhw-min"),
        pytest.param({"ttfhw_max_ms": 2000}, "ttfhw_p95_ms <= 2000", id="ttfhw-max"),
        pytest.param({"workflow": "billing", "escalated": "true"}, "workflow = 'billing' AND escalated",
                     id="workflow-and-escalated"),
    ],
)  # fmt: skip
def test_each_filter_narrows_the_list_to_exactly_the_matching_calls(
    params: dict[str, Any], where: str, client: TestClient, analyst: dict[str, str], loaded_warehouse: Any
) -> None:
    expected = truth(loaded_warehouse, where)
    assert 0 < len(expected) < len(loaded_warehouse.sids)  # the filter is a real narrowing on this data
    assert set(sids(client, analyst, **params)) == expected


def test_the_time_range_selects_calls_by_start(client: TestClient, analyst: dict[str, str],
                                               loaded_warehouse: Any) -> None:  # fmt: skip
    end_ms = loaded_warehouse.end_ms
    since = datetime.fromtimestamp((end_ms - HOUR_MS // 2) / 1000, tz=UTC)
    until = datetime.fromtimestamp((end_ms - HOUR_MS // 4) / 1000, tz=UTC)
    expected = truth(
        loaded_warehouse, "started_at >= {s:DateTime64(3, 'UTC')} AND started_at < {u:DateTime64(3, 'UTC')}",
        s=since, u=until,
    )  # fmt: skip
    assert 0 < len(expected) < len(loaded_warehouse.sids)
    assert set(sids(client, analyst, since=since.isoformat(), until=until.isoformat())) == expected


def test_limit_and_offset_page_through_the_list_without_gaps(client: TestClient, analyst: dict[str, str],
                                                             loaded_warehouse: Any) -> None:  # fmt: skip
    pages = [sids(client, analyst, limit=7, offset=offset) for offset in range(0, 56, 7)]
    flat = [sid for page in pages for sid in page]
    assert len(flat) == len(set(flat)) == len(loaded_warehouse.sids)


def test_text_search_finds_a_word_of_the_redacted_transcript(client: TestClient, analyst: dict[str, str],
                                                             loaded_warehouse: Any) -> None:  # fmt: skip
    expected = {r[0] for r in loaded_warehouse.rows(
        "SELECT DISTINCT call_sid FROM {db}.turns WHERE positionCaseInsensitiveUTF8(text, 'balance') > 0")}  # fmt: skip
    assert 0 < len(expected) < len(loaded_warehouse.sids)
    assert set(sids(client, analyst, q="BALANCE")) == expected
    assert set(sids(client, analyst, q="<NUMBER:")) == truth(
        loaded_warehouse, "call_sid IN (SELECT call_sid FROM {db}.turns WHERE position(text, '<NUMBER:') > 0)"
    )


def raw_only_secrets(warehouse: Any, sids: list[str]) -> set[str]:
    """Tokens with 4+ digits the callers and agent said that the redacted transcript does not hold."""
    redacted = " ".join(r[0] for r in warehouse.rows("SELECT text FROM {db}.turns"))
    return {
        token.strip(".,?!$")
        for sid in sids for text in warehouse.raw_text[sid] for token in text.split()
        if sum(ch.isdigit() for ch in token) >= 4 and token.strip(".,?!$") not in redacted
    }  # fmt: skip


def test_text_search_never_matches_personal_data_that_only_the_raw_text_holds(
    client: TestClient, analyst: dict[str, str], loaded_warehouse: Any
) -> None:
    secrets = sorted(raw_only_secrets(loaded_warehouse, loaded_warehouse.sids))
    assert len(secrets) >= 5  # balances, dates of birth, phone and member numbers said on the calls
    for secret in secrets[:20]:
        assert sids(client, analyst, q=secret) == [], secret


def test_the_call_detail_numbers_turns_as_the_pipeline_and_the_detector_links_do(
    client: TestClient, analyst: dict[str, str], loaded_warehouse: Any
) -> None:
    sid = next(iter(truth(loaded_warehouse, "ended AND turns >= 3 AND interrupts > 0")))
    detail = client.get(f"/api/v1/calls/{sid}", headers=analyst).json()
    metrics = dict(loaded_warehouse.rows(
        "SELECT turn_index, caller_event_id FROM {db}.turn_metrics FINAL WHERE call_sid = {sid:String}", sid=sid))  # fmt: skip
    numbered = {t["index"]: t["utterances"][0]["event_id"] for t in detail["turns"] if t["index"] > 0}
    assert numbered == metrics
    assert detail["turns"][0]["index"] == 0 and detail["turns"][0]["utterances"][0]["speaker"] == "agent"
    assert [t["index"] for t in detail["turns"]] == list(range(len(detail["turns"])))
    assert detail["summary"]["turns"] == len(metrics)
    assert all(t["metrics"] is not None for t in detail["turns"][1:])
    assert len(detail["interruptions"]) == detail["summary"]["interrupts"]


def test_the_call_detail_shows_tool_calls_with_their_results_and_the_failure(
    client: TestClient, analyst: dict[str, str], loaded_warehouse: Any
) -> None:
    sid = sorted(truth(loaded_warehouse, "tool_failures > 0"))[0]
    detail = client.get(f"/api/v1/calls/{sid}", headers=analyst).json()
    tools = detail["tool_calls"]
    assert len(tools) == detail["summary"]["tool_calls"]
    failed = [t for t in tools if t["ok"] is False]
    assert len(failed) == detail["summary"]["tool_failures"] >= 1
    assert all(t["tool"] and t["result_at_ms"] >= t["called_at_ms"] for t in tools)
    assert all(1 <= t["turn"] <= detail["summary"]["turns"] for t in tools)
    types = [e["type"] for e in detail["timeline"]]
    assert types[0] == "call.started" and "tool.result" in types
    assert all("chunks" not in e["data"] for e in detail["timeline"])


def texts_of(value: Any) -> list[str]:
    """Every string value of a JSON document except ids (uuids hold digit runs by chance)."""
    if isinstance(value, dict):
        return [
            t for k, v in value.items() if not (k.endswith("_id") or k == "call_sid") for t in texts_of(v)
        ]
    if isinstance(value, list):
        return [t for v in value for t in texts_of(v)]
    return [value] if isinstance(value, str) else []


def test_the_call_detail_carries_no_raw_personal_data(client: TestClient, analyst: dict[str, str],
                                                      loaded_warehouse: Any) -> None:  # fmt: skip
    checked = 0
    for sid in loaded_warehouse.sids[:25]:
        shown = " ".join(texts_of(client.get(f"/api/v1/calls/{sid}", headers=analyst).json()))
        for secret in raw_only_secrets(loaded_warehouse, [sid]):
            assert secret not in shown, sid
            checked += 1
    assert checked >= 5


def test_a_live_call_is_listed_as_in_progress_with_what_is_known_so_far(
    client: TestClient, analyst: dict[str, str], loaded_warehouse: Any
) -> None:
    live = set(sids(client, analyst, ended="false"))
    assert live == set(loaded_warehouse.live_sids)
    detail = client.get(f"/api/v1/calls/{sorted(live)[0]}", headers=analyst).json()
    assert detail["summary"]["ended"] is False and detail["summary"]["ended_at_ms"] is None
    assert detail["turns"]


def test_store_functions_are_usable_without_http(loaded_warehouse: Any) -> None:
    w = loaded_warehouse
    [newest] = list_calls(w.client, w.database, CallFilter(limit=1))
    assert get_call(w.client, w.database, newest.call_sid) is not None
    assert get_call(w.client, w.database, "CA-none") is None


@pytest.mark.parametrize(
    "params",
    [
        pytest.param({"limit": 0}, id="limit-0"),
        pytest.param({"limit": 501}, id="limit-too-big"),
        pytest.param({"since": "yesterday"}, id="since-not-a-time"),
        pytest.param({"contained": "maybe"}, id="not-a-bool"),
        pytest.param({"workflow": "Billing; DROP TABLE"}, id="workflow-pattern"),
        pytest.param({"ttfhw_min_ms": -1}, id="negative-ttfhw"),
    ],
)
def test_bad_parameters_are_a_422_problem_naming_the_parameter(
    params: dict[str, Any], client: TestClient, analyst: dict[str, str]
) -> None:
    response = client.get("/api/v1/calls", headers=analyst, params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert next(iter(params)) in response.json()["detail"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        pytest.param({"since": "2025-11-24T17:00:00Z", "until": "2025-11-24T16:00:00Z"}, "since must not be after",
                     id="since-after-until"),
        pytest.param({"ttfhw_min_ms": 3000, "ttfhw_max_ms": 1000}, "ttfhw_min_ms must not exceed", id="ttfhw-range"),
    ],
)  # fmt: skip
def test_contradictory_parameters_are_a_400_problem(
    params: dict[str, Any], message: str, client: TestClient, analyst: dict[str, str]
) -> None:
    response = client.get("/api/v1/calls", headers=analyst, params=params)
    assert response.status_code == 400
    assert message in response.json()["detail"]
