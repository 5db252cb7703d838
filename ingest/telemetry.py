"""THE list of callpulse's Prometheus metrics: name, kind, labels and a one-line meaning.

Every metric any process exports is declared here and created only through ``build``, so alert
rules and dashboards can be checked against this list (a renamed metric cannot silently break a
page). Labels are bounded: a partition number, a table name, a reason code, an outcome - never a
call SID or anything else that grows with traffic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from ingest.emit.base import EmitterStats

Kind = Literal["counter", "gauge", "histogram"]
SECONDS_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
BUCKETS: dict[str, tuple[float, ...]] = {  # histograms whose values are not latencies of the machinery
    "callpulse_pipeline_ttfhw_seconds": (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 5.0, 10.0),
    "callpulse_pipeline_sentiment_delta": (-1.0, -0.5, -0.25, -0.1, 0.0, 0.1, 0.25, 0.5, 1.0),
    "callpulse_pipeline_tool_latency_seconds": (0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 8.0, 13.0, 30.0),
}


@dataclass(frozen=True, slots=True)
class MetricSpec:
    name: str  # counters include the _total suffix, as Prometheus exposes them
    kind: Kind
    labels: tuple[str, ...]
    meaning: str


METRICS: tuple[MetricSpec, ...] = (
    # worker (stream/kafka)
    MetricSpec("callpulse_worker_events_consumed_total", "counter", (), "Turn-event messages the worker read from Kafka."),
    MetricSpec("callpulse_worker_dead_letters_total", "counter", ("reason_code",), "Messages dead-lettered (DLQ table and topic), by reason."),
    MetricSpec("callpulse_worker_batches_written_total", "counter", (), "Batches whose ClickHouse inserts all returned (then committed)."),
    MetricSpec("callpulse_worker_rows_written_total", "counter", (), "Rows inserted into ClickHouse (the rule matches' own writes included)."),
    MetricSpec("callpulse_worker_writes_waited_total", "counter", (), "Batches that waited for the write before them to return (the writer was the bottleneck)."),
    MetricSpec("callpulse_worker_write_seconds", "histogram", (), "Time to insert one batch into ClickHouse, retries included."),
    MetricSpec("callpulse_worker_event_to_write_lag_seconds", "histogram", (), "Age of a batch's oldest event when its write returned."),
    MetricSpec("callpulse_worker_consumer_lag_messages", "gauge", ("partition",), "Messages between the committed offset and the end of a partition."),
    MetricSpec("callpulse_worker_warehouse_retries_total", "counter", ("table",), "Inserts the warehouse refused and the worker retried."),
    MetricSpec("callpulse_worker_open_calls", "gauge", (), "Calls held in the worker's call state."),
    MetricSpec("callpulse_worker_restored_calls_total", "counter", (), "Calls rebuilt from the warehouse after their partition moved here."),
    # emitter (ingest/emit/kafka.py), read from EmitterStats at scrape time
    MetricSpec("callpulse_emitter_events_total", "counter", ("outcome",), "Messages handed to the emitter, by outcome: emitted (events and dead-letter notes accepted), dead_lettered (of those, producers' dead-letter notes), delivered, dropped, failed."),
    MetricSpec("callpulse_emitter_buffered_events", "gauge", (), "Accepted events not yet acknowledged by Kafka."),
    # HTTP ingest (ingest/http)
    MetricSpec("callpulse_http_ingest_lines_total", "counter", ("outcome",), "JSON lines posted to /v1/events, by outcome: accepted (as posted), truncated (accepted cut to the contract's limits), rejected (answered 4xx and dead-lettered), dropped."),
    # the step chain (stream/observe.py), the same in the embedded runner and the worker; alerts/rules use these
    MetricSpec("callpulse_pipeline_events_total", "counter", (), "Valid events that reached call state (duplicates excluded)."),
    MetricSpec("callpulse_pipeline_dead_letters_total", "counter", ("reason_code",), "Messages dead-lettered by validation, by reason."),
    MetricSpec("callpulse_pipeline_redaction_failures_total", "counter", (), "Texts the redactor could not analyse and replaced whole (fail closed)."),
    MetricSpec("callpulse_pipeline_live_calls", "gauge", (), "Calls started and not ended with an event in the last 30 min (as of the last scan)."),
    MetricSpec("callpulse_pipeline_calls_started_total", "counter", ("workflow", "agent_version"), "Calls seen with a call.started event."),
    MetricSpec("callpulse_pipeline_calls_ended_total", "counter", ("workflow", "agent_version"), "Calls ended (counted once, at the first result after call.ended)."),
    MetricSpec("callpulse_pipeline_calls_abandoned_early_total", "counter", ("workflow", "agent_version"), "Ended calls abandoned before the agent's first response."),
    MetricSpec("callpulse_pipeline_calls_contained_total", "counter", ("workflow", "agent_version"), "Ended calls that stayed with the agent (not escalated, not abandoned early, not failed)."),
    MetricSpec("callpulse_pipeline_calls_agent_failed_total", "counter", ("workflow", "agent_version", "reason"), "Ended calls the agent, the tap or the platform failed (agent_failed), by call.ended reason (the contract's bounded enum)."),
    MetricSpec("callpulse_pipeline_calls_escalated_total", "counter", ("workflow", "agent_version"), "Ended calls handed off to a person."),
    MetricSpec("callpulse_pipeline_calls_unanswered_total", "counter", ("workflow", "agent_version"), "Ended calls the agent stopped answering: the caller's last words got no reply and they waited past the dead-air limit (never contained)."),
    MetricSpec("callpulse_pipeline_calls_looping_total", "counter", ("workflow", "agent_version"), "Calls (live or ended) in which one agent question was asked three times or more, counted once per call."),
    MetricSpec("callpulse_pipeline_dead_air_turns_total", "counter", ("workflow", "agent_version"), "Turns whose caller waited more than the dead-air limit (3 s) for any agent speech."),
    MetricSpec("callpulse_pipeline_tasks_started_total", "counter", ("workflow", "agent_version"), "Tasks started (task.started)."),
    MetricSpec("callpulse_pipeline_tasks_succeeded_total", "counter", ("workflow", "agent_version"), "Tasks completed successfully."),
    MetricSpec("callpulse_pipeline_tool_calls_total", "counter", ("workflow", "tool"), "Tool results received, by tool."),
    MetricSpec("callpulse_pipeline_tool_latency_seconds", "histogram", ("workflow", "tool"), "Latency of each tool result (tool.result latency_ms); tool bounded to 30 names per workflow, the rest other."),
    MetricSpec("callpulse_pipeline_tool_failures_total", "counter", ("workflow", "tool", "error_code"), "Failed tool calls (ok=false, or never answered: no_result), by tool and error code (bounded: see stream/observe.py)."),
    MetricSpec("callpulse_pipeline_turns_total", "counter", ("workflow", "agent_version"), "Turns with a caller side whose window closed."),
    MetricSpec("callpulse_pipeline_turns_within_budget_total", "counter", ("workflow", "agent_version"), "Turns whose first helpful word came within the TTFHW budget (1.5 s)."),
    MetricSpec("callpulse_pipeline_ttfhw_seconds", "histogram", ("workflow", "agent_version"), "Time to first helpful word per turn (turns with a helpful reply)."),
    MetricSpec("callpulse_pipeline_interrupts_total", "counter", ("workflow", "agent_version"), "Caller barge-ins whose evaluation window closed."),
    MetricSpec("callpulse_pipeline_interrupts_recovered_total", "counter", ("workflow", "agent_version"), "Barge-ins the agent recovered from (yielded, answered, not repeated)."),
    MetricSpec("callpulse_pipeline_sentiment_delta", "histogram", ("workflow",), "Per ended call: caller sentiment, last 30 s minus first 30 s, in [-2, 2]."),
    # the HTTP API (api/telemetry.py); route is the path template (/api/v1/calls/{sid}), never a SID
    MetricSpec("callpulse_api_requests_total", "counter", ("route", "method", "status"), "HTTP requests answered by the API, by route template, method and status."),
    MetricSpec("callpulse_api_request_seconds", "histogram", ("route", "method"), "Time to answer one API request."),
)  # fmt: skip

BY_NAME: dict[str, MetricSpec] = {spec.name: spec for spec in METRICS}
EMITTER_OUTCOMES = ("emitted", "delivered", "dropped", "failed", "dead_lettered")


def build(registry: CollectorRegistry, prefix: str) -> dict[str, Any]:
    """Create the metrics whose names start with ``prefix`` in ``registry``; returns them by name."""
    made: dict[str, Any] = {}
    for spec in METRICS:
        if not spec.name.startswith(prefix) or spec.name.startswith("callpulse_emitter_"):
            continue
        if spec.kind == "counter":
            made[spec.name] = Counter(spec.name, spec.meaning, spec.labels, registry=registry)
        elif spec.kind == "gauge":
            made[spec.name] = Gauge(spec.name, spec.meaning, spec.labels, registry=registry)
        else:
            made[spec.name] = Histogram(
                spec.name,
                spec.meaning,
                spec.labels,
                registry=registry,
                buckets=BUCKETS.get(spec.name, SECONDS_BUCKETS),
            )
    return made


class EmitterCollector(Collector):
    """Exposes an emitter's own counters (``EmitterStats``) at scrape time: nothing double-counted."""

    def __init__(self, stats: Callable[[], EmitterStats]) -> None:
        self._stats = stats

    def collect(self) -> Iterator[CounterMetricFamily | GaugeMetricFamily]:
        stats = self._stats()
        events = BY_NAME["callpulse_emitter_events_total"]
        family = CounterMetricFamily(events.name.removesuffix("_total"), events.meaning, labels=events.labels)
        for outcome in EMITTER_OUTCOMES:
            family.add_metric([outcome], getattr(stats, outcome))
        yield family
        buffered = BY_NAME["callpulse_emitter_buffered_events"]
        yield GaugeMetricFamily(buffered.name, buffered.meaning, value=stats.buffered)
