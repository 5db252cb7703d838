"""How fast do pages arrive, do they name the cause, and how many false ones? (issues 6 and 20)

Simulated days (24 h of calls with a day/night volume curve, events timestamped in simulated time)
run through the real step chain into an embedded warehouse: "last week" (normal traffic, another
seed), a normal day, and incident days, one per split of incident kinds (``--split``):

- ``issue``: the kinds of issue 20's table, 30 min each at busy hours (dead air, a slow tool, traffic
  that stops, an agent loop) and a benign hour of 20% more calls everywhere; written with the detector;
- ``tune`` / ``test``: kinds from ``bench/alerts_cases/`` (written by someone who had not read the
  detector); ``test`` is for the final run only.

Every judged day carries last week as history (events, calls, turns, per-minute KPIs a week
earlier), so week-over-week judgements have it. Measured per incident and seed:

- detector: ``Detector.tick`` every minute of the day; delay = first page - onset; the alert, whether
  it names the cause (the kind's alert, and for a tool its tool), and pages that do not name it;
- rules (``--judge rules|both``): the pipeline's Prometheus registry sampled every 15 s into a
  promtool test file; delay = first firing minute - onset;
- floor: the first whole minute at which the incident's own calls since onset (the ledger's affected
  calls, when the run that simulated the day kept them) would happen by chance less than once in a
  million at the normal day's share of the measure its cause moves (binomial), or at which so few
  arrivals would (Poisson, traffic that stops): no judgement of whole minutes can page sooner. The
  measure is looked up by the case's cause, in its scope (workflow, agent version or every workflow),
  so every kind with a known cause has one.

False pages: any page on the normal day; on an incident day, any page outside every incident's
window (onset .. end + 30 min) and any page during a benign shift; re-opened: a page for an incident
after its first page resolved. Run: ``.venv/bin/python bench/alerts_eval.py --split issue``
(``--workdir DIR`` keeps the simulated days, so tuning reruns only the judging).
"""

from __future__ import annotations

import argparse
import math
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import orjson
from pandas.api.types import is_numeric_dtype
from prometheus_client import CollectorRegistry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent.simulator.incidents import Incident, calls, stream  # noqa: E402
from alerts.detector import queries  # noqa: E402
from alerts.detector.detector import FRAMES, Detector, DetectorConfig  # noqa: E402
from alerts.detector.queries import SEASON_AFTER_MINUTES  # noqa: E402
from alerts.detector.stats import binomial_tail  # noqa: E402
from alerts.rulefiles import RULE_FILES  # noqa: E402
from callpulse.errors import MigrationError  # noqa: E402
from callpulse.warehouse import Migrator, connect  # noqa: E402
from ingest.clock import ManualClock  # noqa: E402
from stream.messages import Position, RawMessage  # noqa: E402
from stream.metrics.types import MetricsConfig  # noqa: E402
from stream.observe import PipelineObserver  # noqa: E402
from stream.pipeline import Pipeline, PipelineConfig  # noqa: E402
from stream.warehouse import Warehouse  # noqa: E402

MINUTE, HOUR = 60_000, 3_600_000
WEEK = 7 * 24 * HOUR
DAY0 = 1_767_225_600_000  # 2026-01-01T00:00Z (a Thursday)
SAMPLE_MS = 15_000
# The TTFHW budget of the simulated days. The SLO is 95% of turns within the budget; the simulator's
# agents take ~3.4 s at p95 (tool turns include the tool's latency), so at the 1.5 s default they
# would burn the error budget all day and every burn-rate page would be "false". A team sets the
# budget their healthy agent meets (CALLPULSE_TTFHW_BUDGET_MS); for this agent that is about 3 s.
TTFHW_BUDGET_MS = 3_000
CALLS_PER_HOUR = [60] * 7 + [300] * 2 + [700] * 9 + [300] * 3 + [100] * 3
BENIGN = frozenset({"load", "campaign", "holiday", "new-workflow"})


def _at(hour: float, minutes: int = 30) -> tuple[int, int]:
    return DAY0 + int(hour * HOUR), DAY0 + int(hour * HOUR) + minutes * MINUTE


