"""``callpulse report``: the weekly business review of one ISO week as one self-contained HTML file and a PDF
of it (Debian's chromium, headless ``--print-to-pdf``). The numbers: ``rollout.report``; this module wires
them from the settings, writes the files and prints the PDF."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console

from callpulse.cli.args import add_command
from callpulse.errors import CallpulseError, QueryError
from callpulse.settings import Settings
from stream.warehouse import Warehouse

CHROMIUM_NAMES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
PDF_TIMEOUT_S = 120.0


class ChromiumMissingError(CallpulseError):
    """No chromium to print the PDF with (``make chromium`` installs Debian's, or pass --no-pdf)."""


class PdfPrintError(CallpulseError):
    """chromium ran but wrote no PDF (its exit code and last words are in the message)."""


@dataclass(frozen=True, slots=True)
class ReportFiles:
    html: Path
    pdf: Path | None
    """None: the PDF was not made (asked not to, or chromium is missing where that is allowed)."""
    pdf_note: str = ""


def register(commands: Any) -> None:
    parser = add_command(commands, "report", run_report)
    parser.add_argument("--week", help="ISO week like 2026-W48 (default: the last complete week)")
    parser.add_argument("--out", type=Path, help="folder to write into (default: <data dir>/reports)")
    parser.add_argument("--no-pdf", action="store_true", help="write the HTML only")
    parser.epilog = (
        "examples:\n  callpulse report --week 2026-W48\n"
        "  callpulse report --week 2026-W48 --out /tmp/wbr --no-pdf"
    )
    parser.formatter_class = argparse.RawDescriptionHelpFormatter


def run_report(args: argparse.Namespace) -> int:
    """the weekly business review of one ISO week: an HTML file and a PDF

    Write the weekly business review of one ISO week (Monday to Sunday, UTC): resolved containment and the
    other headline KPIs against the week before, the daily trend against the human baseline, savings,
    satisfaction proxies, top hand-off and failure reasons with links to example transcripts, the releases of
    the week compared with promote / hold / roll back, and reviewer agreement. One self-contained HTML file
    (nothing fetched) and a PDF of it printed by chromium."""
    from callpulse import compose
    from callpulse.settings import get_settings

    settings = get_settings()
    now_ms = int(time.time() * 1000)
    week = parse_week(args.week, now_ms)
    out = args.out if args.out is not None else settings.data_dir / "reports"
    client = compose.open_warehouse(settings)
    files = write_report(client, settings, week, out, now_ms=now_ms, pdf="no" if args.no_pdf else "required")
    console = Console(soft_wrap=True)  # a path is copied whole, never wrapped
    console.print(f"weekly business review {week.label}:")
    console.print(f"  HTML: {files.html.resolve()}")
    console.print(f"  PDF:  {files.pdf.resolve()}" if files.pdf else f"  PDF:  {files.pdf_note}")
    return 0


def parse_week(text: str | None, now_ms: int) -> Any:
    """The ISO week asked for, or the last complete one; a QueryError (one sentence) if it is not a week."""
    from rollout.errors import RolloutError
    from rollout.weeks import IsoWeek

    try:
        return IsoWeek.of_ms(now_ms).previous() if text is None else IsoWeek.parse(text)
    except RolloutError as err:
        raise QueryError(str(err)) from None


def write_report(
    client: Warehouse, settings: Settings, week: Any, out: Path, *, now_ms: int, pdf: str = "required"
) -> ReportFiles:
    """Gather, render and write ``callpulse-report-<week>.html`` into ``out``; then its PDF when ``pdf`` is
    "required" (a typed error without chromium or when it fails), "if-available" (a note instead), or not at
    all ("no")."""
    from callpulse import compose
    from rollout.errors import RolloutError
    from rollout.report import sources
    from rollout.report.gather import ReportOptions, gather
    from rollout.report.render import render

    options = ReportOptions(
        database=settings.database,
        cost_per_human_minute=settings.rollout_cost_per_human_minute,
        currency=settings.rollout_currency,
        ttfhw_budget_ms=settings.ttfhw_budget_ms,
        base_url=settings.detector_api_base_url,
        guardrails=compose.rollout_guardrails(settings),
        alpha=settings.rollout_alpha,
        min_effect=settings.rollout_min_effect_points / 100,
        human_rows=sources.human_rows(settings.database),
        agreements=sources.agreements(settings.database, settings.rollout_alpha),
    )
    try:
        report = gather(client, week, options)
    except RolloutError as err:
        raise QueryError(str(err)) from None
    out.mkdir(parents=True, exist_ok=True)
    html = out / f"callpulse-report-{week.label}.html"
    html.write_text(render(report, generated_ms=now_ms), encoding="utf-8")
    if pdf == "no":
        return ReportFiles(html, None, "not asked for (--no-pdf)")
    try:
        return ReportFiles(html, print_pdf(html, html.with_suffix(".pdf")))
    except (ChromiumMissingError, PdfPrintError) as err:
        if pdf == "if-available":
            return ReportFiles(html, None, f"skipped: {err}")
        raise


def find_chromium() -> str:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise ChromiumMissingError(
        "chromium is not installed, so the PDF cannot be printed: `make chromium` installs Debian's "
        "(or pass --no-pdf for the HTML only)"
    )


def print_pdf(html: Path, pdf: Path, *, chromium: str | None = None) -> Path:
    """Print ``html`` to ``pdf`` with headless chromium (A4 from the page's @page rule, no header or footer),
    offline: the page fetches nothing."""
    binary = chromium or find_chromium()
    if not Path(binary).exists() and shutil.which(binary) is None:
        raise ChromiumMissingError(f"no chromium at {binary}")
    pdf.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="callpulse-chromium-") as profile:
        command = [
            binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-dev-shm-usage",
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer", f"--print-to-pdf={pdf.resolve()}", html.resolve().as_uri(),
        ]  # fmt: skip
        env = {**os.environ, "HOME": profile}
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=PDF_TIMEOUT_S, env=env)
        except subprocess.TimeoutExpired:
            raise PdfPrintError(f"chromium did not print {html.name} within {PDF_TIMEOUT_S:.0f} s") from None
    if not pdf.exists() or pdf.stat().st_size == 0:
        tail = " ".join((done.stderr or "").strip().splitlines()[-2:])
        raise PdfPrintError(f"chromium exited {done.returncode} without writing {pdf.name}: {tail}")
    return pdf
