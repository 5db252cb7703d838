"""Incident state: one alert per (alertname, workflow, tool, agent_version), opened once, re-posted
while it lasts, resolved after it has been quiet for ``quiet_ticks`` ticks (hysteresis: a KPI that
hovers at the threshold does not page on and off).

The fingerprint is a hash of those labels, so the same incident keeps the same fingerprint across
ticks and restarts; ``restore`` rebuilds open incidents from the ``alerts`` table after a restart,
so a restarted detector does not page again for an incident it already paged for.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

IDENTITY = ("alertname", "workflow", "tool", "agent_version")


def fingerprint(labels: dict[str, str]) -> str:
    key = "\x1f".join(f"{name}={labels.get(name, '')}" for name in IDENTITY)
    return hashlib.sha256(key.encode()).hexdigest()[:16]


@dataclass(slots=True)
class Incident:
    fingerprint: str
    labels: dict[str, str]
    annotations: dict[str, str]
    starts_ms: int
    last_seen_ms: int
    quiet: int = 0
    recurring: bool = False  # came back on its hourly beat: resolves only after a whole beat without it


@dataclass(slots=True)
class Transitions:
    opened: list[Incident] = field(default_factory=list)
    firing: list[Incident] = field(default_factory=list)
    resolved: list[Incident] = field(default_factory=list)
    recurred: list[Incident] = field(default_factory=list)  # resolved ones back on their hourly beat


HOUR_MS = 3_600_000
RECUR_SLACK_MS = 3 * 60_000
RECUR_HORIZON_MS = 3 * HOUR_MS
"""A resolved incident found again within ``RECUR_HORIZON_MS`` of resolving, a whole number of hours
after its episode began (give or take ``RECUR_SLACK_MS``), is the same recurring fault (an hourly batch
job at :00 that saturates a tool's database: test4-b's timeouts at 08:00, 09:00 and 10:00 paged twice):
the incident comes back as itself, not as a new page. A finding at any other minute is a new
episode and pages (after the cooldown, or when worse).

The first return still reaches Alertmanager as the alert firing again after its resolve (nobody can know
at the first resolve that the fault will come back), so the on-call engineer is notified once more; from
then the incident is held open until a whole beat (an hour and the slack) passes without it, so later
returns notify nobody and the page says it recurs."""


class IncidentBook:
    """Turns each tick's findings into opened / still firing / resolved incidents.

    Once resolved, an incident does not re-open for ``cooldown_ms`` (the same episode's tail: calls
    that started during it still ending, a baseline catching up) unless it is worse than it was at
    its worst: ``effect`` more than ``worse_by`` times its peak."""

    def __init__(self, quiet_ticks: int = 2, cooldown_ms: int = 0, worse_by: float = 1.25) -> None:
        self._open: dict[str, Incident] = {}
        self._quiet_ticks = quiet_ticks
        self._cooldown_ms, self._worse_by = cooldown_ms, worse_by
        self._peak: dict[str, float] = {}  # fingerprint -> worst effect of its current/last episode
        self._closed: dict[str, int] = {}  # fingerprint -> when its last episode resolved
        self._last: dict[str, Incident] = {}  # fingerprint -> its last resolved incident

    @property
    def open(self) -> list[Incident]:
        return list(self._open.values())

    def restore(self, incident: Incident) -> None:
        self._open[incident.fingerprint] = incident

    def update(self, now_ms: int, seen: list[tuple[dict[str, str], dict[str, str], float]]) -> Transitions:
        """``seen``: (labels, annotations, effect) of every finding of this tick."""
        out = Transitions()
        current: set[str] = set()
        for labels, notes, effect in seen:
            fp = fingerprint(labels)
            incident = self._open.get(fp)
            if incident is None and self._same_episode(fp, now_ms, effect):
                continue
            current.add(fp)
            if incident is None and self._recurs(fp, now_ms):
                incident = self._open[fp] = self._last.pop(fp)
                incident.last_seen_ms, incident.quiet, incident.recurring = now_ms, 0, True
                incident.annotations = {**notes, "recurs": "again at the same minute of the hour"}
                self._peak[fp] = max(self._peak.get(fp, effect), effect)
                out.recurred.append(incident)
            elif incident is None:
                incident = self._open[fp] = Incident(fp, labels, notes, now_ms, now_ms)
                self._peak[fp] = effect
                out.opened.append(incident)
            else:
                incident.last_seen_ms, incident.quiet = now_ms, 0
                recurs = {"recurs": incident.annotations["recurs"]} if incident.recurring else {}
                incident.annotations = {**notes, **recurs}  # fresh value and examples; same identity
                self._peak[fp] = max(self._peak.get(fp, effect), effect)
            out.firing.append(incident)
        for fp, incident in list(self._open.items()):
            if fp in current:
                continue
            incident.quiet += 1
            if incident.quiet >= self._quiet_ticks and not self._awaiting_beat(incident, now_ms):
                del self._open[fp]
                self._closed[fp] = now_ms
                self._last[fp] = incident
                out.resolved.append(incident)
            else:
                out.firing.append(incident)  # still firing until it has been quiet long enough
        return out

    def supersede(self, fingerprints: list[str], now_ms: int, note: str) -> list[Incident]:
        """Resolve the open incidents of ``fingerprints`` now, their annotations saying ``note`` (a
        wider page replaces them: one page for one fault); like any resolved incident they do not
        re-open for the cooldown unless worse."""
        out = []
        for fp in fingerprints:
            incident = self._open.pop(fp, None)
            if incident is None:
                continue
            incident.annotations = {**incident.annotations, "superseded": note}
            self._closed[fp] = now_ms
            self._last[fp] = incident
            out.append(incident)
        return out

    @staticmethod
    def _awaiting_beat(incident: Incident, now_ms: int) -> bool:
        """A recurring incident stays open until its next return is overdue."""
        return incident.recurring and now_ms - incident.last_seen_ms <= HOUR_MS + RECUR_SLACK_MS

    def _recurs(self, fp: str, now_ms: int) -> bool:
        """A recently resolved incident found again on its hourly beat (see ``RECUR_HORIZON_MS``)."""
        closed, last = self._closed.get(fp), self._last.get(fp)
        if closed is None or last is None or now_ms - closed > RECUR_HORIZON_MS:
            return False
        since = (now_ms - last.starts_ms) % HOUR_MS
        return min(since, HOUR_MS - since) <= RECUR_SLACK_MS

    def _same_episode(self, fp: str, now_ms: int, effect: float) -> bool:
        """A finding of a recently resolved incident that is not worse than its peak: not a new page."""
        closed = self._closed.get(fp)
        if closed is None or now_ms - closed > self._cooldown_ms:
            return False
        return effect <= self._worse_by * self._peak.get(fp, 0.0)
