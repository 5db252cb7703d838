"""test9's false page and its night miss, as tuning data (issue 20): each test fails on the detector frozen
for test9 (d68d30f)."""

from __future__ import annotations

import pandas as pd
from empty_warehouse import EmptyWarehouse

from alerts.detector.detector import Detector, DetectorConfig
from alerts.detector.signals import SIGNALS, judge

TRAFFIC = next(s for s in SIGNALS if s.alertname == "CallpulseDetectorTrafficStopped")
WEEK = 7 * 24 * 60
DAY = 29_000_160  # epoch minute of today's 00:00 (a multiple of 1440)
FIRST = 16 * 60 + 30

# Every workflow's calls a minute from 16:30, on the normal day of seed 3501 (to 18:09) and a week earlier
# (to 18:39), read from the test9 run's kept warehouse: 700 calls an hour to 18:00, then 300, both days.
TODAY = (9, 22, 15, 13, 19, 10, 8, 16, 6, 8, 14, 11, 18, 16, 12, 11, 15, 12, 14, 13, 9, 12, 11, 9, 15, 16, 9, 13, 10, 14, 7, 12, 14, 8, 10, 4, 16, 10, 10, 14, 17, 8, 16, 13, 16, 14, 16, 14, 13, 10, 10, 10, 11, 14, 16, 8, 11, 18, 12, 10, 10, 13, 9, 8, 11, 14, 7, 7, 10, 11, 13, 15, 18, 12, 16, 13, 12, 6, 10, 9, 18, 6, 10, 8, 9, 15, 9, 14, 13, 12, 6, 4, 1, 4, 1, 4, 5, 4, 3, 6)  # fmt: skip
LAST_WEEK = (10, 13, 9, 8, 11, 14, 7, 7, 10, 11, 13, 15, 18, 12, 16, 13, 12, 6, 10, 9, 18, 6, 10, 8, 9, 15, 9, 14, 13, 12, 13, 10, 6, 12, 10, 19, 11, 10, 8, 14, 12, 6, 4, 12, 7, 9, 18, 15, 10, 7, 14, 13, 11, 10, 12, 10, 10, 13, 9, 6, 17, 10, 12, 18, 12, 11, 11, 12, 15, 16, 20, 12, 13, 7, 11, 13, 16, 8, 9, 12, 13, 12, 12, 18, 9, 9, 14, 16, 12, 9, 7, 1, 4, 3, 5, 8, 7, 3, 7, 3, 1, 3, 4, 5, 7, 4, 4, 2, 11, 11, 9, 3, 4, 5, 5, 3, 7, 6, 4, 7, 5, 6, 6, 5, 8, 3, 5, 5, 8, 5)  # fmt: skip


def test_a_step_down_last_week_also_had_does_not_page_right_after_it() -> None:
    """The normal day of seed 3501, 18:06-18:09 (the test9 run's false page, TrafficStopped across every
    workflow: 14 calls in 18:01-18:05 against 42 expected). Last week's shape was read over fifteen
    minutes back from the window's end, ten of them before its 18:00 step down; its five minutes after
    the step brought 21 calls. The window's own minutes of last week are read too (two sigmas high)."""
    rows = [(DAY - WEEK + FIRST + i, "billing", n) for i, n in enumerate(LAST_WEEK)]
    rows += [(DAY + FIRST + i, "billing", n) for i, n in enumerate(TODAY)]
    calls = pd.DataFrame(rows, columns=["minute", "workflow", "arrivals"])
    for now in range(DAY + 18 * 60 + 1, DAY + 18 * 60 + 10):
        assert [f.group for f in judge(TRAFFIC, calls[calls["minute"] < now], now)] == []


def _night(today_stop: int | None) -> pd.DataFrame:
    """Two workflows at night, 0.4 calls a minute each (a call in two of every five minutes) from
    00:00 to 04:00, on both days; today one of them receives none from ``today_stop``."""
    pattern = (1, 0, 0, 1, 0)
    rows = []
    for day in (DAY - WEEK, DAY):
        for m in range(4 * 60):
            for workflow in ("appointment", "billing"):
                stopped = (
                    day == DAY and workflow == "appointment" and today_stop is not None and m >= today_stop
                )
                n = 0 if stopped else pattern[m % 5]
                rows.append((day + m, workflow, n))
    return pd.DataFrame(rows, columns=["minute", "workflow", "arrivals"])


