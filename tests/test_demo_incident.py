"""The last step of ``make demo``: ``callpulse demo --incident refill-field-rename`` pages, and pages
again when it is run a second time in the same data directory (a user re-running ``make demo``). In the
shared databases the second run restored the first run's open incident and printed no page (exit 0), or
judged the new incident against the first run's failing minutes (no page, exit 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_process import run_callpulse

pytestmark = pytest.mark.slow


def test_the_incident_demo_pages_every_time_it_is_run(tmp_path: Path) -> None:
    for run in (1, 2):
        done = run_callpulse(tmp_path, "demo", "--incident", "refill-field-rename")
        assert done.returncode == 0, f"run {run}: {done.stdout[-2000:]}{done.stderr[-2000:]}"
        assert "PAGE" in done.stdout and "lookup_prescription" in done.stdout, f"run {run}: {done.stdout}"
