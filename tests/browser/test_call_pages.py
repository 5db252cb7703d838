"""The call list and the call page in headless chromium: log in with a key, filter, open a transcript at
``#turn-3`` the way an alert's link does, and see redaction placeholders where the caller gave PII."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

TARGET_BG = "rgb(255, 243, 176)"  # .turn:target in static/style.css


def shown_sids(page) -> list[str]:
    return page.locator("table#calls tbody tr[data-sid]").evaluate_all("rows => rows.map(r => r.dataset.sid)")


def test_login_then_the_list_shows_calls_and_each_filter_narrows_it(page, served, ui):
    ui.login(page, served.base_url, served.key("analyst"))
    every = shown_sids(page)
    assert sorted(every) == sorted(served.sids)  # 30 calls: one page
    ui.screenshot(page, "calls-all")

    page.select_option("select[name=workflow]", "billing")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"workflow=billing"))
    billing = {r[0] for r in served.rows("SELECT call_sid FROM {db}.calls FINAL WHERE workflow = 'billing'")}
    assert set(shown_sids(page)) == billing and 0 < len(billing) < len(every)
    workflows = page.locator("table#calls tbody tr[data-sid] td:nth-child(3)").all_inner_texts()
    assert set(workflows) == {"billing"}

    page.select_option("select[name=escalated]", "yes")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"escalated=yes"))
    escalated = {r[0] for r in served.rows(
        "SELECT call_sid FROM {db}.calls FINAL WHERE workflow = 'billing' AND escalated")}  # fmt: skip
    assert set(shown_sids(page)) == escalated and len(escalated) < len(billing)
    assert page.locator("select[name=workflow]").input_value() == "billing"  # the form keeps its values
    ui.screenshot(page, "calls-billing-escalated")


def test_text_search_finds_redacted_words_and_never_the_pii_behind_them(page, served, ui):
    ui.login(page, served.base_url, served.key("analyst"))
    expected = {r[0] for r in served.rows(
        "SELECT DISTINCT call_sid FROM {db}.turns WHERE positionCaseInsensitiveUTF8(text, 'prescription') > 0")}  # fmt: skip
    page.fill("input[name=q]", "prescription")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"q=prescription"))
    assert set(shown_sids(page)) == expected and 0 < len(expected) < len(served.sids)

    page.fill("input[name=q]", "1947")  # a year of birth one caller said: redacted, so no call matches
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"q=1947"))
    assert shown_sids(page) == []
    expect(page.locator("tr.empty")).to_contain_text("No calls match")


def test_a_bad_filter_value_is_a_clear_message_not_a_crash(page, served, ui):
    ui.login(page, served.base_url, served.key("analyst"))
    response = page.goto(served.base_url + "/calls?since=yesterday&contained=maybe")
    assert response is not None and response.status == 400
    errors = page.locator("ul.errors").inner_text()
    assert "From: a date and time" in errors and "Contained: choose yes, no or any" in errors


def _call_with_pii(served) -> str:
    [(sid,)] = served.rows(
        "SELECT call_sid FROM {db}.turns FINAL WHERE call_sid IN "
        "(SELECT call_sid FROM {db}.calls FINAL WHERE turns >= 4 AND ended) "
        "GROUP BY call_sid ORDER BY countIf(match(text, '<[A-Z_]+:[0-9a-f]{6}>')) DESC, call_sid LIMIT 1"
    )
    return sid


def _hidden_values(served, sid: str) -> list[str]:
    """What the placeholders stand for: each redacted text as a pattern matched against the original."""
    redacted = [
        r[0] for r in served.rows("SELECT text FROM {db}.turns FINAL WHERE call_sid = {s:String}", s=sid)
    ]
    values = []
    for text in redacted:
        if not re.search(r"<[A-Z_]+:[0-9a-f]{6}>", text):
            continue
        pattern = re.sub(r"<[A-Z_]+:[0-9a-f]{6}>", "(.+?)", re.escape(text))  # re.escape keeps < : >
        for raw in served.raw_text[sid]:
            match = re.fullmatch(pattern, raw)
            if match:
                values += [v for v in match.groups() if len(v.strip()) >= 3]
                break
    return values


def test_a_turn_link_opens_the_transcript_at_that_turn_highlighted_and_redacted(page, served, ui):
    sid = _call_with_pii(served)
    ui.login(page, served.base_url, served.key("oncall"), target=f"/calls/{sid}#turn-3")
    assert page.url.endswith(f"/calls/{sid}#turn-3")  # the anchor survives the login redirect

    turn = page.locator("#turn-3")
    expect(turn).to_be_visible()
    expect(turn).to_be_in_viewport()
    assert turn.evaluate("e => getComputedStyle(e).backgroundColor") == TARGET_BG
    assert page.locator("#turn-1").evaluate("e => getComputedStyle(e).backgroundColor") != TARGET_BG
    expect(turn.locator("header .anchor")).to_have_text("Turn 3")
    turns = page.locator("section.turn").evaluate_all("els => els.map(e => e.id)")
    assert turns[:4] == ["turn-0", "turn-1", "turn-2", "turn-3"]

    transcript = " ".join(page.locator(".transcript .utt .text").all_inner_texts())
    assert ui.placeholder.search(transcript), "the transcript shows redaction placeholders"
    hidden = _hidden_values(served, sid)
    assert hidden, "the chosen call had personal data in what the caller or agent said"
    for value in hidden:
        assert value not in page.content(), f"{value!r} must not reach the page"
    ui.screenshot(page, "call-turn-3")


def test_the_call_page_shows_badges_interruptions_tools_and_the_timeline(page, served, ui):
    [(sid,)] = served.rows(
        "SELECT call_sid FROM {db}.calls FINAL WHERE ended AND tool_failures > 0 ORDER BY call_sid LIMIT 1"
    )
    ui.login(page, served.base_url, served.key("analyst"), target=f"/calls/{sid}")
    labels = page.locator(".badges .badge-card .label").all_inner_texts()
    assert labels == ["Containment", "Task success", "TTFHW p95", "Sentiment delta", "Interruption recovery"]
    assert page.locator(".tool.bad").count() >= 1
    expect(page.locator(".tool.bad").first).to_contain_text("error")
    events = served.rows("SELECT count() FROM {db}.events FINAL WHERE call_sid = {s:String}", s=sid)[0][0]
    assert page.locator("table.timeline tbody tr").count() == events
    ui.screenshot(page, "call-tool-failure")


def test_an_interrupted_turn_is_marked_with_whether_the_agent_recovered(page, served, ui):
    rows = served.rows(
        "SELECT call_sid, countIf(recovered) FROM {db}.interruptions FINAL GROUP BY call_sid LIMIT 1"
    )
    assert rows, "the simulated calls include barge-ins"
    sid, recovered = rows[0]
    ui.login(page, served.base_url, served.key("analyst"), target=f"/calls/{sid}")
    markers = page.locator(".marker.interrupt")
    expect(markers.first).to_be_visible()
    assert page.locator(".marker.interrupt.good").count() == recovered
    assert "Caller interrupted" in markers.first.inner_text()


def test_pages_work_without_javascript(no_js_page, served, ui):
    page = no_js_page
    ui.login(page, served.base_url, served.key("analyst"))
    page.select_option("select[name=workflow]", "refill")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"workflow=refill"))
    sids = shown_sids(page)
    assert sids
    page.click(f"a[href='/calls/{sids[0]}']")
    expect(page.locator("section#turn-0")).to_be_visible()


def test_an_unknown_call_is_a_404_page_and_no_key_goes_to_login(page, served, ui):
    assert page.goto(served.base_url + "/calls/CA" + "0" * 32) is not None
    assert "/login?next=" in page.url  # not logged in: nothing about the call is revealed
    ui.login(page, served.base_url, served.key("analyst"))
    response = page.goto(served.base_url + "/calls/CA" + "0" * 32)
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_have_text("No such call")
