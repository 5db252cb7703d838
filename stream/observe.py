"""Prometheus metrics of the calls themselves, produced by the step chain for both transports.

``CallStateStep`` hands every call result it publishes to a ``PipelineObserver``. A live call is
published again and again (every few seconds, and once more for late events after its end), each
time recomputed from all its events, so the observer counts *differences*: per live call it keeps
what it already counted (turn and interrupt rows, tool results per tool, tasks) and adds only what is
new; the end-of-call numbers (ended, contained, escalated, sentiment delta) are added once, at the
first result that says the call ended. Ended call SIDs are remembered in a bounded set so a late
re-publish cannot count a call twice.

Counters only grow in the warehouse's definitions of these numbers (events are never retracted), so
counting differences is exact. Labels are bounded: workflow, agent version, tool, error code (see
``ErrorCodes``) - never a call SID.
``sample`` folds the steps' own counters (events, dead letters, redaction failures) at poll time,
so the hot path pays nothing per event for them.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from prometheus_client import CollectorRegistry

from ingest.telemetry import build
from stream.metrics.types import CallResult

PREFIX = "callpulse_pipeline_"
ENDED_MEMORY = 200_000
CODE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.-")


@dataclass(slots=True)
class _Counted:
    """What has been counted for one live call."""

    turns: int = 0
    interrupts: int = 0
    tasks_started: int = 0
    tasks_succeeded: int = 0
    tool_calls: dict[str, int] = field(default_factory=dict)
    tool_failures: dict[tuple[str, str], int] = field(default_factory=dict)  # (tool, error code)
    tool_latencies: dict[str, int] = field(default_factory=dict)  # results whose latency was observed
    looping: bool = False


class ErrorCodes:
    """Bounded ``error_code`` label values: the agent chooses its codes, so a code becomes a label
    only if it looks like one (``[a-z0-9_.-]``, at most 40 characters: never text that could carry
    PII) and only the first ``per_tool`` codes of each workflow's tool get their own series; the
    rest are ``other``."""

    def __init__(self, per_tool: int = 20) -> None:
        self._per_tool = per_tool
        self._known: dict[tuple[str, str], set[str]] = {}

    def label(self, workflow: str, tool: str, code: str) -> str:
        code = code.lower()
        if len(code) > 40 or not CODE_CHARS.issuperset(code):
            return "other"
        known = self._known.setdefault((workflow, tool), set())
        if code in known:
            return code
        if len(known) >= self._per_tool:
            return "other"
        known.add(code)
        return code


class PipelineObserver:
    """Counts calls, turns, tools and interrupts from published call results, each exactly once."""

    def __init__(
        self, registry: CollectorRegistry | None = None, *, ended_memory: int = ENDED_MEMORY
    ) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        self._m: dict[str, Any] = build(self.registry, PREFIX)
        self._live: dict[str, _Counted] = {}
        self._ended: OrderedDict[str, None] = OrderedDict()
        self._ended_memory = ended_memory
        self._folded: dict[str, int] = {}
        self._codes = ErrorCodes()
        self._tools = ErrorCodes(per_tool=30)  # tool names of a workflow, bounded the same way

    def published(self, result: CallResult) -> None:
        call = result.call
        if call.call_sid in self._ended:
            return
        labels = {"workflow": call.workflow, "agent_version": call.agent_version}
        counted = self._live.get(call.call_sid)
        if counted is None:
            counted = self._live[call.call_sid] = _Counted()
            self._inc("calls_started_total", labels)
        self._count_turns(result, counted, labels)
        self._count_tools(result, counted)
        if call.looping and not counted.looping:  # counted while live: a loop shows before the call ends
            counted.looping = True
            self._inc("calls_looping_total", labels)
        self._inc("tasks_started_total", labels, call.tasks_started - counted.tasks_started)
        self._inc("tasks_succeeded_total", labels, call.tasks_succeeded - counted.tasks_succeeded)
        counted.tasks_started = max(counted.tasks_started, call.tasks_started)
        counted.tasks_succeeded = max(counted.tasks_succeeded, call.tasks_succeeded)
        if call.ended:
            self._count_end(result, labels)

    def sample(
        self, events: int, dead_letters: dict[str, int], redaction_failures: int, live_calls: int = 0
    ) -> None:
        """Fold the steps' running totals in (called from ``Pipeline.poll``)."""
        self._m[PREFIX + "live_calls"].set(live_calls)
        self._fold("events_total", "", events)
        for code, count in dead_letters.items():
            self._fold("dead_letters_total", code, count, {"reason_code": code})
        self._fold("redaction_failures_total", "", redaction_failures)

    def _count_turns(self, result: CallResult, counted: _Counted, labels: dict[str, str]) -> None:
        new_turns = result.turns[counted.turns :]
        if new_turns:
            self._inc("turns_total", labels, len(new_turns))
            self._inc("turns_within_budget_total", labels, sum(t.within_budget for t in new_turns))
            self._inc("dead_air_turns_total", labels, sum(t.dead_air for t in new_turns))
            histogram = self._m[PREFIX + "ttfhw_seconds"].labels(**labels)
            for turn in new_turns:
                if turn.ttfhw_ms is not None:
                    histogram.observe(turn.ttfhw_ms / 1000)
            counted.turns = len(result.turns)
        new_interrupts = result.interrupts[counted.interrupts :]
        if new_interrupts:
            self._inc("interrupts_total", labels, len(new_interrupts))
            self._inc("interrupts_recovered_total", labels, sum(i.recovered for i in new_interrupts))
            counted.interrupts = len(result.interrupts)

    def _count_tools(self, result: CallResult, counted: _Counted) -> None:
        workflow = result.call.workflow
        for tool, stats in result.call.tools.items():
            labels = {"workflow": workflow, "tool": tool}
            self._inc("tool_calls_total", labels, stats.calls - counted.tool_calls.get(tool, 0))
            counted.tool_calls[tool] = max(stats.calls, counted.tool_calls.get(tool, 0))
            for code, failures in stats.failures_by_code.items():
                seen = counted.tool_failures.get((tool, code), 0)
                if failures > seen:
                    code_labels = {**labels, "error_code": self._codes.label(workflow, tool, code)}
                    self._inc("tool_failures_total", code_labels, failures - seen)
                    counted.tool_failures[(tool, code)] = failures
            seen_latencies = counted.tool_latencies.get(tool, 0)
            if len(stats.latencies_ms) > seen_latencies:
                name = self._tools.label(workflow, "", tool)
                histogram = self._m[PREFIX + "tool_latency_seconds"].labels(workflow=workflow, tool=name)
                for latency_ms in stats.latencies_ms[seen_latencies:]:
                    histogram.observe(latency_ms / 1000)
                counted.tool_latencies[tool] = len(stats.latencies_ms)

    def _count_end(self, result: CallResult, labels: dict[str, str]) -> None:
        call = result.call
        self._live.pop(call.call_sid, None)
        self._ended[call.call_sid] = None
        while len(self._ended) > self._ended_memory:
            self._ended.popitem(last=False)
        self._inc("calls_ended_total", labels)
        self._inc("calls_abandoned_early_total", labels, int(call.abandoned_early))
        self._inc("calls_contained_total", labels, int(call.contained))
        if call.agent_failed:  # labelled by the call.ended reason: a bounded enum of the contract
            self._inc("calls_agent_failed_total", {**labels, "reason": call.end_reason or "unknown"})
        self._inc("calls_escalated_total", labels, int(call.escalated))
        self._inc("calls_unanswered_total", labels, int(call.unanswered))
        if call.sentiment_delta is not None:
            self._m[PREFIX + "sentiment_delta"].labels(workflow=call.workflow).observe(call.sentiment_delta)

    def _inc(self, name: str, labels: dict[str, str], amount: int = 1) -> None:
        metric = self._m[PREFIX + name].labels(**labels)
        if amount > 0:
            metric.inc(amount)

    def _fold(self, name: str, key: str, total: int, labels: dict[str, str] | None = None) -> None:
        seen = self._folded.get(name + key, 0)
        if total > seen:
            metric = self._m[PREFIX + name]
            (metric.labels(**labels) if labels else metric).inc(total - seen)
            self._folded[name + key] = total