ISSUE_SPLIT = (
    Incident("dead-air", *_at(10), workflow="billing"),
    Incident("slow-tool", *_at(12), workflow="billing", tool="get_balance"),
    Incident("traffic-stop", *_at(14), workflow="billing"),
    Incident("agent-loop", *_at(16), workflow="appointment"),
    Incident("load", *_at(17, 60), workflow=""),
)
CAUSE_ALERT = {  # the detector's alert that names each kind's cause
    "tool-failure": "CallpulseDetectorToolFailures",
    "ttfhw-regression": "CallpulseDetectorTTFHWRegression",
    "containment-drop": "CallpulseDetectorContainmentDrop",
    "sentiment-dip": "CallpulseDetectorSentimentDip",
    "dead-air": "CallpulseDetectorDeadAir",
    "slow-tool": "CallpulseDetectorSlowTool",
    "traffic-stop": "CallpulseDetectorTrafficStopped",
    "agent-loop": "CallpulseDetectorAgentLoop",
}
RULE_ALERTS = {
    "tool-failure": ("CallpulseToolFailureSpike",),
    "ttfhw-regression": ("CallpulseTTFHWVersionRegression", "CallpulseTTFHWBudgetBurnFast"),
    "containment-drop": ("CallpulseContainmentDrop",),
    "sentiment-dip": ("CallpulseSentimentFloor",),
    "dead-air": ("CallpulseDeadAir",),
    "slow-tool": ("CallpulseToolSlow",),
    "traffic-stop": ("CallpulseTrafficStopped",),
    "agent-loop": ("CallpulseAgentLoop",),
}
RULE_CAUSES = {  # a case's cause family -> the rule alerts that name it (case splits: kinds vary)
    "tool_failure": ("CallpulseToolFailureSpike",),
    "tool_latency": ("CallpulseToolSlow",),
    "ttfhw_drift": ("CallpulseTTFHWVersionRegression", "CallpulseTTFHWBudgetBurnFast",
                    "CallpulseTTFHWBudgetBurnSlow"),
    "containment_drop": ("CallpulseContainmentDrop",),
    "sentiment_dip": ("CallpulseSentimentFloor",),
    "dead_air": ("CallpulseDeadAir",),
    "traffic_stopped": ("CallpulseTrafficStopped",),
    "agent_loop": ("CallpulseAgentLoop",),
    "agent_failed": ("CallpulseAgentFailures", "CallpulseCanaryFailures"),
    "canary_regression": ("CallpulseCanaryFailures",),
}  # fmt: skip
WATCHED_RULES = (
    "CallpulseCanaryFailures",
    "CallpulseToolFailureSpike",
    "CallpulseTTFHWVersionRegression",
    "CallpulseTTFHWBudgetBurnFast",
    "CallpulseTTFHWBudgetBurnSlow",
    "CallpulseContainmentDrop",
    "CallpulseSentimentFloor",
    "CallpulseAgentFailures",
    "CallpulseDeadAir",
    "CallpulseToolSlow",
    "CallpulseTrafficStopped",
    "CallpulseAgentLoop",
)


@dataclass(frozen=True)
class Judged:
    """One incident as the report judges it: its kind, where, when, and what a page must name."""

    name: str
    kind: str
    workflow: str
    tool: str
    onset_ms: int
    end_ms: int
    cause: str | None  # None: a benign shift (any page in its window is false)
    scope: dict[str, str]
    evidence_ms: int
    affected: dict[int, int] | None = None  # the ledger's affected calls per minute (None: not kept)


ISSUE_CAUSE = {"dead-air": "dead_air", "slow-tool": "tool_latency", "traffic-stop": "traffic_stopped",
               "agent-loop": "agent_loop", "load": None}  # fmt: skip


def issue_judged() -> list[Judged]:
    def cause(i: Incident) -> str | None:
        family = ISSUE_CAUSE[i.kind]
        return None if family is None else family + (f":{i.tool}" if i.kind == "slow-tool" else "")

    return [
        Judged(f"issue/{i.kind}", i.kind, i.workflow, i.tool, i.onset_ms, i.end_ms, cause(i),
               {"workflow": i.workflow} if i.workflow else {}, i.onset_ms)
        for i in ISSUE_SPLIT
    ]  # fmt: skip


def case_judged(case: Any, ledger: dict[str, Any]) -> Judged:
    scope = dict(case.scope)
    cause = case.cause
    tool = cause.split(":", 1)[1] if cause and cause.startswith("tool_latency:") else ""
    first = ledger.get("first", {}).get(case.name)
    kept = ledger.get("per_minute", {}).get(case.name)
    affected = {int(m): int(n) for m, n in kept.items()} if kept is not None else None
    return Judged(case.name, case.kind, scope.get("workflow", ""), tool, case.onset_ms, case.end_ms, cause,
                  scope, first if first is not None else case.evidence_ms, affected)  # fmt: skip


# The evidence floor: the earliest minute at which the incident's own calls since onset are too
# many (or, for arrivals, too few) to be chance at the normal day's share or rate. No detector that
# judges whole minutes and keeps false pages this rare can page sooner.
FLOOR_CHANCE = 1e-6
FLOOR_MINUTES = 30  # a floor not reached this long after onset is left out ("-")
EVIDENCE = {  # (affected, trials) per minute in a case's scope ({scope}: its workflow, build) and tool
    "tool_failure": """
        SELECT toInt64(intDiv(toUnixTimestamp(ts), 60)) AS m,
               uniqExactIf(call_sid, NOT JSONExtractBool(data, 'ok')), uniqExact(call_sid)
        FROM {db}.events WHERE type = 'tool.result' AND {scope}
          AND JSONExtractString(data, 'tool') = '{tool}' GROUP BY m""",
    "tool_latency": """
        SELECT toInt64(intDiv(toUnixTimestamp(ts), 60)) AS m,
               countIf(JSONExtractFloat(data, 'latency_ms') >= 3000), count()
        FROM {db}.events WHERE type = 'tool.result' AND {scope}
          AND JSONExtractString(data, 'tool') = '{tool}' GROUP BY m""",
    "dead_air": """
        SELECT toInt64(intDiv(toUnixTimestamp(assumeNotNull(ended_at)), 60)) AS m, countIf(unanswered),
               countIf(NOT abandoned_early OR unanswered)
        FROM {db}.calls FINAL WHERE ended AND {scope} GROUP BY m""",
    "agent_loop": """
        SELECT toInt64(intDiv(toUnixTimestamp(last_event_at), 60)) AS m, countIf(looping), count()
        FROM {db}.calls FINAL WHERE {scope} GROUP BY m""",
    "agent_failed": """
        SELECT toInt64(intDiv(toUnixTimestamp(assumeNotNull(ended_at)), 60)) AS m, countIf(agent_failed),
               count()
        FROM {db}.calls FINAL WHERE ended AND {scope} GROUP BY m""",
    "containment_drop": """
        SELECT toInt64(intDiv(toUnixTimestamp(minute), 60)) AS m, sum(calls_ended - abandoned_early - contained),
               sum(calls_ended - abandoned_early)
        FROM {db}.kpi_minute_v WHERE {scope} GROUP BY m""",
    "sentiment_dip": """
        SELECT toInt64(intDiv(toUnixTimestamp(minute), 60)) AS m, sum(sentiment_drops), sum(sentiment_scored)
        FROM {db}.kpi_minute_v WHERE {scope} GROUP BY m""",
    "traffic_stopped": """
        SELECT toInt64(intDiv(toUnixTimestamp(ts), 60)) AS m, count(), 0
        FROM {db}.events WHERE type = 'call.started' AND {scope} GROUP BY m""",
}


