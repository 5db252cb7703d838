"""One detector tick: read the last minutes, judge every signal, open/re-post/resolve incidents.

The clock is the caller's (``tick(now_ms)``): ``callpulse detect`` passes the wall clock every
interval; the benchmark and the tests replay a simulated day minute by minute.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import pandas as pd

from alerts.detector import queries
from alerts.detector.across_lines import (
    LINES_NOTE,
    one_dead_air_across_lines,
    one_page_across_lines,
    one_stop_across_lines,
    superseded,
)
from alerts.detector.alertmanager import PostedAlert
from alerts.detector.incidents import Incident, IncidentBook, Transitions, fingerprint
from alerts.detector.loop_across_lines import one_loop_across_lines
from alerts.detector.minutes import Group, Table, per_group
from alerts.detector.prompts import name_the_prompt
from alerts.detector.reasked import reasked_frame
from alerts.detector.signals import LOW_TRAFFIC_MINUTES, SIGNALS, SYMPTOMS, Finding, Signal, judge
from alerts.detector.slow_failures import SLOW_LABEL, name_failing_tools
from stream.warehouse import Warehouse

FRAMES = {
    "kpi": queries.kpi_frame,
    "failures": queries.failures_frame,
    "tools": queries.tool_frame,
    "latency": queries.tool_latency_frame,
    "arrivals": queries.arrivals_frame,
    "calls": queries.calls_frame,
    "intent_loops": queries.intent_loops_frame,
    "reverify": queries.reverify_frame,
    "reasked": reasked_frame,
    "dead_air": queries.dead_air_frame,
    "asr": queries.asr_frame,
    "unheard": queries.unheard_frame,
    "tts": queries.unplayed_frame,
    "tool_calls": queries.tool_calls_frame,
    "handoffs": queries.handoffs_frame,
    "language": queries.language_frame,
}
_HOW_CALLERS_FARE = frozenset({"CallpulseDetectorTTFHWRegression", "CallpulseDetectorContainmentDrop",
                               "CallpulseDetectorSentimentDip"})  # fmt: skip
EXPLAINS = {  # a cause alert -> the alerts it explains on the same workflow (not paged while it is open)
    "CallpulseDetectorSlowTool": _HOW_CALLERS_FARE | {"CallpulseDetectorDeadAir"},
    "CallpulseDetectorDeadAir": _HOW_CALLERS_FARE,
    "CallpulseDetectorAgentLoop": _HOW_CALLERS_FARE | {"CallpulseDetectorDeadAir"},
    "CallpulseDetectorToolFailures": _HOW_CALLERS_FARE - {"CallpulseDetectorTTFHWRegression"},
    "CallpulseDetectorASR": _HOW_CALLERS_FARE | {"CallpulseDetectorDeadAir", "CallpulseDetectorAgentLoop"},
    "CallpulseDetectorAgentFailures": _HOW_CALLERS_FARE | {"CallpulseDetectorDeadAir"},
    "CallpulseDetectorWrongLanguage": _HOW_CALLERS_FARE,
}
SLOW_AGENT = "CallpulseDetectorTTFHWRegression"

log = logging.getLogger(__name__)
DASHBOARD_VARIABLES = ("workflow", "tool", "agent_version")  # the on-call dashboard's variables
ALERT_COLUMNS = ("fingerprint", "alertname", "status", "severity", "workflow", "tool", "starts_at", "ends_at",
                 "labels", "annotations", "received_at")  # fmt: skip


class FrameSource(Protocol):
    def __call__(self, frame: str, now_minute: int, span_minutes: int) -> pd.DataFrame: ...


class Poster(Protocol):
    def post(self, alerts: list[PostedAlert]) -> None: ...


@dataclass(frozen=True, slots=True)
class DetectorConfig:
    api_base_url: str = "http://127.0.0.1:8000"
    dashboard_url: str = "http://localhost:3000/d/callpulse-oncall/on-call"
    interval_s: float = 30.0
    trailing_minutes: int = 120
    quiet_ticks: int = 5  # resolve after this many quiet ticks: thin traffic must not flap a page
    symptom_ticks: int = 2  # a symptom pages after this many ticks in a row (a cause gets there first)
    recent_minutes: int = 60  # a resolved incident's minutes stay out of baselines, and it does not
    # re-open unless worse, for this long
    examples: int = 5
    signals: tuple[Signal, ...] = SIGNALS


@dataclass(slots=True)
class TickReport:
    findings: list[Finding] = field(default_factory=list)
    transitions: Transitions = field(default_factory=Transitions)


class Detector:
    """Reads ``database`` through ``client`` (clickhouse-connect), posts to ``poster`` (or nowhere)."""

    def __init__(self, client: Warehouse, database: str, config: DetectorConfig, poster: Poster | None,
                 frames: FrameSource | None = None) -> None:  # fmt: skip
        self._client, self._db, self._config, self._poster = client, database, config, poster
        self._last_minute = 0
        self._frames = frames  # None: read the warehouse every tick (a replay may pass a cache)
        self._explaining: list[tuple[dict[str, str], int]] = []  # (cause alert's labels, resolved minute)
        self._book = IncidentBook(config.quiet_ticks, cooldown_ms=config.recent_minutes * 60_000)
        self._pending: dict[
            tuple[str, tuple[tuple[str, str], ...]], int
        ] = {}  # symptom findings seen in a row
        self._episodes: list[tuple[str, int, int | None]] = []  # (workflow, first minute, resolved minute)
        self._waiting: dict[tuple[str, str], int] = {}  # slow tools waiting for their failures' evidence
        for incident in self._restore():
            self._book.restore(incident)
            self._episodes.append((incident.labels.get("workflow", ""), incident.starts_ms // 60_000, None))

    @property
    def open_incidents(self) -> list[Incident]:
        return self._book.open

    def tick(self, now_ms: int) -> TickReport:
        now_minute = self._last_minute = now_ms // 60_000
        used = {s.frame for s in self._config.signals}
        read = self._frames or (lambda name, now, span: FRAMES[name](self._client, self._db, now, span))
        frames = {name: Table(read(name, now_minute, self._span(name))) for name in used}
        excluded = self._excluded(now_minute)
        found = [
            f
            for s in self._config.signals
            for f in judge(s, frames[s.frame], now_minute, open_since=self._open_since(s), excluded=excluded)
        ]
        open_pages = {(i.labels["alertname"], i.labels.get("workflow", ""), i.labels.get("tool", ""))
                      for i in self._book.open}  # fmt: skip
        found, self._waiting = name_failing_tools(found, frames.get("tool_calls"), now_minute, open_pages,
                                                  self._waiting)  # fmt: skip
        findings = one_page_across_lines(self._explained_away(self._confirmed(found), frames, now_minute),
                                         self._book.open, frames.get("kpi"), now_minute)  # fmt: skip
        findings = one_stop_across_lines(findings, self._book.open, frames.get("arrivals"), now_minute)
        findings = one_dead_air_across_lines(findings, self._book.open, frames.get("calls"), now_minute)
        findings = one_loop_across_lines(findings, self._book.open, frames.get("calls"),
                                         frames.get("intent_loops"), now_minute)  # fmt: skip
        findings = self._one_scope(findings, frames, now_minute)
        findings = one_page_per_tool(findings, self._book.open)
        findings = name_the_prompt(findings, frames.get("intent_loops"), now_minute)
        ended = []
        for wide in [f for f in findings if f.scope]:  # each alert's page across lines ends its lines' pages
            lines = [i.fingerprint for i in superseded([wide], self._book.open)]
            ended += self._book.supersede(lines, now_ms, f"by the page across lines: {wide.summary}")
        seen = [(_labels(f), self._notes(f, now_minute), f.effect) for f in findings]
        transitions = self._book.update(now_ms, seen)
        transitions.resolved[:0] = ended
        for incident in [*transitions.opened, *transitions.recurred]:
            self._episodes.append((incident.labels.get("workflow", ""), now_minute, None))
        for incident in transitions.resolved:
            workflow = incident.labels.get("workflow", "")
            if incident.labels["alertname"] in EXPLAINS:
                self._explaining.append((dict(incident.labels), now_minute))
            self._episodes = [
                (w, a, now_minute if w == workflow and b is None else b) for w, a, b in self._episodes
            ]
        self._post(transitions, now_ms)
        self._record(transitions, now_ms)
        return TickReport(findings, transitions)

    def _excluded(self, now_minute: int) -> dict[str, list[tuple[int, int]]]:
        """Per workflow, the minutes of open or recently resolved incidents (from a quarter hour before
        they opened, when they were building up): no baseline may learn them as normal."""
        horizon = now_minute - self._config.recent_minutes
        self._episodes = [(w, a, b) for w, a, b in self._episodes if b is None or b >= horizon - 24 * 60]
        out: dict[str, list[tuple[int, int]]] = {}
        for workflow, first, last in self._episodes:
            out.setdefault(workflow, []).append((first - 15, now_minute if last is None else last))
        return out

    def _confirmed(self, findings: list[Finding]) -> list[Finding]:
        """Symptom findings only once seen ``symptom_ticks`` ticks in a row (or already open)."""
        open_now = {(i.labels["alertname"], i.labels.get("workflow", "")) for i in self._book.open}
        keep, pending = [], {}
        for f in findings:
            key = (f.signal.alertname, tuple(sorted(f.group.items())))
            if not f.signal.symptom or (f.signal.alertname, f.group.get("workflow", "")) in open_now:
                keep.append(f)
                continue
            pending[key] = self._pending.get(key, 0) + 1
            if pending[key] >= self._config.symptom_ticks:
                keep.append(f)
        self._pending = pending
        return keep

    def _explained_away(
        self, findings: list[Finding], frames: dict[str, Table], now_minute: int
    ) -> list[Finding]:
        """Findings a cause explains (a cause open or found now on the same workflow) are not paged; a
        build-wide finding (no workflow) when most of its calls are on workflows where it is explained
        (a build's loops while one line's speech recognition returns garbage)."""
        causes = {(i.labels["alertname"], i.labels.get("workflow", "")) for i in self._book.open}
        horizon = self._last_minute - self._config.recent_minutes
        self._explaining = [e for e in self._explaining if e[1] >= horizon]
        causes |= {(f.signal.alertname, f.group.get("workflow", "")) for f in findings}
        explained = {(symptom, workflow) for cause, workflow in causes for symptom in EXPLAINS.get(cause, ())}
        # a resolved cause's tail (an hour) still explains symptoms; another cause only while that
        # cause's longest window still reaches into the resolved one (calls that looped while speech
        # was garbled end minutes after the ASR page resolved, and are not a new loop)
        tail = self._last_minute - LOW_TRAFFIC_MINUTES
        explained |= {(symptom, labels.get("workflow", "")) for labels, resolved in self._explaining
                      for symptom in EXPLAINS.get(labels["alertname"], ())
                      if symptom in SYMPTOMS or resolved >= tail}  # fmt: skip
        # the same with the causes' labels: a tool's failures explain its slow answers, a timeout the
        # slow turns; a cause across workflows explains the symptoms of the lines its build carries
        cause_labels = [i.labels for i in self._book.open] + [_labels(f) for f in findings]
        cause_labels += [labels for labels, resolved in self._explaining if resolved >= tail]
        symptom_causes = [labels for labels, _ in self._explaining]
        # callers waiting in silence is what a slow agent makes: an agent whose turns are slow on the
        # workflow (TTFHW regression open) explains that judgement of dead air, never unanswered calls
        slow = {i.labels.get("workflow", "") for i in self._book.open if i.labels["alertname"] == SLOW_AGENT}
        open_fps = {i.fingerprint for i in self._book.open}

        def build_explained(f: Finding) -> bool:
            where = {w for alert, w in explained if alert == f.signal.alertname and w}
            return ("workflow" not in f.group and "agent_version" in f.group and bool(where)
                    and mostly_in(f, where, frames[f.signal.frame], now_minute))  # fmt: skip

        # a build's cause (no workflow label: a canary's garbled speech on every line), open or in
        # its tail, explains a line's finding it explains when that finding's calls are mostly the
        # build's (test20-b 16:47: billing's loops of the canary's misheard callers paged after
        # 1.20.0-rc1's ASR page)
        build_causes = [(labels["alertname"], labels["agent_version"]) for labels in cause_labels
                        if "agent_version" in labels and "workflow" not in labels]  # fmt: skip

        def builds_own(f: Finding) -> bool:
            if "workflow" not in f.group or not frames[f.signal.frame].has("agent_version"):
                return False  # a frame without builds (hand-offs by trigger) cannot say whose calls
            return any(
                f.signal.alertname in EXPLAINS.get(alert, ())
                and mostly_on(f, version, frames[f.signal.frame], now_minute)
                for alert, version in build_causes
            )

        def held_back(f: Finding) -> bool:
            kpi = frames.get("kpi")
            causes = [*cause_labels, *symptom_causes] if f.signal.symptom else cause_labels
            return any(inhibits(c, _labels(f), kpi, now_minute) for c in causes)

        return [f for f in findings
                if ((f.signal.alertname, f.group.get("workflow", "")) not in explained
                    and not (f.signal.frame == "dead_air" and f.group.get("workflow", "") in slow)
                    and not build_explained(f) and not builds_own(f) and not held_back(f))
                or fingerprint(_labels(f)) in open_fps]  # fmt: skip

    def _one_scope(self, findings: list[Finding], frames: dict[str, Table], now_minute: int) -> list[Finding]:
        """One page per incident when an alert is judged both per workflow and across workflows (a
        build's failures, its dead air): whichever opened first stays the page. In a tie a canary's
        finding wins (a build that carries under half of the calls, with most of the workflow's
        failures: "1.5.0-rc3 is failing", not "billing is failing"); otherwise the workflow-wide one
        wins, and a build-wide one pages only when no workflow of that alert is found or open (then
        every workflow is affected, or the traffic is too thin to see one)."""
        open_now = [(i.labels["alertname"], "workflow" in i.labels) for i in self._book.open]
        open_fps = {i.fingerprint for i in self._book.open}
        others = [i.labels for i in self._book.open] + [
            _labels(f) for f in findings if not f.signal.canary_only
        ]
        others = [o for o in others if "workflow" not in o]  # a workflow's page: the tie rules below
        findings = [
            f
            for f in findings
            if not f.signal.canary_only or fingerprint(_labels(f)) in open_fps
            or not any(not_the_builds_alone(_labels(f), o) for o in others)
        ]  # fmt: skip
        canaries = [
            f
            for f in findings
            if "agent_version" in f.group
            and not f.scope  # a page across lines (``across_lines``) has its scope decided
            and "workflow" not in f.group
            and (f.signal.alertname, True) not in open_now
            and is_canary(f, frames[f.signal.frame], now_minute)
        ]
        # a canary-only judgement's finding on a build that is no canary is no page, nor one whose
        # excess the other builds share (then the fault is not that build's: a prompt, a provider)
        canaries = [
            c
            for c in canaries
            if not c.signal.canary_only or others_normal(c, frames[c.signal.frame], now_minute)
        ]
        kept = {id(c) for c in canaries}
        findings = [
            f
            for f in findings
            if not f.signal.canary_only or id(f) in kept or fingerprint(_labels(f)) in open_fps
        ]
        # a build's page found now or open (a canary's garbled speech on every line) is the page of
        # a line's finding of the same alert whose affected calls are mostly that build's
        builds = [(c.signal.alertname, c.group["agent_version"]) for c in canaries]
        builds += [(i.labels["alertname"], i.labels["agent_version"]) for i in self._book.open
                   if "agent_version" in i.labels and "workflow" not in i.labels]  # fmt: skip
        findings = [
            f
            for f in findings
            if fingerprint(_labels(f)) in open_fps or "workflow" not in f.group
            or not any(alert == f.signal.alertname
                       and mostly_on(f, version, frames[f.signal.frame], now_minute)
                       for alert, version in builds)
        ]  # fmt: skip
        new = [(f.signal.alertname, "workflow" in f.group) for f in findings]
        keep = []
        for f in findings:
            scoped = "workflow" in f.group
            other = (f.signal.alertname, not scoped)
            if (
                fingerprint(_labels(f)) not in open_fps
                and f not in canaries
                and not f.scope  # across lines: it supersedes the workflows' pages (``superseded``)
                and (other in open_now or (not scoped and other in new))
            ):
                continue
            keep.append(f)
        # a workflow-wide finding this tick says it all: an intent's finding of the same alert and
        # workflow is the same incident (``IDENTITY`` has no intent) and would overwrite its summary
        wide = {(f.signal.alertname, f.group["workflow"]) for f in keep if set(f.group) == {"workflow"}}
        return [
            f
            for f in keep
            if "intent" not in f.group or (f.signal.alertname, f.group.get("workflow", "")) not in wide
        ]

    def _open_since(self, signal: Signal) -> dict[Group, int]:
        """The groups of ``signal`` with an open incident of its alert, and the minute it opened."""
        return {
            tuple(i.labels.get(k, "") for k in signal.keys): i.starts_ms // 60_000
            for i in self._book.open
            if i.labels["alertname"] == signal.alertname
        }

    def _span(self, frame: str) -> int:
        """Minutes to read: the longest window judged on ``frame`` and its trailing baseline."""
        spans = [max(s.baseline_minutes, self._config.trailing_minutes) + s.window_minutes
                 for s in self._config.signals if s.frame == frame]  # fmt: skip
        return max(spans, default=self._config.trailing_minutes)

    def _notes(self, finding: Finding, now_minute: int) -> dict[str, str]:
        """A finding's annotations; an open incident that is not posted anywhere keeps its own (the
        example queries are the costly part of a replay's tick)."""
        if self._poster is None:
            for incident in self._book.open:
                if incident.fingerprint == fingerprint(_labels(finding)):
                    return incident.annotations
        return self._annotations(finding, now_minute)

    def _annotations(self, finding: Finding, now_minute: int) -> dict[str, str]:
        since = finding.minute - max(finding.minutes, 10)
        group = dict(finding.group)
        if finding.normal_ms:  # a slow tool: calls where it answered slow
            group["slow_ms"] = str(queries.slow_limit_ms(finding.normal_ms))
        found = queries.examples(self._client, self._db, finding.signal.alertname, group, since, now_minute,
                                 self._config.examples)  # fmt: skip
        links = [f"{self._config.api_base_url.rstrip('/')}/calls/{e.call_sid}#turn-{e.turn}" for e in found]
        description = f"{finding.summary} over the last {finding.minutes} min ({finding.volume} samples)"
        query = "&".join(f"var-{k}={v}" for k, v in finding.group.items() if k in DASHBOARD_VARIABLES)
        notes = {
            "cause": finding.signal.alertname.removeprefix("CallpulseDetector"),
            "summary": finding.summary,
            "description": description,
            "runbook": f"docs/oncall.md#{finding.signal.alertname.lower()}",
            "dashboard": f"{self._config.dashboard_url}?{query}",
            "transcripts": "\n".join(links),
        }
        notes.update({f"transcript_{i}": link for i, link in enumerate(links, start=1)})
        if finding.scope:  # a page across lines: kept as one while it lasts (``across_lines``)
            notes[LINES_NOTE] = finding.scope
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
        rows = [_row(i, "firing", None, now_ms) for i in [*transitions.opened, *transitions.recurred]]
        rows += [_row(i, "resolved", now_ms, now_ms) for i in transitions.resolved]
        if rows:
            self._client.insert(f"{self._db}.alerts", rows, column_names=list(ALERT_COLUMNS))

    def _restore(self) -> list[Incident]:
        """Incidents a previous run opened and did not resolve (so a restart does not page again). A
        recurring one comes back recurring (its latest firing row says it recurs), last seen at that
        row: restored as a fresh incident it resolved after the quiet ticks of its first quiet hour, and
        its next return paged again as a new incident."""
        sql = f"""
            SELECT fingerprint, argMaxIf(labels, received_at, status = 'firing'),
                   argMaxIf(annotations, received_at, status = 'firing'), toUnixTimestamp64Milli(starts_at),
                   toUnixTimestamp64Milli(maxIf(received_at, status = 'firing'))
            FROM {self._db}.alerts
            WHERE startsWith(alertname, 'CallpulseDetector')
            GROUP BY fingerprint, starts_at
            HAVING argMax(status, received_at) = 'firing'"""  # the latest word wins: a recurrence re-opens
        rows = self._client.query(sql).result_rows
        return [
            Incident(fp, dict(labels), dict(notes), int(starts), max(int(starts), int(seen)),
                     recurring="recurs" in dict(notes))
            for fp, labels, notes, starts, seen in rows
        ]  # fmt: skip


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


TOOL_FAILURES = "CallpulseDetectorToolFailures"
SLOW_TOOL = "CallpulseDetectorSlowTool"


def inhibits(cause: dict[str, str], symptom: dict[str, str], kpi: Table | None, now_minute: int) -> bool:
    """``cause`` (an alert's labels) explains ``symptom``'s page beyond ``EXPLAINS``' same-workflow
    pairs, as Alertmanager's inhibit rules would (test13-b's four pages beside their causes):

    - a tool's failures explain that tool's slow answers on its workflow (one page per tool: a tool
      that times out answers slowly too; find_slots failing with timeout, then paged again as slow);
    - a tool timing out explains the slow turns on its workflow (the caller waits out the timeout;
      ``EXPLAINS`` leaves TTFHW out for tool failures that fail fast), and so does a failing tool whose
      answers are slow too (``slow_failures``: its page's ``slow`` label);
    - a cause across workflows (no workflow label) explains how callers fare (``SYMPTOMS``) on every
      workflow, and a build's cause on the workflows whose calls that build carried at least half of
      over the last ``LOW_TRAFFIC_MINUTES`` (a loop of the stable build hands callers to a person on
      every line; a canary's cause does not hide a line's drop of the stable build's calls)."""
    alert, workflow = symptom["alertname"], symptom.get("workflow", "")
    if cause["alertname"] == TOOL_FAILURES and cause.get("workflow", "") == workflow:
        if alert == SLOW_TOOL and cause.get("tool", "") == symptom.get("tool", ""):
            return True
        if alert == SLOW_AGENT and (cause.get("error_code") == "timeout" or SLOW_LABEL in cause):
            return True
    if alert not in SYMPTOMS or alert not in EXPLAINS.get(cause["alertname"], ()) or not workflow:
        return False
    if "workflow" in cause:
        return False
    version = cause.get("agent_version")
    if version is None:
        return True
    return kpi is not None and carries_most(kpi, workflow, version, now_minute)


def carries_most(kpi: Table, workflow: str, version: str, now_minute: int) -> bool:
    """``version`` carried at least half of ``workflow``'s settled calls over the last
    ``LOW_TRAFFIC_MINUTES`` (the kpi frame)."""
    split = per_group(kpi, ("workflow", "agent_version"), ["settled"], now_minute)
    start = now_minute - LOW_TRAFFIC_MINUTES
    counts = {v: rows.since(start).total("settled") for (w, v), rows in split.items() if w == workflow}
    total = sum(counts.values())
    return total > 0 and counts.get(version, 0.0) >= total / 2


def one_page_per_tool(findings: list[Finding], open_now: list[Incident]) -> list[Finding]:
    """One tool-failure page per workflow and tool, whether one error code or the tool's failures
    of any code found it: a finding of a tool with a page open carries that page's labels (it keeps
    it firing instead of opening a second one); found both ways at once, the error code's page wins
    (it names the code)."""
    opened = {(i.labels.get("workflow", ""), i.labels.get("tool", "")): i.labels for i in open_now
              if i.labels["alertname"] == TOOL_FAILURES}  # fmt: skip
    coded = {(f.group.get("workflow", ""), f.group.get("tool", "")) for f in findings
             if f.signal.alertname == TOOL_FAILURES and "error_code" in f.group}  # fmt: skip
    out: list[Finding] = []
    for f in findings:
        if f.signal.alertname != TOOL_FAILURES:
            out.append(f)
            continue
        key = (f.group.get("workflow", ""), f.group.get("tool", ""))
        labels = opened.get(key)
        if labels is not None:
            group: dict[str, str] = {k: labels[k] for k in ("workflow", "tool", "error_code", SLOW_LABEL)
                                     if k in labels}  # fmt: skip
            if any(fingerprint(_labels(o)) == fingerprint(_labels(replace(f, group=group))) for o in out):
                continue  # that page is kept firing by another finding of this tick
            out.append(replace(f, group=group))
        elif "error_code" in f.group or key not in coded:
            out.append(f)
    return out


def not_the_builds_alone(canary: dict[str, str], other: dict[str, str]) -> bool:
    """``other`` (an alert open or found across workflows) is the same alert as a canary-only
    finding's ``canary``, on another build or on every build, with the same labels otherwise (ASR's
    problem; an intent aside): the fault is then not that build's alone, and the build's page would
    be a second page of one incident (test13-b: the rules engine looping on every line and
    build paged as 1.4.0's loop, then as 1.5.0-rc1's loop on make_payment 21 minutes later)."""
    if other["alertname"] != canary["alertname"] or other.get("agent_version") == canary["agent_version"]:
        return False
    same = [k for k in canary if k not in ("alertname", "severity", "agent_version", "intent")]
    return all(other.get(k) == canary[k] for k in same)


CANARY_SHARE = 0.5
"""A build that carried less than this share of the calls over its finding's window is a canary."""


def is_canary(finding: Finding, frame: Table, now_minute: int) -> bool:
    """``finding`` (a build-wide one) is about a build that carried under ``CANARY_SHARE`` of every
    build's calls (the signal's denominator) over the finding's window, or over the last
    ``LOW_TRAFFIC_MINUTES`` when the window is shorter (round 24: over two minutes a stable build's
    3 make_payment calls were under half of 7, the standing canary's 4 a chance burst, and test20-b's
    prompt experiment on billing paged as a loop "on 1.4.0 ... roll the build back", 1.4.0 carrying
    three quarters of the intent's calls over the quarter hour)."""
    signal = finding.signal
    start = now_minute - max(finding.minutes, LOW_TRAFFIC_MINUTES)
    others = tuple(k for k in finding.group if k != "agent_version")  # e.g. ASR's problem: one
    same = tuple(finding.group[k] for k in others)  # problem's rows, not every problem's counted again
    builds = per_group(frame, ("agent_version", *others), [signal.denominator], now_minute)
    counts = {key[0]: rows.since(start).total(signal.denominator) for key, rows in builds.items()
              if key[1:] == same}  # fmt: skip
    total = sum(counts.values())
    return total > 0 and counts.get(finding.group["agent_version"], 0.0) < CANARY_SHARE * total


def others_normal(finding: Finding, frame: Table, now_minute: int) -> bool:
    """The other builds' affected calls (the numerator) over ``finding``'s window are at most half the
    build's own: the excess is that build's, so the page names it and advises halting it. When the
    stable build shows the same fault (test20-b: a prompt experiment looping on both builds of
    billing), the build's page would advise a rollback that does not help."""
    signal, start, version = finding.signal, now_minute - finding.minutes, finding.group["agent_version"]
    others = tuple(k for k in finding.group if k != "agent_version")
    same = tuple(finding.group[k] for k in others)
    builds = per_group(frame, ("agent_version", *others), [signal.numerator], now_minute)
    counts = {key[0]: rows.since(start).total(signal.numerator) for key, rows in builds.items()
              if key[1:] == same}  # fmt: skip
    own = counts.get(version, 0.0)
    return sum(n for v, n in counts.items() if v != version) <= own / 2


def mostly_in(finding: Finding, workflows: set[str], frame: Table, now_minute: int) -> bool:
    """At least half of a build-wide ``finding``'s affected calls (the numerator) over its window are
    on ``workflows``."""
    signal, start, version = finding.signal, now_minute - finding.minutes, finding.group["agent_version"]
    split = per_group(frame, ("workflow", "agent_version"), [signal.numerator], now_minute)
    counts = {w: rows.since(start).total(signal.numerator) for (w, v), rows in split.items() if v == version}
    total = sum(counts.values())
    return total > 0 and sum(n for w, n in counts.items() if w in workflows) >= total / 2


def mostly_on(finding: Finding, version: str, frame: Table, now_minute: int) -> bool:
    """At least half of the workflow's affected calls (the numerator) over ``finding``'s window are
    on ``version``: that build's finding explains the workflow's."""
    signal, start, workflow = finding.signal, now_minute - finding.minutes, finding.group["workflow"]
    split = per_group(frame, ("workflow", "agent_version"), [signal.numerator], now_minute)
    counts = {v: rows.since(start).total(signal.numerator) for (w, v), rows in split.items() if w == workflow}
    total = sum(counts.values())
    return total > 0 and counts.get(version, 0.0) >= total / 2
