"""A supervisor's view of a call going wrong (issue 17): the wallboard, pushed by server-sent events,
names the default rule that fired on the call that triggered it, the floor's tiles count the match,
the large-text (TV) mode shows the same, and the call page's timeline draws the call with the match."""

from __future__ import annotations

import time
import uuid

import pytest
from playwright.sync_api import expect

from events import CallBuilder

pytestmark = pytest.mark.browser

PUSH_TIMEOUT_MS = 15_000  # an upper bound for a loaded machine, not a speed claim (see bench/rule_latency.py)
WEEK = "I've been trying to sort this out all week, it's ridiculous."


def test_a_rule_fires_on_the_call_that_triggers_it_and_the_board_shows_it(page, served, ui):
    ui.login(page, served.base_url, served.key("oncall"), target="/wallboard")
    expect(page.locator("#poll-state")).to_have_text("live ●", timeout=PUSH_TIMEOUT_MS)  # pushed, not polled

    sid, other = "CA" + uuid.uuid4().hex, "CA" + uuid.uuid4().hex
    call, calm_call = (opening(s, ui.now_ms - 20_000) for s in (sid, other))
    served.feed(call.events + calm_call.events)
    row, calm = (page.locator(f'#live-calls tr[data-sid="{s}"]') for s in (sid, other))
    expect(row).to_be_visible(timeout=PUSH_TIMEOUT_MS)
    expect(calm).to_be_visible(timeout=PUSH_TIMEOUT_MS)
    expect(row.locator(".rules .rule")).to_have_count(0)
    # read after the first feed: its drain writes what the rule clock found on the fixture's older calls
    # (the clock jumps forward here), and the board that shows these rows was read after that
    rules_before = int(page.locator('[data-field="rules"]').inner_text())

    seen = len(call.events)
    call.caller(7_000, WEEK)
    call.agent(7_500, "I'm sorry about that, let me help.")
    calm_call.caller(7_000, "It's 415 555 0198.")
    calm_call.agent(7_500, "Thanks, one moment.")  # answered: no rule of any kind is due on this call
    fed = time.monotonic()
    served.feed(call.events[seen:] + calm_call.events[seen:])
    expect(row.locator(".rules .rule")).to_have_text(["caller_frustrated"], timeout=PUSH_TIMEOUT_MS)
    print(f"\nrule visible on the wallboard {time.monotonic() - fed:.2f} s after its event was fed")
    expect(row.locator(".reasons")).to_contain_text("rule caller_frustrated")
    # only on the call that said it; answered turns leave the calm call nothing to match, whatever the
    # session's feed clock (other tests feed later events to the same pipeline) says about silence
    expect(calm.locator(".rules .rule")).to_have_count(0)
    expect(page.locator('[data-field="rules"]')).to_have_text(str(rules_before + 1))  # the floor counts it
    expect(page.locator('[data-field="rule-names"]')).to_contain_text("caller_frustrated")
    assert served.rows(
        "SELECT call_sid FROM {db}.rule_matches FINAL WHERE rule = 'caller_frustrated' AND call_sid IN "
        "({sid:String}, {other:String})",
        sid=sid,
        other=other,
    ) == [(sid,)]
    sids = page.locator("#live-calls tr.live-call").evaluate_all("rs => rs.map(r => r.dataset.sid)")
    assert sids.index(sid) < sids.index(other)  # riskier than the call that did not say it
    ui.screenshot(page, "wallboard-rule-fired")

    page.goto(served.base_url + "/wallboard?tv=1")
    expect(page.locator("body")).to_have_class("wall tv")
    expect(page.locator(f'#live-calls tr[data-sid="{sid}"] .rule')).to_have_text("caller_frustrated")
    expect(page.locator("#poll-state")).to_have_text("live ●", timeout=PUSH_TIMEOUT_MS)
    ui.screenshot(page, "wallboard-tv")

    row = page.locator(f'#live-calls tr[data-sid="{sid}"]')
    row.locator("details.handoff-confirm summary").click()
    ui.screenshot(page, "wallboard-handoff-confirm")

    page.goto(served.base_url + f"/calls/{sid}")
    timeline = page.locator("#timeline svg")
    expect(timeline).to_be_visible()
    expect(timeline.locator(".mark.rule title")).to_contain_text("caller_frustrated")
    expect(page.locator("#turn-2 .rule-hit")).to_contain_text("caller_frustrated")
    expect(page.locator("details.raw-events table")).to_be_hidden()  # folded away
    ui.screenshot(page, "call-live-rule")
    call.ended(12_000)
    calm_call.ended(12_000)
    served.feed(call.events[-1:] + calm_call.events[-1:])


def opening(sid: str, start_ms: int) -> CallBuilder:
    call = CallBuilder(sid, workflow="billing", start_ms=start_ms).started()
    call.agent(100, "Thanks for calling. How can I help?", tags=("greeting",))
    call.caller(2_500, "Hi, I need to sort out my bill.")
    call.agent(3_000, "Sure, what's the phone number on the account?")
    return call


def test_the_call_page_timeline_of_a_simulated_call(page, served, ui):
    ended = [s for s in served.sids if s not in served.live_sids]
    rows = served.rows(
        "SELECT call_sid FROM {db}.calls FINAL WHERE call_sid IN {s:Array(String)} "
        "ORDER BY interrupts > 0 DESC, tool_failures > 0 DESC, tool_calls DESC, call_sid LIMIT 1",
        s=ended,
    )
    sid = rows[0][0]
    ui.login(page, served.base_url, served.key("analyst"), target=f"/calls/{sid}")
    svg = page.locator("#timeline svg")
    expect(svg).to_be_visible()
    assert svg.locator("rect.agent").count() > 0 and svg.locator("rect.caller").count() > 0
    assert svg.locator("rect.tool-ok, rect.tool-error").count() > 0
    assert svg.locator("circle.sentiment-dot").count() > 0
    expect(page.locator("figcaption.legend")).to_contain_text("both talking")
    expect(page.locator("details.raw-events table")).to_be_hidden()
    page.locator("details.raw-events summary").click()
    expect(page.locator("details.raw-events table")).to_be_visible()
    page.locator("details.raw-events summary").click()
    ui.screenshot(page, "call-timeline")
