"""The live wallboard in headless chromium: it lists calls in progress by risk, updates while new events
go through the pipeline, and its handoff button reaches the agent's admin route (a stand-in here, see
conftest ``fake_agent``) - for a role that may hand calls off, and never for a viewer."""

from __future__ import annotations

import re
import uuid

import pytest
from playwright.sync_api import expect

from events import CallBuilder

pytestmark = pytest.mark.browser

UPDATE_TIMEOUT_MS = 15_000  # pushed within a second or two; generous for a loaded machine


def confirm_handoff(scope, reason: str) -> None:
    """Open the row's confirmation, say why, confirm (as a supervisor does)."""
    scope.locator("details.handoff-confirm summary").click()
    scope.locator("input[name=reason]").fill(reason)
    scope.locator("button", has_text="Confirm hand-off").click()


def rows(page) -> list[str]:
    return page.locator("#live-calls tr.live-call").evaluate_all("rs => rs.map(r => r.dataset.sid)")


def risks(page) -> list[int]:
    return page.locator("#live-calls tr.live-call").evaluate_all("rs => rs.map(r => Number(r.dataset.risk))")


def new_sid() -> str:
    return "CA" + uuid.uuid4().hex


def test_the_wallboard_lists_live_calls_by_risk_and_updates_as_events_arrive(page, served, ui):
    ui.login(page, served.base_url, served.key("oncall"), target="/wallboard")
    assert set(served.live_sids) <= set(rows(page))
    assert risks(page) == sorted(risks(page), reverse=True)
    ui.screenshot(page, "wallboard-start")

    # a new call starts: it appears without reloading the page
    sid = new_sid()
    call = CallBuilder(sid, workflow="billing", start_ms=ui.now_ms - 40_000).started()
    call.agent(100, "Hi, I'm an automated assistant. How can I help?", tags=("greeting",))
    call.caller(3_000, "I want to pay my bill.")
    call.agent(3_800, "Sure, what's the phone number on the account?")
    served.feed(call.events)
    row = page.locator(f'#live-calls tr[data-sid="{sid}"]')
    expect(row).to_be_visible(timeout=UPDATE_TIMEOUT_MS)
    expect(row.locator(".said .caller")).to_have_text("I want to pay my bill.")
    first_risk = int(row.get_attribute("data-risk") or "0")

    # it goes wrong: the caller corrects the agent, a tool fails, the agent repeats itself
    seen = len(call.events)
    call.caller(10_000, "No, I said I want to pay my bill. My number is 415 555 0198.")
    call.add("tool.called", 11_000, tool="find_account", tool_call_id="tc1", args_summary="phone=***0198")
    call.add("tool.result", 12_000, tool="find_account", tool_call_id="tc1", ok=False, latency_ms=900.0,
             error_code="upstream_500")  # fmt: skip
    call.agent(12_500, "Sure, what's the phone number on the account?")
    served.feed(call.events[seen:])
    expect(row.locator(".reasons")).to_contain_text("corrected", timeout=UPDATE_TIMEOUT_MS)
    expect(row.locator(".reasons")).to_contain_text("tool calls failed")
    expect(row.locator(".reasons")).to_contain_text("agent repeated itself")
    assert int(row.get_attribute("data-risk") or "0") > first_risk
    said = row.locator(".said .caller").inner_text()
    assert "<PHONE_NUMBER:" in said and "0198" not in said  # redacted on the board too
    assert risks(page) == sorted(risks(page), reverse=True)
    ui.screenshot(page, "wallboard-updated")

    # it ends: it leaves the board
    call.ended(30_000)
    served.feed(call.events[-1:])
    expect(row).to_have_count(0, timeout=UPDATE_TIMEOUT_MS)


def test_the_handoff_button_reaches_the_agent_admin_route(page, served, fake_agent, ui):
    ui.login(page, served.base_url, served.key("oncall"), target="/wallboard")
    sid = served.live_sids[0]
    before = len(fake_agent.requests)
    row = page.locator(f'#live-calls tr[data-sid="{sid}"]')
    form = row.locator("form.handoff")
    expect(form).to_be_hidden()  # behind a confirmation step
    confirm_handoff(row, "caller asked for a person twice")
    expect(form.locator(".handoff-status")).to_have_text("Handed to a person ✓", timeout=10_000)
    assert fake_agent.requests[before:] == [
        (f"/admin/calls/{sid}/handoff", "Bearer browser-test-admin-token")
    ]
    ui.screenshot(page, "wallboard-handoff")
    audit = served.rows("SELECT role, action, reason FROM {db}.audit_log WHERE call_sid = {s:String}", s=sid)
    assert ("oncall", "handoff", "caller asked for a person twice") in audit


def test_a_call_the_agent_does_not_know_gets_a_clear_error(page, served, fake_agent, ui):
    sid = new_sid()  # live in the warehouse, unknown to the agent (e.g. it just ended there)
    call = CallBuilder(sid, workflow="refill", start_ms=ui.now_ms - 20_000).started()
    call.agent(100, "Hi, I'm an automated assistant. How can I help?", tags=("greeting",))
    served.feed(call.events)
    ui.login(page, served.base_url, served.key("oncall"), target="/wallboard")
    row = page.locator(f'#live-calls tr[data-sid="{sid}"]')
    confirm_handoff(row, "testing an unknown call")
    expect(row.locator(".handoff-status")).to_contain_text(
        "Handoff failed: the agent has no live call", timeout=10_000
    )
    call.ended(15_000)
    served.feed(call.events[-1:])


def test_the_live_call_page_has_the_button_too_and_it_works_without_javascript(
    no_js_page, served, fake_agent, ui
):
    page = no_js_page
    sid = served.live_sids[-1]
    ui.login(page, served.base_url, served.key("oncall"), target=f"/calls/{sid}")
    expect(page.locator(".live-note")).to_contain_text("in progress")
    before = len(fake_agent.requests)
    confirm_handoff(page, "no JavaScript on this screen")
    page.wait_for_url(re.compile(rf"/calls/{sid}/handoff$"))
    expect(page.locator("h1")).to_have_text("Handed to a person")
    assert fake_agent.requests[before:] == [
        (f"/admin/calls/{sid}/handoff", "Bearer browser-test-admin-token")
    ]


def test_a_viewer_sees_the_board_but_cannot_hand_calls_off(page, served, fake_agent, ui):
    ui.login(page, served.base_url, served.key("viewer"), target="/wallboard")
    assert set(served.live_sids) <= set(rows(page))
    assert page.locator("form.handoff, details.handoff-confirm").count() == 0  # no button for a viewer
    sid = served.live_sids[0]
    before = len(fake_agent.requests)
    api = page.request.post(  # the login (session) cookie goes along
        f"{served.base_url}/api/v1/calls/{sid}/handoff", data={"reason": "not my role"}
    )
    assert api.status == 403 and "may not hand calls off" in api.json()["detail"]
    form = page.request.post(f"{served.base_url}/calls/{sid}/handoff")
    assert form.status == 403
    assert fake_agent.requests[before:] == []  # refused before the agent was asked
    ui.screenshot(page, "wallboard-viewer")


def test_without_a_key_the_live_json_is_401(page, served):
    response = page.request.get(f"{served.base_url}/api/v1/live")
    assert response.status == 401