def _scope(workflow: str, version: str = "") -> str:
    parts = [f"workflow = '{workflow}'"] if workflow else []
    parts += [f"agent_version = '{version}'"] if version else []
    return " AND ".join(parts) or "1"


def evidence_floor(
    client: Warehouse, normal_db: str, day_db: str, incident: Judged, weeks_back: int = 0
) -> int | None:
    """Seconds from onset to the first whole minute at which the evidence since onset is a less
    than ``FLOOR_CHANCE`` chance at the normal day's share over the two hours around the onset;
    None when the cause has no measure here or it is not reached within ``FLOOR_MINUTES``.

    The measure is chosen by the cause the case names (``tool_failure:<tool>`` -> the tool's failed
    calls, ``dead_air`` -> calls left unanswered, ``agent_loop`` -> looping calls, ``agent_failed`` ->
    calls ended by a failure, ``traffic_stopped`` -> arrivals), in the case's scope (its workflow, its
    agent version, or every workflow), so a new kind with a known cause has a floor. The case's
    ``affected`` calls per minute from the ledger, when kept, are the evidence (what the case did, not what a measure
    reads as it); the trials come from the day, the normal share from the normal day. ``weeks_back``:
    the normal day is that many weeks before the judged one (last week's day under ``--skip-normal``;
    read at the judged day's dates it had no calls, so the floor was the first affected minute)."""
    cause = incident.cause or ""
    family = cause.split(":", 1)[0]
    tool = cause.split(":", 1)[1] if ":" in cause else incident.tool
    sql = EVIDENCE.get(family)
    if sql is None:
        return None
    version = incident.scope.get("agent_version", "")
    normal = _per_minute(client, sql.format(db=normal_db, scope=_scope(incident.workflow), tool=tool))
    day = _per_minute(client, sql.format(db=day_db, scope=_scope(incident.workflow, version), tool=tool))
    onset = incident.onset_ms // MINUTE
    then = onset - weeks_back * WEEK // MINUTE
    around = [normal.get(m, (0, 0)) for m in range(then - 60, then + 60)]
    if family == "traffic_stopped":  # P(no more than the calls seen | the normal rate)
        # the normal day's rate over the case's first half hour, not the two hours around it: at
        # 21:10 those averaged the 20:00 hour's three times busier traffic (test3-a: floor 840 s)
        span = [normal.get(m, (0, 0)) for m in range(then, then + 30)]
        rate = sum(k for k, _ in span) / len(span)
        seen = 0
        for minute in range(FLOOR_MINUTES):
            seen += day.get(onset + minute, (0, 0))[0]
            expected = rate * (minute + 1)
            chance = sum(math.exp(-expected) * expected**i / math.factorial(i) for i in range(seen + 1))
            if chance < FLOOR_CHANCE:
                return (minute + 1) * 60
        return None
    share = sum(k for k, _ in around) / max(1, sum(n for _, n in around))
    affected = incident.affected
    hits, trials = 0, 0
    for minute in range(FLOOR_MINUTES):
        k, n = day.get(onset + minute, (0, 0))
        if affected is not None:
            k = affected.get(onset + minute, 0)
            n = max(n, k)
        hits, trials = hits + k, trials + n
        if binomial_tail(hits, trials, share) < FLOOR_CHANCE:
            return (minute + 1) * 60
    return None


def _per_minute(client: Warehouse, sql: str) -> dict[int, tuple[int, int]]:
    return {int(m): (int(k), int(n)) for m, k, n in client.query(sql).result_rows}


def day_events(incidents: tuple[Incident, ...], seed: int, day0: int) -> Any:
    """The day's calls; an hour inside a ``load`` shift has 20% more of them."""

    def volume(h: int, n: int) -> int:
        start = day0 + h * HOUR
        loaded = any(i.kind in ("load", "campaign") and i.onset_ms <= start < i.end_ms for i in incidents)
        return int(n * 1.2) if loaded else n

    hours = (calls(volume(h, n), seed + h, day0 + (h + 1) * HOUR, HOUR, incidents)
             for h, n in enumerate(CALLS_PER_HOUR))  # fmt: skip
    return stream(c for hour in hours for c in hour)


