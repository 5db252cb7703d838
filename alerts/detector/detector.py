"""One detector tick: read the last minutes, judge every signal, open/re-post/resolve incidents.

The clock is the caller's (``tick(now_ms)``): ``callpulse detect`` passes the wall clock every
interval; the benchmark and the tests replay a simulated day minute by minute.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Protocol

from alerts.detector import queries
from alerts.detector.alertmanager import PostedAlert
from alerts.detector.incidents import Incident, IncidentBook, Transitions
from alerts.detector.signals import SIGNALS, Finding, Group, Signal, judge

log = logging.getLogger(__name__)
DASHBOARD_VARIABLES = ("workflow", "tool", "agent_version")  # the on-call dashboard's variables
ALERT_COLUMNS = ("fingerprint", "alertname", "status", "severity", "workflow", "tool", "starts_at", "ends_at",
                 "labels", "annotations", "received_at")  # fmt: skip


class Poster(Protocol):
    def post(self, alerts: list[PostedAlert]) -> None: ...


@dataclass(frozen=True, slots=True)
class DetectorConfig:
    api_base_url: str = "http://127.0.0.1:8000"
    dashboard_url: str = "http://localhost:3000/d/callpulse-oncall/on-call"
    interval_s: float = 30.0
    trailing_minutes: int = 120
    quiet_ticks: int = 5  # resolve after this many quiet ticks: thin traffic must not flap a page
    examples: int = 5
    signals: tuple[Signal, ...] = SIGNALS


@dataclass(slots=True)
class TickReport:
    findings: list[Finding] = field(default_factory=list)
    transitions: Transitions = field(default_factory=Transitions)


class Detector:
    """Reads ``database`` through ``client`` (clickhouse-connect), posts to ``poster`` (or nowhere)."""

    def __init__(self, client: Any, database: str, config: DetectorConfig, poster: Poster | None) -> None:
        self._client, self._db, self._config, self._poster = client, database, config, poster
        self._book = IncidentBook(config.quiet_ticks)
        for incident in self._restore():
            self._book.restore(incident)

    @property
    def open_incidents(self) -> list[Incident]:
        return self._book.open

    def tick(self, now_ms: int) -> TickReport:
        now_minute = now_ms // 60_000
        frames = {
            "kpi": queries.kpi_frame(self._client, self._db, now_minute, self._span("kpi")),
            "tools": queries.tool_frame(self._client, self._db, now_minute, self._span("tools")),
        }
        findings = [
            f
            for s in self._config.signals
            for f in judge(s, frames[s.frame], now_minute, open_since=self._open_since(s))
        ]
        seen = [(_labels(f), self._annotations(f)) for f in findings]
        transitions = self._book.update(now_ms, seen)
        self._post(transitions, now_ms)
        self._record(transitions, now_ms)
        return TickReport(findings, transitions)

    def _open_since(self, signal: Signal) -> dict[Group, int]:
        """The groups of ``signal`` with an open incident of its alert, and the minute it opened."""
        return {
            tuple(i.labels.get(k, "") for k in signal.keys): i.starts_ms // 60_000
            for i in self._book.open
            if i.labels["alertname"] == signal.alertname
        }

    def _span(self, frame: str) -> int:
        """Minutes to read: the longest window judged on ``frame`` and its trailing baseline."""
        windows = [s.window_minutes for s in self._config.signals if s.frame == frame]
        return self._config.trailing_minutes + max(windows, default=0)

    def _annotations(self, finding: Finding) -> dict[str, str]:
        since = finding.minute - max(finding.signal.window_minutes, 10)
        found = queries.examples(self._client, self._db, finding.signal.alertname, finding.group, since,
                                 self._config.examples)  # fmt: skip
        links = [f"{self._config.api_base_url.rstrip('/')}/calls/{e.call_sid}#turn-{e.turn}" for e in found]
        description = f"{finding.summary} over the last {finding.minutes} min ({finding.volume} samples)"
        query = "&".join(f"var-{k}={v}" for k, v in finding.group.items() if k in DASHBOARD_VARIABLES)
        notes = {
            "summary": finding.summary,
            "description": description,
            "runbook": f"docs/oncall.md#{finding.signal.alertname.lower()}",
            "dashboard": f"{self._config.dashboard_url}?{query}",
            "transcripts": "\n".join(links),
        }
        notes.update({f"transcript_{i}": link for i, link in enumerate(links, start=1)})
        return notes

    def _post(self, transitions: Transitions, now_ms: int) -> None:
        if self._poster is None:
            return
        ahead_ms = int(self._config.interval_s * 1000 * 4)
        alerts = [
            PostedAlert(i.labels, i.annotations, i.starts_ms, now_ms + ahead_ms) for i in transitions.firing
        ]
        alerts += [PostedAlert(i.labels, i.annotations, i.starts_ms, now_ms) for i in transitions.resolved]
        self._poster.post(alerts)

    def _record(self, transitions: Transitions, now_ms: int) -> None:
        rows = [_row(i, "firing", None, now_ms) for i in transitions.opened]
        rows += [_row(i, "resolved", now_ms, now_ms) for i in transitions.resolved]
        if rows:
            self._client.insert("alerts", rows, column_names=list(ALERT_COLUMNS), database=self._db)

    def _restore(self) -> list[Incident]:
        """Incidents a previous run opened and did not resolve (so a restart does not page again)."""
        sql = f"""
            SELECT fingerprint, labels, annotations, toUnixTimestamp64Milli(starts_at) AS starts
            FROM {self._db}.alerts FINAL
            WHERE startsWith(alertname, 'CallpulseDetector') AND status = 'firing'
              AND (fingerprint, starts_at) NOT IN
                  (SELECT fingerprint, starts_at FROM {self._db}.alerts WHERE status = 'resolved')"""
        rows = self._client.query(sql).result_rows
        return [
            Incident(fp, dict(labels), dict(notes), int(starts), int(starts))
            for fp, labels, notes, starts in rows
        ]


def _labels(finding: Finding) -> dict[str, str]:
    labels = {"alertname": finding.signal.alertname, "severity": finding.signal.severity, **finding.group}
    return {k: v for k, v in labels.items() if v}


def _row(incident: Incident, status: str, ends_ms: int | None, now_ms: int) -> tuple[Any, ...]:
    labels = incident.labels
    return (
        incident.fingerprint, labels["alertname"], status, labels.get("severity", ""),
        labels.get("workflow", ""), labels.get("tool", ""), incident.starts_ms, ends_ms, labels,
        incident.annotations, now_ms,
    )  # fmt: skip
