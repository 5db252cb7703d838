"""Dead air with a build's scope (issue 20, twentieth run), over calls frames shaped like test16-a's
canary_framework_dead_air: a canary build (about a call a minute in all, on every line) goes silent
after the caller's second words; its callers ask "are you there?" and hang up, so their calls end
stranded (a caller's words never answered, the agent silent since) but not ``unanswered`` (the
caller's last words did not wait out the dead-air limit). The build's stranded calls on several lines
page once, as the build; one line's dead air pages as that line (guard); a workflow's page opened
before the silence spread gives way to the build's page."""

from __future__ import annotations

import pandas as pd
from empty_warehouse import EmptyWarehouse

from alerts.detector.detector import Detector, DetectorConfig
from tests.alerts.replay_frames import ONSET as T
from tests.alerts.replay_frames import WEEK
from tests.alerts.replay_frames import replay as _replay

STABLE, CANARY = "1.4.0", "1.16.0-rc1"
DEAD_AIR = "CallpulseDetectorDeadAir"
LINES = ("appointment", "refill", "billing")
COLUMNS = ["minute", "workflow", "agent_version", "ended", "unanswered", "active", "looping", "left",
           "stranded", "handoffs", "unconnected"]  # fmt: skip


def _row(m: int, wf: str, build: str, calls: int, stranded: int) -> tuple[object, ...]:
    return (m, wf, build, calls, 0, calls, 0, calls, stranded, 0, 0)


def _calls(canary_lines: dict[int, str], stable_stranded: str = "") -> dict[str, pd.DataFrame]:
    """A week of calls on three lines, the stable build ending two calls a minute on each, none
    stranded; from onset the canary (no history) ends a call at each minute after onset in
    ``canary_lines`` on each line named there (comma-separated, a name twice: two calls), stranded;
    ``stable_stranded``: a line whose stable calls are stranded too from onset (its own fault)."""
    rows = []
    for m in [*range(T - WEEK, T - 120, 7), *range(T - 120, T + 30)]:
        after = m - T
        for wf in LINES:
            bad = 2 if after >= 0 and wf == stable_stranded else 0
            rows.append(_row(m, wf, STABLE, 2, bad))
        if after >= 0 and after in canary_lines:
            for wf in set(names := canary_lines[after].split(",")):
                rows.append(_row(m, wf, CANARY, names.count(wf), names.count(wf)))
    return {"calls": pd.DataFrame(rows, columns=COLUMNS)}


def _dead_air(pages: list[tuple[int, dict[str, str], str]]) -> list[tuple[int, dict[str, str], str]]:
    return [p for p in pages if p[1]["alertname"] == DEAD_AIR]


# the case's first minutes: 2 stranded canary calls on appointment and 1 on refill ended in the first
# minute after onset, then one a minute on billing, appointment, refill, ...
SPREAD = {0: "appointment", 1: "refill", 2: "billing", 3: "appointment", 4: "refill", 5: "billing",
          6: "appointment", 7: "refill", 8: "billing", 9: "appointment"}  # fmt: skip


def test_a_canary_silent_on_every_line_pages_once_as_its_build() -> None:
    """test16-a 11:18: 1.16.0-rc1's callers stranded on every line, a call a minute in all; round 19
    paged "refill: the agent stopped answering: in 3 of 5 calls ..." at 300 s (no line had three
    stranded calls sooner, and the build's judgement counts only ``unanswered`` calls). Now the
    build's stranded calls on every line together page within a minute of the third, as the build."""
    pages = _dead_air(_replay(_calls(SPREAD), 0, 20))
    assert pages, "no dead-air page"
    minute, labels, summary = pages[0]
    assert labels.get("agent_version") == CANARY and "workflow" not in labels
    assert minute <= 4
    assert summary.startswith(f"the agent stopped answering on agent {CANARY}, on 3 of 3 lines")
    assert len(pages) == 1  # no line's page after it


def test_one_lines_dead_air_pages_as_that_line() -> None:
    """Guard: billing's calls, every build's, stranded (billing's own fault, the canary's share of it
    too): the page is billing's, not the build's nor every line's."""
    canary_on_billing = dict.fromkeys(range(10), "billing")
    pages = _dead_air(_replay(_calls(canary_on_billing, stable_stranded="billing"), 0, 20))
    assert pages
    assert all(p[1].get("workflow") == "billing" for p in pages)


def test_a_lines_page_opened_first_gives_way_to_the_builds_page() -> None:
    """The canary's calls stranded on refill first (six in three minutes: refill's own page), then
    on every line: the build's page follows (refill's page is superseded)."""
    first = dict.fromkeys(range(3), "refill,refill") | {after: LINES[after % 3] for after in range(3, 12)}
    pages = _dead_air(_replay(_calls(first), 0, 20))
    assert [p[1].get("workflow", p[1].get("agent_version")) for p in pages] == ["refill", CANARY]
    data = _calls(first)
    detector = Detector(EmptyWarehouse(), "db", DetectorConfig(interval_s=60), poster=None,
                        frames=lambda frame, now, span: data.get(frame, pd.DataFrame({"minute": []})))  # fmt: skip
    ended = [(m, i.labels.get("workflow"), i.annotations.get("superseded", ""))
             for m in range(T, T + pages[1][0] + 1)
             for i in detector.tick(m * 60_000).transitions.resolved]  # fmt: skip
    assert ended == [(T + pages[1][0], "refill", f"by the page across lines: {pages[1][2]}")]