def run_pipeline(
    client: Warehouse, database: str, events: Any, day0: int, sample: bool = True
) -> dict[str, list[Any]]:
    """Feed the day; returns registry samples every 15 s of simulated time: {series: [values]}."""
    clock = ManualClock(day0)
    observer = PipelineObserver(CollectorRegistry())
    # Batches of ten simulated minutes: the detector reads the finished day, so only the insert count
    # (not freshness) depends on this, and each insert costs ~75 ms in the embedded warehouse whatever
    # its size (a day of 1-minute batches spent more time in inserts than in everything else). Live
    # calls are recomputed every 30 s of simulated time (5 s in production): the detector judges
    # whole minutes.
    config = PipelineConfig(
        batch_max_age_ms=10 * MINUTE,
        live_update_interval_ms=30_000,
        metrics=MetricsConfig(ttfhw_budget_ms=TTFHW_BUDGET_MS),
    )
    pipeline = Pipeline(client, database, clock, config=config, redaction=None, observer=observer)
    samples: dict[str, list[Any]] = defaultdict(list)
    next_sample, taken, started = day0, 0, time.time()
    for offset, event in enumerate(events):
        while event["ts"] >= next_sample:
            clock._now_ms = next_sample
            pipeline.poll()
            if sample:  # the rules' input; sampling costs about a quarter of the run
                _sample(observer.registry, samples, taken)
            taken, next_sample = taken + 1, next_sample + SAMPLE_MS
        clock._now_ms = max(clock.now_ms(), event["ts"])
        pipeline.submit(RawMessage(orjson.dumps(event), Position("sim", 0, offset), event["ts"]))
    pipeline.join()
    print(f"  pipeline: {offset + 1} events in {time.time() - started:.0f} s", flush=True)
    return samples


def _sample(registry: CollectorRegistry, samples: dict[str, list[Any]], index: int) -> None:
    for family in registry.collect():
        for s in family.samples:
            if s.name.endswith("_created"):
                continue
            labels = ",".join(f'{k}="{v}"' for k, v in sorted(s.labels.items()))
            series = samples[f"{s.name}{{{labels}}}"]
            series.extend([None] * (index - len(series)))
            series.append(s.value)


HISTORY_TABLES = ("kpi_minute", "events", "calls", "turn_metrics")
HISTORY_TIME = {"kpi_minute": "minute", "events": "ts", "calls": "started_at", "turn_metrics": "start_at"}
LAST_WEEK_SID = "-lw"
"""Suffix of last week's call SIDs in a judged day's database. The simulator derives a call's SID from
its hour's seed (``seed + hour``), and last week is simulated with ``seed + 1``: hour h-1 of last week
and hour h of the day made the same SIDs. Copied as they were, the two calls were one row of the
``calls`` table (ReplacingMergeTree by call_sid, the call with more events wins), so most of the day's
calls read FINAL were last week's: the day's night outage (short calls) had 1 call of 90 left."""
_MVS_ON_COPIED = ("kpi_minute_calls_mv", "kpi_minute_failed_mv", "kpi_minute_turns_mv")


def copy_last_week(client: Warehouse, source: str, database: str) -> None:
    """Give ``database`` a week of history: the last-week day's events, calls, turns and per-minute
    KPIs, one week before its own day (the detector's seasonal baselines read them), its calls under
    SIDs of their own (``LAST_WEEK_SID``). The per-minute KPIs are copied as they are, so the views
    that build them from calls and turns are detached while those are copied (else counted twice).
    A history copied before (SIDs shared with the day) is deleted first."""
    before = f"toDateTime64({(DAY0 - 12 * HOUR) / 1000}, 3, 'UTC')"
    for table in HISTORY_TABLES:
        client.command(f"ALTER TABLE {database}.{table} DELETE WHERE {HISTORY_TIME[table]} < {before} "
                       "SETTINGS mutations_sync = 2")  # fmt: skip
    client.command(f"INSERT INTO {database}.kpi_minute SELECT * FROM {source}.kpi_minute")
    for view in _MVS_ON_COPIED:
        client.command(f"DETACH TABLE {database}.{view}")
    try:
        for table in ("events", "calls", "turn_metrics"):
            client.command(f"INSERT INTO {database}.{table} SELECT * REPLACE "
                           f"(concat(call_sid, '{LAST_WEEK_SID}') AS call_sid) FROM {source}.{table}")  # fmt: skip
    finally:
        for view in _MVS_ON_COPIED:
            client.command(f"ATTACH TABLE {database}.{view}")


