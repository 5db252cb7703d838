"""The compare page and the after-call review in headless chromium: a lead reads the canary decision; a
reviewer opens the week's sample, reads a redacted transcript, labels the call, and the label and its
audit entry are in the warehouse."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from rollout.reviews import read_sample, sample_week

pytestmark = pytest.mark.browser

WEEK = "2025-W48"  # the simulated calls start on Monday 2025-11-24


def test_the_compare_page_shows_a_decision_and_every_kpi(page, served, ui):
    ui.login(page, served.base_url, served.key("viewer"), target="/compare")
    decision = page.locator("#decision .decision-word")
    expect(decision).to_have_text(re.compile(r"^(Promote|Hold|Roll back)$"))
    rows = page.locator("table#kpis tbody tr")
    assert rows.count() >= 10
    expect(page.locator("table#kpis tbody tr[data-kpi='resolved_containment'] td").nth(0)).to_have_text(
        "Resolved containment"
    )
    ui.screenshot(page, "compare-canary")
    page.select_option("select#mode", "versions")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"mode=versions"))
    expect(page.locator("ul.errors")).to_contain_text("choose version A")
    ui.screenshot(page, "compare-form-error")


def test_a_reviewer_labels_a_sampled_call_and_it_is_stored_and_audited(page, served, ui):
    sample_week(served.ctx.client, WEEK, per_stratum=2, seed=1, now_ms=ui.now_ms, database=served.database)
    total = len(read_sample(served.ctx.client, WEEK, database=served.database))
    assert total >= 2
    name = "browser-reviewer"
    key = served.keys.create(name, "analyst")[1]
    ui.login(page, served.base_url, key, target=f"/review?week={WEEK}")
    expect(page.locator("#progress")).to_have_text(f"0 of {total} calls labelled")
    ui.screenshot(page, "review-list")

    first = page.locator("table#sample tbody tr[data-sid]").first
    sid = first.get_attribute("data-sid")
    first.locator("a").click()
    page.wait_for_url(re.compile(rf"/review/{sid}$"))
    expect(page.locator("h2").filter(has_text="Transcript")).to_be_visible()
    assert page.locator(".transcript .utt").count() > 0
    shown = page.locator(".transcript").inner_text()
    stored = {
        r[0] for r in served.rows("SELECT text FROM {db}.turns FINAL WHERE call_sid = {s:String}", s=sid)
    }
    assert all(text in shown for text in stored)  # the redacted turns, as the warehouse holds them
    assert not [
        raw for raw in served.raw_text[sid] if raw not in stored and raw in shown
    ]  # never the originals
    page.check("input[name=task_done][value=no]")
    page.check("input[name=wrong_information][value=yes]")
    page.check("input[name=compliance_problem][value=no]")
    ui.screenshot(page, "review-call")
    page.click("#label-form button[type=submit]")
    page.wait_for_url(re.compile(r"/review(/CA[0-9a-f]{32}|\?week=)"))

    [(reviewer, task_done, wrong)] = served.rows(
        "SELECT reviewer, task_done, wrong_information FROM {db}.review_labels FINAL WHERE call_sid = {s:String}",
        s=sid,
    )
    assert (reviewer, task_done, wrong) == (name, 0, 1)
    [(actor, role, reason)] = served.rows(
        "SELECT actor, role, reason FROM {db}.audit_log WHERE action = 'review_label' AND call_sid = {s:String}",
        s=sid,
    )
    assert (actor, role) == (name, "analyst") and "task_done=no" in reason

    page.goto(served.base_url + f"/review?week={WEEK}")
    expect(page.locator("#progress")).to_have_text(f"1 of {total} calls labelled")
    expect(page.locator(f"tr[data-sid='{sid}'] .labelled")).to_have_text("task done: no")
    expect(page.locator("table#agreement tbody tr")).to_have_count(1)
    ui.screenshot(page, "review-list-labelled")
