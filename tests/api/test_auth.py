"""Who may call what: every route x (no key, bad key, revoked key, each role) -> 200 / 401 / 403,
decided before any lookup, so an unauthorised caller cannot tell whether a call exists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import pytest
from fastapi import Depends
from fastapi.testclient import TestClient

from api.app import create_app
from api.auth.dependencies import Principal, key_store, require
from api.auth.keys import parse
from api.auth.roles import ROLES
from api.context import ApiContext

UNKNOWN_SID = "CA" + "f" * 32
WEBHOOK = {
    "version": "4", "status": "firing", "receiver": "callpulse", "groupKey": "{}:{alertname=\"AuthMatrix\"}",
    "alerts": [{"status": "firing", "labels": {"alertname": "AuthMatrix", "severity": "ticket"},
                "annotations": {}, "startsAt": "2025-11-24T16:30:00Z", "endsAt": "0001-01-01T00:00:00Z"}],
}  # fmt: skip


def routes(sid: str) -> dict[str, tuple[str, str, str, dict[str, Any] | None]]:
    """id -> (method, path, permission, json body)."""
    return {
        "list-calls": ("GET", "/api/v1/calls", "calls:read", None),
        "one-call": ("GET", f"/api/v1/calls/{sid}", "calls:read", None),
        "raw": ("POST", f"/api/v1/calls/{sid}/raw", "raw:read", {"reason": "auth matrix check"}),
        "kpis": ("GET", "/api/v1/kpis?grain=hour", "kpis:read", None),
        "alerts": ("GET", "/api/v1/alerts", "alerts:read", None),
        "audit": ("GET", "/api/v1/audit", "audit:read", None),
        "webhook": ("POST", "/api/v1/alertmanager/webhook", "alerts:write", WEBHOOK),
    }


@pytest.fixture
def keys(api_ctx: ApiContext, make_key: Callable[[str], str]) -> dict[str, str]:
    """A header value per caller: every role, plus a malformed, an unknown and a revoked key."""
    made = {role: make_key(role) for role in ROLES}
    revoked = make_key("admin")
    store = key_store(api_ctx)
    store.revoke(revoked.split("_")[1])
    made["revoked-admin"] = revoked
    made["malformed"] = "not-a-key"
    made["unknown"] = "cpk_000000000000_" + "A" * 43
    made["wrong-secret"] = made["admin"][:-4] + ("AAAA" if not made["admin"].endswith("AAAA") else "BBBB")
    return made


def call(client: TestClient, method: str, path: str, body: dict[str, Any] | None, key: str | None) -> Any:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return client.request(method, path, headers=headers, json=body)


@pytest.mark.parametrize("route", list(routes("x")))
def test_every_route_answers_each_caller_as_its_role_allows(
    route: str, client: TestClient, keys: dict[str, str], loaded_warehouse: Any
) -> None:
    method, path, permission, body = routes(loaded_warehouse.sids[0])[route]
    got = {"no key": call(client, method, path, body, None).status_code}
    got |= {who: call(client, method, path, body, key).status_code for who, key in keys.items()}
    expected = {"no key": 401, "revoked-admin": 401, "malformed": 401, "unknown": 401, "wrong-secret": 401}
    expected |= {role: 200 if permission in perms else 403 for role, perms in ROLES.items()}
    assert got == expected


@pytest.mark.parametrize("route", ["one-call", "raw"])
@pytest.mark.parametrize("who", ["no key", "malformed", "revoked-admin", "viewer", "alertmanager"])
def test_an_unauthorised_caller_cannot_tell_a_real_call_from_an_unknown_one(
    route: str, who: str, client: TestClient, keys: dict[str, str], loaded_warehouse: Any
) -> None:
    key = None if who == "no key" else keys[who]
    answers = []
    for sid in (loaded_warehouse.sids[0], UNKNOWN_SID):
        method, path, _, body = routes(sid)[route]
        response = call(client, method, path, body, key)
        answers.append((response.status_code, response.headers["content-type"], response.json()))
    assert answers[0] == answers[1]
    assert answers[0][0] in (401, 403)
    assert answers[0][1] == "application/problem+json"


def test_an_authorised_caller_gets_404_for_an_unknown_call(client: TestClient, keys: dict[str, str]) -> None:
    response = call(client, "GET", f"/api/v1/calls/{UNKNOWN_SID}", None, keys["analyst"])
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["title"] == "Not found"


@pytest.mark.parametrize("header", ["bearer", "x-api-key", "session"])
def test_a_key_is_accepted_from_each_place_a_client_puts_it(
    header: str, client: TestClient, keys: dict[str, str]
) -> None:
    key = keys["analyst"]
    if header == "session":
        assert client.post("/login", data={"key": key}, follow_redirects=False).status_code == 303
        response = client.get("/api/v1/calls?limit=1")
    else:
        value = {"bearer": f"Bearer {key}", "x-api-key": key}[header]
        name = {"bearer": "Authorization", "x-api-key": "X-API-Key"}[header]
        response = client.get("/api/v1/calls?limit=1", headers={name: value})
    assert response.status_code == 200
    assert len(response.json()["items"]) == 1


def test_a_401_says_how_to_authenticate(client: TestClient) -> None:
    response = client.get("/api/v1/kpis")
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.json()["detail"] == "a valid API key is required"


def test_the_403_names_the_role_and_what_it_may_not_do(client: TestClient, keys: dict[str, str]) -> None:
    response = call(client, "GET", "/api/v1/audit", None, keys["compliance"])
    assert response.status_code == 403
    assert response.json()["detail"] == "the 'compliance' role may not read the audit log"


def test_login_sets_an_httponly_strict_cookie_that_opens_the_api_and_logout_clears_it(
    client: TestClient, keys: dict[str, str]
) -> None:
    bad = client.post("/login", data={"key": "cpk_nope"}, follow_redirects=False)
    assert bad.status_code == 401 and "not valid" in bad.text
    assert "callpulse_session" not in client.cookies

    good = client.post("/login", data={"key": keys["analyst"], "next": "/calls?workflow=billing"},
                       follow_redirects=False)  # fmt: skip
    assert good.status_code == 303
    assert good.headers["location"] == "/calls?workflow=billing"
    cookie = good.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert client.get("/api/v1/calls?limit=1").status_code == 200

    session = client.cookies["callpulse_session"]
    out = client.post("/logout", follow_redirects=False)
    assert out.status_code == 303
    assert client.get("/api/v1/calls?limit=1").status_code == 401
    client.cookies.set("callpulse_session", session)  # the old cookie, replayed: the session is over
    assert client.get("/api/v1/calls?limit=1").status_code == 401


def login(client: TestClient, key: str) -> str:
    response = client.post("/login", data={"key": key}, follow_redirects=False)
    assert response.status_code == 303
    return response.headers["set-cookie"]


def test_the_login_cookie_holds_a_random_session_id_never_the_key(
    client: TestClient, keys: dict[str, str]
) -> None:
    key = keys["analyst"]
    parsed = parse(key)
    assert parsed is not None
    secret = parsed[1]  # the secret itself may hold "_" (base64url), so split by the key's own grammar
    first, second = login(client, key), login(client, key)
    for header in (first, second):
        assert key not in header and secret not in header
        assert header.startswith("callpulse_session=cps_")
    assert first != second  # each login is its own session
    assert client.get("/api/v1/calls?limit=1").status_code == 200


def test_a_raw_key_in_the_cookie_is_not_a_login(client: TestClient, keys: dict[str, str]) -> None:
    client.cookies.set("callpulse_session", keys["admin"])
    assert client.get("/api/v1/calls?limit=1").status_code == 401


def test_revoking_the_key_ends_its_sessions(
    api_ctx: ApiContext, client: TestClient, make_key: Callable[[str], str]
) -> None:
    key = make_key("oncall")
    login(client, key)
    assert client.get("/wallboard", follow_redirects=False).status_code == 200
    key_store(api_ctx).revoke(key.split("_")[1])
    assert client.get("/api/v1/calls?limit=1").status_code == 401
    page = client.get("/wallboard", headers={"Accept": "text/html"}, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")


def test_a_session_expires_after_twelve_hours(
    api_ctx: ApiContext, client: TestClient, keys: dict[str, str]
) -> None:
    login(client, keys["analyst"])
    api_ctx.clock.advance(12 * 3_600_000 - 60_000)  # type: ignore[attr-defined]
    assert client.get("/api/v1/calls?limit=1").status_code == 200
    api_ctx.clock.advance(60_000)  # type: ignore[attr-defined]
    assert client.get("/api/v1/calls?limit=1").status_code == 401


def test_a_session_carries_the_role_of_its_key(client: TestClient, keys: dict[str, str]) -> None:
    login(client, keys["viewer"])
    assert client.get("/api/v1/live").status_code == 200
    assert client.get("/api/v1/calls?limit=1").status_code == 403


def test_sessions_store_only_a_hash_of_their_id(
    api_ctx: ApiContext, client: TestClient, keys: dict[str, str], loaded_warehouse: Any
) -> None:
    login(client, keys["analyst"])
    session = client.cookies["callpulse_session"]
    stored = loaded_warehouse.rows("SELECT id_hash, key_id, role FROM {rdb}.sessions FINAL")
    assert stored and all(session not in str(row) for row in stored)
    assert (keys["analyst"].split("_")[1], "analyst") in {(r[1], r[2]) for r in stored}


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"])
def test_login_never_redirects_off_site(target: str, client: TestClient, keys: dict[str, str]) -> None:
    response = client.post("/login", data={"key": keys["viewer"], "next": target}, follow_redirects=False)
    assert response.headers["location"] == "/calls"


def test_a_browser_without_a_key_asking_for_a_page_is_sent_to_login(api_ctx: ApiContext) -> None:
    app = create_app(api_ctx)

    @app.get("/test-page")
    def page(_: Annotated[Principal, Depends(require("calls:read"))]) -> dict[str, str]:
        return {}

    with TestClient(app) as browser:
        response = browser.get("/test-page?x=1", headers={"Accept": "text/html"}, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == "/login?next=%2Ftest-page%3Fx%3D1"
        assert browser.get("/test-page", headers={"Accept": "application/json"}).status_code == 401