class ReplayFrames:
    """The detector's frames for a replay of a finished day: each read once for the whole day (and
        the weeks before), then cut to what the warehouse query would return at each tick (the same
        ranges). A tick then costs milliseconds instead of seconds. Only for replays: the data must be
        complete. A tool's "normal" latency (the latency frame's ``normal_ms`` and what is ``slow`` by it)
    is recomputed at each tick from the tool's answers before the last half hour, as the live query
    does (read once for the day, it was the whole day's median, which a slow rise inflates)."""

    def __init__(self, client: Warehouse, database: str, end_minute: int) -> None:
        self._client, self._db, self._end = client, database, end_minute
        self._cache: dict[str, Any] = {}

    def __call__(self, frame: str, now_minute: int, span_minutes: int) -> Any:
        if frame not in self._cache:
            rows = FRAMES[frame](self._client, self._db, self._end, 24 * 60 + span_minutes)
            rows = rows.astype({c: "int64" if c == "minute" else ("float64" if is_numeric_dtype(t) else object)
                                for c, t in rows.dtypes.items()})  # fmt: skip
            rows = rows.sort_values("minute", kind="stable", ignore_index=True)
            self._cache[frame] = (rows, rows["minute"].to_numpy())
        rows, minutes = self._cache[frame]
        spans = [(now_minute - span_minutes, now_minute + 1)]
        for week in range(1, 5):
            then = now_minute - week * WEEK // MINUTE
            spans.append((then - span_minutes, then + SEASON_AFTER_MINUTES))
        cuts = [np.arange(*np.searchsorted(minutes, span)) for span in sorted(spans)]
        cut = rows.iloc[np.unique(np.concatenate(cuts))]
        return self._latency_now(cut, spans, now_minute) if frame == "latency" else cut

    def _latency_now(self, cut: Any, spans: list[tuple[int, int]], now_minute: int) -> Any:
        """The latency frame's ``normal_ms`` and ``slow`` as the live query computes them at ``now``."""
        if "answers" not in self._cache:
            sql = f"""
                SELECT toInt64(intDiv(toUnixTimestamp(ts), 60)) AS minute, toString(workflow) AS workflow,
                       JSONExtractString(data, 'tool') AS tool, JSONExtractFloat(data, 'latency_ms') AS ms,
                       JSONExtractBool(data, 'ok') AS ok
                FROM {self._db}.events WHERE type = 'tool.result' ORDER BY minute"""
            answers = self._client.query_df(sql)
            answers["minute"] = answers["minute"].astype("int64")
            self._cache["answers"] = answers
        answers = self._cache["answers"]
        if cut.empty or answers.empty:
            return cut
        minute = answers["minute"].to_numpy()
        inside = np.zeros(len(answers), dtype=bool)
        for first, last in spans:
            inside |= (minute >= first) & (minute < last)
        read = answers[inside]
        normal = read[read["minute"] < now_minute - 30].groupby(["workflow", "tool"])["ms"].median()
        if normal.empty:
            return cut.iloc[0:0]
        limits = read.join(normal.rename("normal_ms"), on=["workflow", "tool"], how="inner")
        limits["slow"] = limits["ok"].astype(bool) & (
            limits["ms"]
            >= np.maximum(
                queries.SLOW_FACTOR * limits["normal_ms"], limits["normal_ms"] + queries.SLOW_MARGIN_MS
            )
        )  # a timeout is a failure, not a slow answer (as the live query)
        slow = limits.groupby(["minute", "workflow", "tool"])["slow"].sum().rename("slow_now")
        out = cut.drop(columns=["normal_ms"]).join(
            normal.rename("normal_ms"), on=["workflow", "tool"], how="inner"
        )
        out = out.join(slow, on=["minute", "workflow", "tool"])
        out["slow"] = out["slow_now"].fillna(0).astype("float64")
        return out.drop(columns=["slow_now"])


