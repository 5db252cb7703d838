"""The call list in chromium: totals over every matching call, the agent-version and TTFHW filters,
and columns sorted by a click on their header."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def column(page, index: int) -> list[str]:
    return page.locator(f"#calls tbody tr td:nth-child({index})").evaluate_all(
        "cells => cells.map(c => c.dataset.value === undefined ? c.textContent.trim() : c.dataset.value)"
    )


def test_sorting_filters_and_totals(page, served, ui):
    ui.login(page, served.base_url, served.key("analyst"), target="/calls")
    expect(page.locator("#call-totals")).to_contain_text(f"Matching calls{len(served.sids)}")

    page.locator("#calls th", has_text="TTFHW p95").click()
    values = [float(v) for v in column(page, 8) if v]
    assert values == sorted(values) and len(values) > 5
    expect(page.locator("#calls th", has_text="TTFHW p95")).to_have_attribute("aria-sort", "ascending")
    page.locator("#calls th", has_text="TTFHW p95").click()
    values = [float(v) for v in column(page, 8) if v]
    assert values == sorted(values, reverse=True)
    ui.screenshot(page, "calls-sorted")

    page.fill("input[name=ttfhw_min]", "2000")
    page.locator(".filters button[type=submit]").click()
    page.wait_for_url("**ttfhw_min=2000**")
    values = [float(v) for v in column(page, 8)]
    assert values and min(values) >= 2000
    expect(page.locator("#call-totals")).to_contain_text(f"Matching calls{len(values)}")
