"""The weekly business review in Debian's chromium: the HTML opens offline (nothing fetched but the file
itself) with its numbers and plots, and chromium prints it to a PDF whose first pages ``pdftoppm`` turns into
PNGs (kept beside the browser screenshots and in ``var/test-artifacts/report/``, to be looked at)."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from callpulse.cli.report import print_pdf
from rollout.cohorts import CallRow
from rollout.report.gather import ReportOptions, gather
from rollout.report.render import render
from rollout.weeks import IsoWeek
from stream.metrics.types import ToolStats
from stream.rows import TABLE_COLUMNS, call_row, turn_metrics_row

pytestmark = pytest.mark.browser

WEEK = IsoWeek.parse("2026-W48")
DAY_MS = 86_400_000
BASE = "https://callpulse.example.test"
ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artifacts" / "report"
"""The PDF and its first pages as PNGs, to be looked at after a run."""
REASONS = ("caller asked for an agent", "payment system unavailable", "caller frustration detected")


def _seed(warehouse: Any, make_result: Any) -> int:
    """A fortnight of calls (two versions this week), three turns each; returns this week's ended calls."""
    rng = random.Random(11)
    calls, turns, counted = [], [], 0
    for week_start, n in ((WEEK.start_ms, 350), (WEEK.previous().start_ms, 300)):
        for i in range(n):
            sid = f"CA{week_start // 1000:010d}{i:022d}"
            start = week_start + (i % 7) * DAY_MS + 3_600_000 * (8 + i % 10)
            version = "1.5.0" if week_start == WEEK.start_ms and i % 6 == 0 else "1.4.0"
            roll = rng.random()
            escalated, failed, abandoned = 0.1 <= roll < 0.35, 0.35 <= roll < 0.37, roll < 0.05
            contained = not (escalated or failed or abandoned)
            resolved = contained and rng.random() < (0.7 + 0.02 * (i % 7))
            fails = int(rng.random() < 0.1)
            handle = rng.randrange(40_000, 360_000)
            result = make_result(
                sid, started_at_ms=start, ended_at_ms=start + handle, last_event_ms=start + handle,
                handle_time_ms=handle, agent_version=version, canary=version == "1.5.0",
                workflow=rng.choice(("billing", "refill", "appointment")), escalated=escalated,
                agent_failed=failed, abandoned_early=abandoned, contained=contained, resolved_contained=resolved,
                task_success=resolved, end_reason="agent_error" if failed else "hangup",
                handoff_reason=rng.choice(REASONS) if escalated else None,
                sentiment_delta=round(rng.uniform(-0.5, 0.6), 3), tool_calls=1, tool_failures=fails,
                tools={"lookup_bill": ToolStats(calls=1, failures=fails)},
                turn_rows=tuple(
                    make_result.turn(sid, t, start_ms=start + 5_000 * t, ttfhw_ms=(v := rng.randrange(400, 3_000)),
                                     within_budget=v <= 1_500)
                    for t in range(1, 4)
                ),
            )  # fmt: skip
            calls.append(call_row(result, 0))
            turns.extend(turn_metrics_row(result, t) for t in result.turns)
            counted += week_start == WEEK.start_ms
    db = warehouse.database
    warehouse.client.insert(f"{db}.calls", calls, column_names=list(TABLE_COLUMNS["calls"]))
    warehouse.client.insert(f"{db}.turn_metrics", turns, column_names=list(TABLE_COLUMNS["turn_metrics"]))
    return counted


def _humans(_warehouse: Any, start_ms: int, end_ms: int) -> list[CallRow]:
    rng = random.Random(5)
    rows = []
    for i in range(210):
        resolved = rng.random() < 0.72
        rows.append(CallRow(start_ms + (i % 7) * DAY_MS + 36_000_000, "billing", "human", False, False, False,
                            True, resolved, 0, False, None, None, 0, 0, 0, 0, None, 300_000, 0, 0))  # fmt: skip
    return rows


@pytest.fixture
def report_html(warehouse: Any, make_result: Any, tmp_path: Path) -> tuple[Path, int]:
    counted = _seed(warehouse, make_result)
    options = ReportOptions(database=warehouse.database, cost_per_human_minute=0.9, base_url=BASE,
                            human_rows=_humans, agreements=lambda *_: [])  # fmt: skip
    report = gather(warehouse.client, WEEK, options)
    path = tmp_path / f"callpulse-report-{WEEK.label}.html"
    path.write_text(render(report, generated_ms=WEEK.end_ms + 3_600_000), encoding="utf-8")
    return path, counted


def test_the_report_opens_offline_with_its_numbers_and_plots(
    page: Page, report_html: tuple[Path, int], ui: Any
) -> None:
    path, counted = report_html
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    expect(page.get_by_role("heading", name=f"Weekly business review · {WEEK.label}")).to_be_visible()
    expect(page.locator('[data-figure="calls"]')).to_have_text(f"{counted:,}")
    trend = page.get_by_role("img", name="Resolved containment per day")
    expect(trend).to_be_visible()
    assert trend.locator("polyline").count() == 2  # the agent and the people, each a line over the week
    expect(page.locator("#releases .badge")).to_have_count(1)
    assert (
        page.locator("#handoffs a").first.get_attribute("href", timeout=5_000).startswith(f"{BASE}/calls/CA")
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(ui.screenshot(page, "report-week"), ARTIFACTS / "report-week.png")
    assert requests == [path.as_uri()]  # nothing but the file itself: no font, stylesheet, script or image


def test_the_report_prints_to_a_pdf_whose_first_pages_are_pictures(
    report_html: tuple[Path, int], screenshots: Path
) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is missing: `make chromium` installs poppler-utils with chromium")
    path, _ = report_html
    pdf = print_pdf(path, path.with_suffix(".pdf"))
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert 1 <= pages <= 5  # readable in two minutes: a few A4 pages, not a dump
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert f"Weekly business review · {WEEK.label}" in text and "Savings" in text
    screenshots.mkdir(parents=True, exist_ok=True)
    prefix = screenshots / "report-pdf-page"
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "3", str(pdf), str(prefix)], check=True)
    pictures = sorted(screenshots.glob("report-pdf-page-*.png"))
    assert len(pictures) == min(3, pages) and all(p.stat().st_size > 10_000 for p in pictures)
    shutil.copy(pdf, screenshots / pdf.name)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)  # kept across runs (pytest's temp dirs rotate), git-ignored
    for kept in (*pictures, screenshots / pdf.name):
        shutil.copy(kept, ARTIFACTS / kept.name)
