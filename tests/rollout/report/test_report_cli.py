"""``callpulse report`` and the end of ``callpulse demo``: the week asked for, the files written, what is said
when chromium is missing or fails (a typed error, or a note where the PDF is optional)."""

from __future__ import annotations

import io
import stat
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from callpulse.cli import build_parser
from callpulse.cli import report as report_cli
from callpulse.cli.demo import print_rollout_pointers
from callpulse.cli.report import ChromiumMissingError, PdfPrintError, parse_week, print_pdf, write_report
from callpulse.errors import QueryError
from callpulse.settings import Settings
from rollout.weeks import IsoWeek

NOW_MS = 1_796_000_000_000  # Monday 2026-11-30 00:53 UTC, in 2026-W49


def test_the_week_is_an_iso_week_or_the_last_complete_one() -> None:
    assert parse_week("2026-W48", NOW_MS).label == "2026-W48"
    assert parse_week(None, NOW_MS).label == "2026-W48"  # the last complete week
    with pytest.raises(QueryError, match="not an ISO week like 2026-W48"):
        parse_week("last week", NOW_MS)
    args = build_parser().parse_args(["report", "--week", "2026-W48", "--out", "/tmp/x", "--no-pdf"])
    assert (args.week, args.out, args.no_pdf) == ("2026-W48", Path("/tmp/x"), True)


def _no_chromium(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_cli, "CHROMIUM_NAMES", ("/nonexistent/chromium",))


def test_without_chromium_the_pdf_is_a_typed_error_or_a_note(
    warehouse: Any, seeded: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_chromium(monkeypatch)
    settings = Settings(database=warehouse.database, data_dir=tmp_path)
    week = IsoWeek.parse("2026-W48")
    with pytest.raises(ChromiumMissingError, match="make chromium"):
        write_report(warehouse.client, settings, week, tmp_path, now_ms=NOW_MS)
    files = write_report(warehouse.client, settings, week, tmp_path, now_ms=NOW_MS, pdf="if-available")
    assert files.pdf is None and files.pdf_note.startswith("skipped: chromium is not installed")
    assert files.html == tmp_path / "callpulse-report-2026-W48.html" and files.html.stat().st_size > 5_000


def test_a_chromium_that_writes_no_pdf_is_reported(tmp_path: Path) -> None:
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\necho 'crashed while printing' >&2\nexit 3\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    page = tmp_path / "r.html"
    page.write_text("<p>hi</p>")
    with pytest.raises(PdfPrintError, match=r"exited 3 without writing r\.pdf: crashed while printing"):
        print_pdf(page, tmp_path / "r.pdf", chromium=str(fake))


def test_the_demo_ends_with_where_the_report_and_the_compare_page_are(
    warehouse: Any, seeded: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_chromium(monkeypatch)
    settings = Settings(database=warehouse.database, data_dir=tmp_path, api_port=8123)
    out = io.StringIO()
    print_rollout_pointers(warehouse.client, settings, 1_795_600_000_000, Console(file=out, width=100))
    text = out.getvalue()
    html = (tmp_path / "reports" / "callpulse-report-2026-W48.html").resolve()
    assert html.exists() and f"HTML: {html}" in text
    assert "PDF:  skipped: chromium is not installed" in text
    assert "Release comparison page: http://127.0.0.1:8123/compare" in text


@pytest.mark.slow  # a process that opens (and migrates) a fresh embedded warehouse
def test_callpulse_report_as_a_user_runs_it(tmp_path: Path) -> None:
    from cli_process import run_callpulse  # type: ignore[import-not-found]

    data = tmp_path / "var"
    done = run_callpulse(data, "report", "--week", "2026-W48", "--no-pdf")
    assert done.returncode == 0, done.stderr
    html = data / "reports" / "callpulse-report-2026-W48.html"
    assert f"  HTML: {html.resolve()}\n  PDF:  not asked for (--no-pdf)\n" in done.stdout  # paths not wrapped
    assert "No ended agent calls in 2026-W48." in html.read_text(encoding="utf-8")


def test_a_week_that_does_not_exist_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    from callpulse.cli import main

    assert main(["report", "--week", "2026-W99"]) == 2
    assert capsys.readouterr().err.strip() == "callpulse report: 2026 has ISO weeks 1 to 53, not 99"