def test_a_night_stop_long_enough_to_be_improbable_pages() -> None:
    """test9-b's night_stop (appointment, 02:35, 55 min, missed): at 0.4 calls a minute, the 20 minutes
    judged were never a one-in-a-million chance. Zero calls over 50 minutes (20 expected, read off the
    trailing hour's 24 calls: the exact test of two counts, round 14, finds it at 03:24) are."""
    calls = _night(2 * 60 + 35)
    now = DAY + 3 * 60 + 25
    found = [f.group for f in judge(TRAFFIC, calls[calls["minute"] < now], now)]
    assert found == [{"workflow": "appointment"}]


def test_a_quiet_night_without_a_stop_does_not_page() -> None:
    calls = _night(None)
    for now in range(DAY + 2 * 60, DAY + 4 * 60, 7):
        assert judge(TRAFFIC, calls[calls["minute"] < now], now) == []


NOW = 29_000_000  # epoch minutes
STABLE, CANARY = "1.9.0", "1.10.0-rc2"


def _asr_pages(rows: list[tuple[int, str, str, int, int]]) -> list[dict[str, str]]:
    """The first pages of one tick, the ``asr`` frame built from (minute, workflow, build, caller
    utterances, garbled of them)."""
    base = pd.DataFrame(rows, columns=["minute", "workflow", "agent_version", "utterances", "bad"])
    frame = pd.concat([base.assign(problem="garbled"), base.assign(problem="empty", bad=0)])

    def frames(name: str, now_minute: int, span: int) -> pd.DataFrame:
        return frame if name == "asr" else pd.DataFrame({"minute": []})

    detector = Detector(EmptyWarehouse(), "db", DetectorConfig(), poster=None, frames=frames)
    return [i.labels for i in detector.tick(NOW * 60_000).transitions.opened]


VOLUME = {"billing": 12, "refill": 8, "appointment": 8}  # caller utterances a minute, a tenth on the canary


def _normal(until: int) -> list[tuple[int, str, str, int, int]]:
    return [row for m in range(NOW - 180, until) for wf, n in VOLUME.items()
            for row in ((m, wf, STABLE, n - n // 8, 0), (m, wf, CANARY, n // 8, 0))]  # fmt: skip


def test_garbled_transcripts_on_the_canary_build_page_the_build() -> None:
    """test9-b's canary_asr_garbled (paged as billing's ASR at 1860 s, expected on 1.10.0-rc2): the
    canary's callers' words come back as mumble on every workflow, a few a minute on each line, where
    the stable build's many utterances dilute them. Judged per build too, the canary's page names it."""
    garbled = [
        (m, wf, CANARY, n // 8, n // 8 - (m % 2)) for m in range(NOW - 4, NOW) for wf, n in VOLUME.items()
    ]
    rows = [r for r in _normal(NOW) if not (r[0] >= NOW - 4 and r[2] == CANARY)] + garbled
    pages = _asr_pages(rows)
    assert [(p["alertname"], p.get("agent_version"), p.get("workflow")) for p in pages] == [
        ("CallpulseDetectorASR", CANARY, None)
    ]


def test_garbled_transcripts_on_the_build_every_call_runs_page_the_workflow() -> None:
    """A build that carries most calls is no canary: billing's garbled words stay billing's page."""
    rows = [r for r in _normal(NOW) if not (r[0] >= NOW - 4 and r[1] == "billing" and r[2] == STABLE)]
    rows += [(m, "billing", STABLE, 11, 6) for m in range(NOW - 4, NOW)]
    pages = _asr_pages(rows)
    assert [(p["alertname"], p.get("agent_version"), p.get("workflow")) for p in pages] == [
        ("CallpulseDetectorASR", None, "billing")
    ]