def run_detector(
    client: Warehouse, database: str, minutes: list[int] | None = None
) -> list[tuple[int, int | None, dict[str, str], str]]:
    """Every page of the day: (opened ms, resolved ms or None, labels, summary). ``minutes``: tick only
    at these minutes of the day (``--ticks around``), else every minute."""
    client.command(f"TRUNCATE TABLE {database}.alerts")  # a reused day: forget the last run's pages
    frames = ReplayFrames(client, database, (DAY0 + 24 * HOUR) // MINUTE + 1)
    config = DetectorConfig(interval_s=60, quiet_ticks=5)
    detector = Detector(client, database, config, poster=None, frames=frames)
    pages: dict[str, list[Any]] = {}
    order: list[list[Any]] = []
    started = time.time()
    for minute in minutes or range(1, 24 * 60 + 1):
        now = DAY0 + minute * MINUTE
        moved = detector.tick(now).transitions
        # a recurrence is a page too: Alertmanager gets the alert firing again after its resolve
        for incident in [*moved.opened, *moved.recurred]:
            page = [now, None, dict(incident.labels), incident.annotations.get("summary", "")]
            pages[incident.fingerprint] = page
            order.append(page)
        for incident in moved.resolved:
            if incident.fingerprint in pages:
                pages[incident.fingerprint][1] = now
    print(f"  detector: {len(minutes or range(24 * 60))} ticks in {time.time() - started:.0f} s", flush=True)
    return [(p[0], p[1], p[2], p[3]) for p in order]


def run_rules(
    samples: dict[str, list[Any]], last_week: dict[str, list[Any]], workdir: Path
) -> list[tuple[int, str, str]]:
    """(minute of the day, alertname, labels) of every firing alert promtool sees at each whole
    minute. The input is last week's day, a gap, then this day (so ``offset 1w`` finds last week)."""
    per_day = 24 * HOUR // SAMPLE_MS
    gap = WEEK // SAMPLE_MS - per_day
    lines = ["rule_files:"] + [f"  - {p}" for p in RULE_FILES]
    lines += [f"evaluation_interval: {SAMPLE_MS // 1000}s", "tests:",
              f"  - interval: {SAMPLE_MS // 1000}s", "    input_series:"]  # fmt: skip
    for series in sorted(set(samples) | set(last_week)):
        days = [
            _values(last_week.get(series, []), per_day),
            f"_x{gap}",
            _values(samples.get(series, []), per_day),
        ]
        lines += [f"      - series: '{series}'", f"        values: '{' '.join(days)}'"]
    lines.append("    alert_rule_test:")
    week_minutes = WEEK // MINUTE
    lines += [f"      - {{eval_time: {week_minutes + m}m, alertname: {a}, exp_alerts: []}}"
              for m in range(1, 24 * 60) for a in WATCHED_RULES]  # fmt: skip
    path = workdir / "day.test.yml"
    path.write_text("\n".join(lines) + "\n")
    started = time.time()
    done = subprocess.run(["promtool", "test", "rules", str(path)], capture_output=True, text=True)
    out = done.stdout + done.stderr  # promtool prints the failed (= firing) expectations on stderr
    print(f"  promtool: {time.time() - started:.0f} s", flush=True)
    fired = []
    for block in out.split("alertname: ")[1:]:
        match = re.match(r"(\w+), time: (?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?", block)
        if match and "got:[\n" in block and "Labels:" in block.split("got:[", 1)[1]:
            d, h, m = (int(match.group(i) or 0) for i in (2, 3, 4))
            minute = d * 1440 + h * 60 + m - week_minutes
            got = block.split("got:[", 1)[1]
            for labels in re.findall(r"Labels:\{([^}]*)\}", got):
                fired.append((minute, match.group(1), labels))
    return fired


def _values(values: list[Any], length: int) -> str:
    padded = (values + [None] * length)[:length]
    return " ".join("_" if v is None else repr(float(v)) for v in padded)


CAUSES = {  # what each detector alert names (a TTFHW regression is the cause of a slow agent)
    "CallpulseDetectorDeadAir": "dead_air",
    "CallpulseDetectorTrafficStopped": "traffic_stopped",
    "CallpulseDetectorAgentLoop": "agent_loop",
    "CallpulseDetectorAgentFailures": "agent_failed",
    "CallpulseDetectorTTFHWRegression": "ttfhw_drift",
    "CallpulseDetectorContainmentDrop": "containment_drop",
    "CallpulseDetectorSentimentDip": "sentiment_dip",
}


def page_causes(labels: dict[str, str]) -> set[str]:
    """The causes a page names, in the cases' words."""
    name = labels.get("alertname", "")
    if name == "CallpulseDetectorSlowTool":
        return {f"tool_latency:{labels.get('tool', '')}"}
    if name == "CallpulseDetectorToolFailures":
        return {f"tool_failure:{labels.get('tool', '')}"}
    if name == "CallpulseDetectorASR":  # transcripts cut at the caller's first pause: the cases'
        # vocabulary has no endpointing cause, and reads transcripts that are not what was said as garbled
        problem = labels.get("problem", "")
        return {"asr_cut", "asr_garbled"} if problem == "cut" else {f"asr_{problem}"}
    if name == "CallpulseDetectorWrongLanguage":  # the cases' vocabulary had no language cause: an
        # LLM answering in another language was to page as the containment drop its callers make
        return {"wrong_language", "containment_drop"}
    causes = {CAUSES[name]} if name in CAUSES else set()
    if name in ("CallpulseDetectorAgentFailures", "CallpulseDetectorDeadAir") and labels.get("agent_version"):
        causes.add("canary_regression")  # a failing build named by its version
    return causes


EVERY_WORKFLOW = ("", "every workflow")
"""A page's ``workflow`` label that names no single line: none (the detector's pages across every
workflow carry no workflow label) or the words its summaries use for every workflow."""


def names_cause(incident: Judged, labels: dict[str, str]) -> bool:
    """The page names the incident's cause and its scope: its workflow / agent version when it has
    one, and no single workflow when it has none (a fault on every line, or a build's on every line,
    paged as "billing: calls are failing" sends the on-call engineer to one line's endpoint; issue 20,
    eighteenth run: the judge passed such a page as naming the cause)."""
    if incident.cause is None or incident.cause not in page_causes(labels):
        return False
    if "workflow" not in incident.scope and labels.get("workflow", "") not in EVERY_WORKFLOW:
        return False
    return all(labels.get(key) == value for key, value in incident.scope.items())


def _window(incident: Judged, t: int) -> bool:
    return incident.onset_ms <= t <= incident.end_ms + 30 * MINUTE


def ensure_day(
    client: Warehouse, workdir: Path, name: str, seed: int, day0: int, events: Any
) -> dict[str, Any]:
    """The simulated day ``name`` in the warehouse (made once per workdir) and its metric samples.
    ``events()`` makes the day's events (called only when the day is not kept)."""
    database, kept = f"bench_{name.replace('-', '_')}_{seed}", workdir / f"samples_{name}_{seed}.json"
    if kept.exists():  # written last, so the day in the warehouse is complete
        print(f"{name} day (seed {seed}): reusing the simulated day in {workdir}", flush=True)
        try:
            Migrator(client, database, f"{database}_r", raw_ttl_days=7).apply()  # migrations added since
        except MigrationError as error:  # a kept day outlives a renumbered migration; the detector
            print(f"  kept as simulated ({error})", flush=True)  # reads none of the tables it changed
        return dict(orjson.loads(kept.read_bytes()))
    print(f"{name} day (seed {seed}):", flush=True)
    for db in (database, f"{database}_r"):
        client.command(f"DROP DATABASE IF EXISTS {db} SYNC")
    Migrator(client, database, f"{database}_r", raw_ttl_days=7).apply()
    samples = run_pipeline(client, database, events(), day0, sample=SAMPLE_FOR_RULES)
    kept.write_bytes(orjson.dumps(samples))
    return samples


def planned_days(split: str, only: list[str] | None) -> list[tuple[str, int, Any, Any]]:
    """(day name, seed, events factory, judged incidents factory) of the split."""
    if split == "issue":
        return [("incidents_issue", seed, (lambda s=seed: day_events(ISSUE_SPLIT, s, DAY0)), issue_judged)
                for seed in (only_seeds or [2026])]  # fmt: skip
    from bench.alerts_cases import Ledger
    from bench.alerts_cases import days as case_days

    out = []
    for day in case_days(split):
        if only and day.name not in only:
            continue
        ledger = Ledger()

        def events(day: Any = day, ledger: Any = ledger) -> Any:
            return day.events(ledger)

        def judged(day: Any = day, ledger: Any = ledger, seed: int = day.seed) -> list[Judged]:
            kept = LEDGERS / f"{day.name}_{seed}.json"
            if ledger.marks:
                firsts = {case.name: ledger.first(case.name) for case in day.cases}
                per_minute = {case.name: {str(m): n for m, n in ledger.per_minute(case.name).items()}
                              for case in day.cases}  # fmt: skip
                kept.write_bytes(orjson.dumps({"first": firsts, "per_minute": per_minute}))
            saved = orjson.loads(kept.read_bytes()) if kept.exists() else {}
            return [case_judged(case, saved) for case in day.cases]

        out.append((day.name, day.seed, events, judged))
    return out


only_seeds: list[int] = []
SAMPLE_FOR_RULES = True
LEDGERS = Path(".")


def main() -> None:
    global LEDGERS, SAMPLE_FOR_RULES
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--split",
        choices=(
            "issue",
            "tune",
            "test",
            "test2",
            "test3",
            "test4",
            "test5",
            "test6",
            "test7",
            "test8",
            "test9",
            "test10",
            "test11",
            "test12",
            "test13",
            "test14",
            "test15",
            "test16",
            "test17",
            "test18",
            "test19",
            "test20",
            "test21",
            "test22",
            "test23",
            "test24",
            "test25",
            "test26",
            "test27",
        ),
        default="issue",
    )
    parser.add_argument("--days", nargs="*", help="only these days of the split (e.g. tune-a)")
    parser.add_argument("--seeds", type=int, nargs="*", help="issue split: its seeds (default 2026)")
    parser.add_argument("--workdir", type=Path, help="keep the simulated days here and reuse them")
    parser.add_argument("--judge", choices=("both", "detector", "rules", "none"), default="detector",
                        help="judge with the detector, the rules (promtool; slow), both, or only simulate")  # fmt: skip
    parser.add_argument("--no-rule-samples", action="store_true",
                        help="do not sample the metrics for the rules (faster; the rules cannot judge those days)")  # fmt: skip
    parser.add_argument("--ticks", choices=("day", "around"), default="day",
                        help="tick every minute of the day, or only from 3 min before to 12 min after each "
                             "incident's evidence onset (fast; then false pages are not measured)")  # fmt: skip
    parser.add_argument("--skip-normal", action="store_true", help="do not simulate or judge the normal day")
    args = parser.parse_args()
    only_seeds[:] = args.seeds or []
    SAMPLE_FOR_RULES = not args.no_rule_samples
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="callpulse-alerts-eval-"))
    workdir.mkdir(parents=True, exist_ok=True)
    LEDGERS = workdir
    client = connect(f"chdb://{workdir / 'warehouse'}")
    plan = planned_days(args.split, args.days)
    print(f"simulated day: {sum(CALLS_PER_HOUR)} calls, peak {max(CALLS_PER_HOUR) // 60} calls/min, "
          f"night 1/min; split {args.split}: days {[(n, s) for n, s, _, _ in plan]}", flush=True)  # fmt: skip
    normal_judged: dict[int, Any] = {}
    for name, seed, events, judged in plan:
        last_week = ensure_day(client, workdir, "last_week", seed + 1, DAY0 - WEEK,
                               lambda s=seed: day_events((), s + 1, DAY0 - WEEK))  # fmt: skip
        days = (
            []
            if args.skip_normal or seed in normal_judged
            else [("normal", lambda s=seed: day_events((), s, DAY0))]
        )
        days.append((name, events))
        results: dict[str, Any] = {}
        for day_name, make in days:
            samples = ensure_day(client, workdir, day_name, seed, DAY0, make)
            if args.judge == "none":
                continue
            database = f"bench_{day_name.replace('-', '_')}_{seed}"
            history = workdir / f"history2_{day_name}_{seed}"  # 2: last week under SIDs of its own
            if not history.exists():
                copy_last_week(client, f"bench_last_week_{seed + 1}", database)
                history.touch()
            print(f"{day_name} day (seed {seed}), judged:", flush=True)
            around = None
            if args.ticks == "around":
                onsets = [
                    (max(i.onset_ms, i.evidence_ms) - DAY0) // MINUTE for i in judged() if i.cause is not None
                ]
                around = sorted({m for o in onsets for m in range(max(1, o - 3), o + 13)})
            results[day_name] = (
                run_detector(client, database, around) if args.judge in ("both", "detector") else [],
                run_rules(samples, last_week, workdir) if args.judge in ("both", "rules") else [],
            )
        incidents = judged()
        if args.judge == "none":
            continue
        if "normal" in results:
            normal_judged[seed] = results["normal"]
        normal_db = f"bench_normal_{seed}" if not args.skip_normal else f"bench_last_week_{seed + 1}"
        floors = {i.name: evidence_floor(client, normal_db, f"bench_{name.replace('-', '_')}_{seed}", i,
                                         1 if args.skip_normal else 0)
                  for i in incidents if i.cause is not None}  # fmt: skip
        report(args.split, name, seed, incidents, results[name], results.get("normal"), floors)


