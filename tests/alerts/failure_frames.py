"""The detector's failed-calls signal and the frame it reads, for the judgement tests that page on failed
calls (``test_partial_failures.py``: a canary, ``test_thin_traffic.py``: a workflow at night), which were each
picking the signal out of ``SIGNALS`` and writing the same settled/failed frame. One home, so that a change in
the signal's name or the frame's columns is met in one place.

Tests import it as ``from tests.alerts.failure_frames import ...`` (as ``replay_frames``); it is used by
tests/alerts only, so it is not in ``tests/support``.
"""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, Signal


def agent_failures(*keys: str) -> Signal:
    """The ``CallpulseDetectorAgentFailures`` signal grouped by ``keys`` (``"agent_version"``, ``"workflow"``)."""
    return next(s for s in SIGNALS if s.alertname == "CallpulseDetectorAgentFailures" and s.keys == keys)


def settled_frame(now: int, settled: list[int], failed: list[int], **group: str) -> pd.DataFrame:
    """Calls settled and failed a minute, the last minute ``now - 1``, of the one group ``group`` names
    (``agent_version="1.5.0-rc1"``)."""
    minutes = range(now - len(settled), now)
    return pd.DataFrame({"minute": minutes, **group, "settled": settled, "failed": failed})
