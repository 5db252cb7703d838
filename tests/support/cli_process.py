"""``callpulse`` as a user runs it: its own process (``python -m callpulse.cli``), on the embedded warehouse
of a data directory the test owns (``CALLPULSE_WAREHOUSE_DSN`` empty: never a server from the environment)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def cli_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The caller's environment with ``data_dir`` as callpulse's data directory, plus ``extra``."""
    return {**os.environ, "CALLPULSE_DATA_DIR": str(data_dir), "CALLPULSE_WAREHOUSE_DSN": "", **extra}


def run_callpulse(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``callpulse *args`` to its end (at most 5 minutes, a hang guard); its exit code is the test's to check."""
    return subprocess.run(
        [sys.executable, "-m", "callpulse.cli", *args],
        capture_output=True,
        text=True,
        env=cli_env(data_dir, **env),
        timeout=300,
        check=False,
    )
