"""A short run of ``bench/chaos_worker.py`` (3 SIGKILLs instead of 20) on the session's broker: the
line it prints says nothing was lost or counted twice and every call equals the embedded result."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

BENCH = Path(__file__).resolve().parents[2] / "bench" / "chaos_worker.py"


def test_a_worker_killed_three_times_mid_stream_loses_nothing_and_matches_the_embedded_result(
    kafka: str,
) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--seed", "3", "--kills", "3", "--calls", "20", "--bootstrap", kafka],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "3 SIGKILLs (3 with sent events not yet committed)" in done.stdout, done.stdout
    assert "0 lost, 0 double-counted, 20 of 20 calls equal to the embedded result" in done.stdout, done.stdout
    assert "SIGTERM -> exit 0" in done.stdout