def other_pages(pages: list[tuple[int, int | None, dict[str, str], str]]) -> list[str]:
    """One line per page in a case's window that does not name its cause (the ``other`` column):
    alert, scope (its labels beside the alert's name and severity), minute opened, summary; so a
    symptom paged beside its cause is seen, not only counted."""
    out = []
    for opened, _, labels, summary in pages:
        scope = ",".join(f"{k}={v}" for k, v in sorted(labels.items()) if k not in ("alertname", "severity"))
        minute = (opened - DAY0) // MINUTE
        out.append(f"    other: {minute // 60:02d}:{minute % 60:02d} "
                   f"{labels['alertname'].removeprefix('Callpulse')} {{{scope}}} | {summary}")  # fmt: skip
    return out


def report(split: str, day: str, seed: int, incidents: list[Judged], judged_day: Any, normal: Any,
           floors: dict[str, int | None]) -> None:  # fmt: skip
    detector_day, rules_day = judged_day
    print(f"\n== split {split}, day {day}, seed {seed} (delay: onset -> first page; goal <= 300 s and "
          f"<= floor + 60 s; cause: the first page names it) ==")  # fmt: skip
    print(f"{'case':<34} {'evid':>5} {'floor':>6} {'delay':>7} {'cause':>6} {'other':>5} {'reopen':>6} "
          f"{'rules':>7}  first page")  # fmt: skip
    for incident in incidents:
        during = sorted((p for p in detector_day if _window(incident, p[0])), key=lambda p: p[0])
        onset_minute = (incident.onset_ms - DAY0) // MINUTE
        end_minute = (incident.end_ms - DAY0) // MINUTE + 30
        rules = sorted((m, a) for m, a, _ in rules_day if onset_minute <= m <= end_minute)
        evid = f"{(incident.evidence_ms - incident.onset_ms) // 1000}"
        if incident.cause is None:
            print(f"{incident.name:<34} {'-':>5} {'-':>6} {'-':>7} {'-':>6} {len(during):>5} {'-':>6} "
                  f"{len({a for _, a in rules}):>7}  "
                  f"{'no page (benign)' if not during else during[0][2]['alertname'] + ' ' + during[0][3]}")  # fmt: skip
            continue
        cause = [p for p in during if names_cause(incident, p[2])]
        other = [p for p in during if not names_cause(incident, p[2])]
        first = during[0] if during else None
        resolved = [p[1] for p in cause if p[1] is not None]
        reopened = [p for p in cause if resolved and p[0] > min(resolved)]
        floor = floors.get(incident.name)
        delay = f"{(first[0] - incident.onset_ms) / 1000:.0f}" if first else "missed"
        named = "yes" if cause and cause[0] is first else ("later" if cause else "no")
        expected = RULE_ALERTS.get(incident.kind) or RULE_CAUSES.get(incident.cause.split(":", 1)[0], ())
        rule = [(m, a) for m, a in rules if a in expected]
        rule_s = f"{(rule[0][0] - onset_minute) * 60}" if rule else ("-" if not rules_day else "missed")
        print(f"{incident.name:<34} {evid:>5} {floor if floor else '-':>6} {delay:>7} {named:>6} {len(other):>5} "
              f"{len(reopened):>6} {rule_s:>7}  "
              f"{first[2]['alertname'].removeprefix('Callpulse') + ' | ' + first[3] if first else '-'}")  # fmt: skip
        for line in other_pages(other):
            print(line)
    if normal is not None:
        detector_normal, rules_normal = normal
        print(f"false pages on the normal day (seed {seed}): detector {len(detector_normal)} "
              f"{[(round((t - DAY0) / HOUR, 2), lab['alertname'], lab.get('workflow')) for t, _, lab, _ in detector_normal]}")  # fmt: skip
        first_rules: dict[tuple[str, str], int] = {}
        for minute, name, labels in rules_normal:
            first_rules.setdefault((name, labels), minute)
        print(f"  rules {len(first_rules)} {[(round(m / 60, 2), n) for (n, _), m in first_rules.items()]}")
    stray = [(round((t - DAY0) / HOUR, 2), lab["alertname"], lab.get("workflow"))
             for t, _, lab, _ in detector_day if not any(_window(i, t) for i in incidents)]  # fmt: skip
    print(f"detector pages outside every case's window on {day}: {len(stray)} {stray}", flush=True)


if __name__ == "__main__":
    main()
