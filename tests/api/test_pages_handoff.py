"""The handoff button's route end to end without a browser: ``POST /api/v1/calls/{sid}/handoff`` on the
API -> the REAL reference agent's admin route (uvicorn on loopback) -> ``end`` with ``handoffData`` on
the caller's ConversationRelay WebSocket; and each way it can fail gives a clear problem+json."""

from __future__ import annotations

import asyncio
import json
import socket
from dataclasses import replace

import pytest
from agent_calls import setup_frame
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry
from websockets.asyncio.client import connect

from agent.config import AgentConfig
from agent.server.app import create_app as create_agent_app
from agent.server.testing import running_agent
from api.app import create_app
from ingest.emit.inprocess import InProcessBus

ADMIN_TOKEN = "pages-admin-token"
WHY = {"reason": "caller asked for a person twice"}
CALL_SID = "CA" + "7" * 32
SETUP = setup_frame(CALL_SID)


@pytest.fixture
def agent_url():
    config = AgentConfig(
        public_base_url="https://agent.example.com", twilio_auth_token="t", validate_signatures=False,
        tts_chars_per_s=1_000_000.0, idle_timeout_s=30.0, admin_token=ADMIN_TOKEN,
    )  # fmt: skip
    with running_agent(create_agent_app(config, InProcessBus())) as base_url:
        yield base_url


def api(api_ctx, **overrides) -> TestClient:
    """A client of an app on ``api_ctx`` with ``overrides`` (each app gets its own metrics registry)."""
    return TestClient(create_app(replace(api_ctx, registry=CollectorRegistry(), **overrides)))


def test_the_button_ends_the_live_call_on_the_agent_with_handoff_data(api_ctx, make_key, agent_url):
    client = api(api_ctx, agent_admin_url=agent_url, agent_admin_token=ADMIN_TOKEN)
    auth = {"Authorization": f"Bearer {make_key('oncall')}"}

    async def call() -> tuple[int, dict, dict]:
        async with connect(agent_url.replace("http", "ws", 1) + "/ws") as ws:
            await ws.send(json.dumps(SETUP))
            await ws.send(
                json.dumps({"type": "prompt", "voicePrompt": "I need to pay my bill.", "last": True})
            )
            await asyncio.sleep(0.3)
            response = await asyncio.to_thread(
                client.post, f"/api/v1/calls/{CALL_SID}/handoff", headers=auth, json=WHY
            )
            while True:
                frame = json.loads(await asyncio.wait_for(ws.recv(), 10))
                if frame["type"] == "end":
                    return response.status_code, response.json(), frame

    status, body, end = asyncio.run(call())
    assert status == 202 and body == {
        "call_sid": CALL_SID, "status": "handoff-started", "reason": "supervisor-takeover"
    }  # fmt: skip
    data = json.loads(end["handoffData"])
    assert data["reason"] == "supervisor-takeover" and data["transcript"]["callSid"] == CALL_SID
    assert "0198" not in end["handoffData"]  # no caller number in what the person receives


def test_a_call_the_agent_does_not_have_is_404_with_a_clear_detail(api_ctx, make_key, agent_url):
    client = api(api_ctx, agent_admin_url=agent_url, agent_admin_token=ADMIN_TOKEN)
    response = client.post(
        "/api/v1/calls/CA" + "8" * 32 + "/handoff",
        headers={"Authorization": f"Bearer {make_key('admin')}"},
        json=WHY,
    )
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "no live call" in response.json()["detail"]


def test_a_wrong_agent_token_and_an_unreachable_agent_are_502(api_ctx, make_key, agent_url):
    auth = {"Authorization": f"Bearer {make_key('oncall')}"}
    wrong = api(api_ctx, agent_admin_url=agent_url, agent_admin_token="wrong").post(
        f"/api/v1/calls/{CALL_SID}/handoff", headers=auth, json=WHY
    )
    assert wrong.status_code == 502 and "refused the admin token" in wrong.json()["detail"]
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # nothing listens here once the socket closes
    down = api(api_ctx, agent_admin_url=f"http://127.0.0.1:{port}", agent_admin_token=ADMIN_TOKEN).post(
        f"/api/v1/calls/{CALL_SID}/handoff", headers=auth, json=WHY
    )
    assert down.status_code == 502 and "could not reach the agent" in down.json()["detail"]


def test_without_an_agent_token_handoff_is_not_configured(api_ctx, make_key):
    response = api(api_ctx, agent_admin_token="").post(
        f"/api/v1/calls/{CALL_SID}/handoff",
        headers={"Authorization": f"Bearer {make_key('oncall')}"},
        json=WHY,
    )
    assert response.status_code == 503 and "CALLPULSE_AGENT_ADMIN_TOKEN" in response.json()["detail"]


@pytest.mark.parametrize(("role", "status"), [("viewer", 403), ("analyst", 403), ("compliance", 403)])
def test_roles_without_calls_handoff_are_refused_before_the_agent_is_asked(api_ctx, make_key, role, status):
    client = api(api_ctx, agent_admin_url="http://127.0.0.1:9", agent_admin_token=ADMIN_TOKEN)
    response = client.post(
        f"/api/v1/calls/{CALL_SID}/handoff",
        headers={"Authorization": f"Bearer {make_key(role)}"},
        json=WHY,
    )
    assert response.status_code == status  # 403, not the 502 an attempt to reach port 9 would give


def test_no_key_is_401(api_ctx):
    assert api(api_ctx).post(f"/api/v1/calls/{CALL_SID}/handoff").status_code == 401
