"""The scope a failure page names (issue 20, eighteenth run), over frames shaped like the spent cases'
night failures (test15-a's night_scale_in_drop, test13-a's night_cert_half): calls failing on several
lines in the same minutes. A build failing on every line beside a healthy build pages as that build;
every build failing, as every line; one workflow failing alone, as that workflow. A workflow's page
opened before the failures spread gives way to the wider page (superseded), once."""

from __future__ import annotations

import pandas as pd
from empty_warehouse import EmptyWarehouse

from alerts.detector.detector import Detector, DetectorConfig
from tests.alerts.replay_frames import ONSET as T
from tests.alerts.replay_frames import WEEK, kpi_and_failures
from tests.alerts.replay_frames import replay as _replay

STABLE, OLD = "1.4.0", "1.3.2"
FAILURES = "CallpulseDetectorAgentFailures"
LINES = ("billing", "appointment", "refill")


def _row(m: int, wf: str, build: str, bad: int) -> tuple[object, ...]:
    return (m, wf, build, 0 if bad else 5, 0 if bad else 5, 1, 1 - bad, bad, 0.0, 1 - bad, 0, bad)


def _two_builds(failing: dict[str, float]) -> dict[str, pd.DataFrame]:
    """A week of calls on three lines, two builds (1.4.0 two calls a minute per line, 1.3.2 one; a
    build rollout half done), none failed; from onset the share ``failing[build]`` of each build's
    calls fail (every ``1 / share``-th call)."""
    rows = []
    for m in [*range(T - WEEK, T - 120, 7), *range(T - 120, T + 30)]:
        after = m - T
        for i, wf in enumerate(LINES):
            for j, build in enumerate((STABLE, STABLE, OLD)):
                share = failing.get(build, 0.0) if after >= 0 else 0.0
                n = after * 3 + j + i
                bad = int(share > 0 and n % round(1 / share) == 0)
                rows.append(_row(m, wf, build, bad))
    return kpi_and_failures(rows)


def _failing_pages(pages: list[tuple[int, dict[str, str], str]]) -> list[tuple[int, dict[str, str], str]]:
    return [p for p in pages if p[1]["alertname"] == FAILURES]


def test_a_build_failing_on_every_line_beside_a_healthy_build_pages_as_that_build() -> None:
    """1.4.0's calls fail on every line while 1.3.2's calls on the same lines and minutes succeed: the
    page names the build (round 17 paged "every workflow: calls are failing on 3 of 3 lines", no
    build, and the on-call engineer could not tell that rolling 1.4.0 back is the fix)."""
    pages = _failing_pages(_replay(_two_builds({STABLE: 1.0}), 0, 20))
    assert len(pages) == 1
    minute, labels, summary = pages[0]
    assert minute <= 2  # as soon as the page across lines (round 17: minute 1)
    assert labels.get("agent_version") == STABLE and "workflow" not in labels
    assert summary.startswith(f"calls on agent {STABLE} are failing on 3 of 3 lines")


def test_every_build_failing_pages_as_every_line() -> None:
    """Both builds' calls fail alike (a platform fault): one page across every line, no build named."""
    pages = _failing_pages(_replay(_two_builds({STABLE: 0.5, OLD: 0.5}), 0, 20))
    assert len(pages) == 1
    _, labels, summary = pages[0]
    assert "agent_version" not in labels and "workflow" not in labels
    assert summary.startswith("every workflow: calls are failing on 3 of 3 lines")


def _night(failed: dict[str, tuple[int, ...]]) -> dict[str, pd.DataFrame]:
    """A week of night calls, one build: billing ends one at even minutes, appointment at odd ones,
    refill every fifth; from onset the calls at the minutes after onset in ``failed`` fail."""
    rows = []
    for m in range(T - WEEK, T + 60):
        after = m - T
        for wf in LINES:
            if not (m % 5 == 0 if wf == "refill" else m % 2 == (0 if wf == "billing" else 1)):
                continue
            rows.append(_row(m, wf, STABLE, int(after >= 0 and after in failed.get(wf, ()))))
    return kpi_and_failures(rows)


def test_one_workflow_failing_alone_pages_as_that_workflow() -> None:
    """Guard (passes before and after): only refill's calls fail: the page names refill."""
    pages = _failing_pages(_replay(_night({"refill": (5, 10, 15, 20, 25, 30)}), 0, 40))
    assert [p[1].get("workflow") for p in pages] == ["refill"]


# billing fails first, alone, and pages as billing; from minute 13 appointment's calls fail too, then
# refill's: the fault is every line's
SPREADING = {
    "billing": (2, 4, 6, 8, 10, 14, 18, 22, 26),
    "appointment": (13, 15, 17, 19, 21, 23, 25),
    "refill": (15, 20, 25),
}


def test_a_workflow_page_open_before_the_failures_spread_gives_way_to_the_wider_page_once() -> None:
    """billing's page opens on its own failures; when appointment's and refill's calls fail too, the
    on-call engineer gets the page across lines and billing's page ends at the same tick, saying it
    was superseded; over the rest of the hour no line's page comes back (widen once, never
    narrow-widen-narrow) and one failure page is open at a time. Round 17 kept billing's page as the
    one page and held the wider one back (the other lines' failures paged nowhere)."""
    data = _night(SPREADING)

    def read(frame: str, now_minute: int, span_minutes: int) -> pd.DataFrame:
        return data.get(frame, pd.DataFrame({"minute": []}))

    detector = Detector(EmptyWarehouse(), "db", DetectorConfig(interval_s=60), poster=None, frames=read)
    opened, resolved, most_open = [], [], 0
    for minute in range(T, T + 60):
        moved = detector.tick(minute * 60_000).transitions
        opened += [(minute - T, dict(i.labels)) for i in moved.opened if i.labels["alertname"] == FAILURES]
        resolved += [(minute - T, dict(i.labels), dict(i.annotations)) for i in moved.resolved
                     if i.labels["alertname"] == FAILURES]  # fmt: skip
        most_open = max(most_open, sum(i.labels["alertname"] == FAILURES for i in detector.open_incidents))
    scopes = [labels.get("workflow", "every line") for _, labels in opened]
    assert scopes == ["billing", "every line"], opened
    widened = opened[1][0]
    billing = [(m, notes) for m, labels, notes in resolved if labels.get("workflow") == "billing"]
    assert billing and billing[0][0] == widened
    assert "superseded" in billing[0][1] and "lines" in billing[0][1]["superseded"]
    assert most_open == 1
