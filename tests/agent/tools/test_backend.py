"""The sample backend's fault injection, through the API and the token-guarded admin route."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from agent.backend.errors import BackendError
from agent.backend.sample import SampleBackend
from agent.config import AgentConfig
from agent.server.app import create_app
from agent.server.testing import running_agent
from ingest.emit.inprocess import InProcessBus


def test_an_error_fault_applies_the_given_number_of_times():
    backend = SampleBackend()
    backend.inject("find_account", "error", error_code="upstream_503", times=1)

    async def twice() -> str:
        with pytest.raises(BackendError) as failed:
            await backend.call("find_account", {"phone": "4155550198"})
        ok = await backend.call("find_account", {"phone": "4155550198"})
        return f"{failed.value.code} then {sorted(ok)}"

    assert asyncio.run(twice()) == "upstream_503 then ['account_id', 'first_name']"
    assert backend.faults() == []


def test_override_and_clear():
    backend = SampleBackend()
    fault_id = backend.inject("find_slots", "override", fields={"slots": []})
    args = {"day": "2025-06-10", "part": "am", "doctor": "Dr. Patel"}
    assert asyncio.run(backend.call("find_slots", args))["slots"] == []
    assert backend.clear_faults(fault_id) == 1
    assert len(asyncio.run(backend.call("find_slots", args))["slots"]) == 7


def test_bad_faults_are_refused():
    backend = SampleBackend()
    with pytest.raises(ValueError, match="unknown fault kind"):
        backend.inject("find_slots", "meltdown")
    with pytest.raises(ValueError, match="unknown operation"):
        backend.inject("launch_rockets", "error")


def test_unknown_records_are_refused_when_enrolment_is_off():
    backend = SampleBackend(enroll_unknown=False)
    with pytest.raises(BackendError) as missing:
        asyncio.run(backend.call("find_account", {"phone": "4155550198"}))
    assert missing.value.code == "not_found"


def test_the_admin_route_needs_the_token_and_injects_faults():
    config = AgentConfig(
        public_base_url="https://agent.example.com", twilio_auth_token="t", admin_token="s3cret"
    )
    backend = SampleBackend()
    with running_agent(create_app(config, InProcessBus(), backend)) as base:
        fault = {"operation": "lookup_prescription", "kind": "rename_field",
                 "rename_from": "rx_status", "rename_to": "prescription_status"}  # fmt: skip
        assert httpx.post(base + "/admin/faults", json=fault).status_code == 401
        assert (
            httpx.post(
                base + "/admin/faults", json=fault, headers={"Authorization": "Bearer nope"}
            ).status_code
            == 401
        )
        auth = {"Authorization": "Bearer s3cret"}
        created = httpx.post(base + "/admin/faults", json=fault, headers=auth)
        assert created.status_code == 201
        listed = httpx.get(base + "/admin/faults", headers=auth).json()
        assert [(f["operation"], f["rename_to"]) for f in listed] == [
            ("lookup_prescription", "prescription_status")
        ]
        bad = httpx.post(base + "/admin/faults", json={"operation": "x", "kind": "error"}, headers=auth)
        assert bad.status_code == 400
        assert httpx.delete(base + "/admin/faults", headers=auth).json() == {"cleared": 1}
    assert backend.faults() == []


def test_no_admin_routes_without_a_token():
    config = AgentConfig(public_base_url="https://agent.example.com", twilio_auth_token="t")
    with running_agent(create_app(config, InProcessBus())) as base:
        assert httpx.get(base + "/admin/faults").status_code == 404
