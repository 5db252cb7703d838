"""The Prometheus numbers of calls: counted once per call even though a live call is re-published."""

from __future__ import annotations

from functools import partial
from typing import Any

from prometheus_client import CollectorRegistry

from ingest.clock import ManualClock
from stream.messages import Position, RawMessage, ValidEvent
from stream.metrics import compute_call
from stream.observe import ErrorCodes, PipelineObserver
from stream.pipeline import Pipeline, PipelineConfig
from stream.steps.call_state import CallStateStep

from events import T0, CallBuilder, as_bytes, parsed
from recording import Recorder

BILLING = {"workflow": "billing", "agent_version": "1.0.0"}
LOOKUP = {"workflow": "billing", "tool": "lookup_invoice"}
LOOKUP_FAILED = {**LOOKUP, "error_code": "schema_mismatch"}


class NeutralScorer:
    def score(self, text: str) -> float:
        return 0.0


def value(registry: CollectorRegistry, name: str, labels: dict[str, str] | None = None) -> float:
    return registry.get_sample_value(name, labels or {}) or 0.0


def a_call_with_a_failing_tool(call_sid: str = "CA" + "1" * 32) -> CallBuilder:
    call = CallBuilder(call_sid).started()
    call.agent(100, "Hi, I'm an automated assistant.", tags=("greeting", "consent_notice"))
    call.caller(3_000, "What is my balance?")
    call.add("tool.called", 3_300, tool="lookup_invoice", tool_call_id="t1")
    call.add("tool.result", 3_600, tool="lookup_invoice", tool_call_id="t1", ok=False, latency_ms=300.0,
             error_code="schema_mismatch")  # fmt: skip
    call.agent(3_800, "Sorry, ", "I cannot see your invoice right now.")
    call.caller(8_000, "Thanks, bye.")
    return call


def run_step(events: list[dict], clock_step_ms: int = 6_000) -> CollectorRegistry:
    """Feed events one by one, advancing the clock past the live-update interval each time, so the
    live call is re-published after almost every event (the worst case for double counting)."""
    clock = ManualClock()
    observer = PipelineObserver()
    compute = partial(compute_call, scorer=NeutralScorer())
    step = CallStateStep(
        Recorder(), clock, compute, live_update_interval_ms=5_000, observer=observer.published
    )
    for i, event in enumerate(parsed(events)):
        step.submit(ValidEvent(event, Position("t", 0, i), 0))
        clock.advance(clock_step_ms)
        step.poll()
    step.join()
    return observer.registry


def test_a_call_republished_while_live_is_counted_once() -> None:
    call = a_call_with_a_failing_tool().ended(9_000)
    registry = run_step(call.events)
    assert value(registry, "callpulse_pipeline_calls_started_total", BILLING) == 1
    assert value(registry, "callpulse_pipeline_calls_ended_total", BILLING) == 1
    assert value(registry, "callpulse_pipeline_calls_contained_total", BILLING) == 1
    assert value(registry, "callpulse_pipeline_turns_total", BILLING) == 2
    assert value(registry, "callpulse_pipeline_tool_calls_total", LOOKUP) == 1
    assert value(registry, "callpulse_pipeline_tool_failures_total", LOOKUP_FAILED) == 1


def test_a_tool_failure_is_counted_while_the_call_is_still_live() -> None:
    """The tool-failure page must not wait for the failing calls to end."""
    registry = run_step(a_call_with_a_failing_tool().events)
    assert value(registry, "callpulse_pipeline_tool_failures_total", LOOKUP_FAILED) == 1
    assert value(registry, "callpulse_pipeline_calls_started_total", BILLING) == 1
    assert value(registry, "callpulse_pipeline_calls_ended_total", BILLING) == 0


def test_a_late_event_after_the_end_does_not_count_the_call_again() -> None:
    call = a_call_with_a_failing_tool().ended(9_000)
    call.caller(9_500, "Hello?")  # arrives after call.ended: the call row is re-published
    registry = run_step(call.events)
    assert value(registry, "callpulse_pipeline_calls_ended_total", BILLING) == 1
    assert value(registry, "callpulse_pipeline_calls_started_total", BILLING) == 1


def test_ttfhw_is_observed_per_turn_against_the_budget() -> None:
    registry = run_step(a_call_with_a_failing_tool().ended(9_000).events)
    assert value(registry, "callpulse_pipeline_ttfhw_seconds_count", BILLING) == 1  # one helpful reply
    assert value(registry, "callpulse_pipeline_ttfhw_seconds_bucket", {**BILLING, "le": "1.5"}) == 1
    assert value(registry, "callpulse_pipeline_turns_within_budget_total", BILLING) == 1


def test_the_pipeline_reports_events_and_dead_letters_on_both_transports_alike() -> None:
    """The embedded runner and the worker build the same Pipeline; its observer is the metrics."""
    observer = PipelineObserver()
    pipeline = Pipeline(
        Recorder(), "db", ManualClock(), config=PipelineConfig(), redaction=None, observer=observer
    )
    calls = [a_call_with_a_failing_tool(f"CA{i:032d}").ended(9_000) for i in range(3)]
    lines = [as_bytes(e) for call in calls for e in call.events] + [b"{not json"]
    for offset, line in enumerate(lines):
        pipeline.submit(RawMessage(line, Position("t", 0, offset), T0 + 60_000))
    pipeline.poll()
    registry = observer.registry
    assert value(registry, "callpulse_pipeline_calls_ended_total", BILLING) == 3
    assert value(registry, "callpulse_pipeline_events_total") == sum(len(c.events) for c in calls)
    assert sum(
        s.value for m in registry.collect() if m.name == "callpulse_pipeline_dead_letters" for s in m.samples
        if s.name.endswith("_total")
    ) == 1  # fmt: skip


def test_live_calls_count_started_calls_until_they_end_or_go_quiet_for_30_minutes(warehouse: Any) -> None:
    """The ingest-stall page needs "calls are live": started, not ended, heard from recently."""
    observer = PipelineObserver()
    clock = ManualClock(T0)
    pipeline = Pipeline(
        warehouse.client,
        warehouse.database,
        clock,
        config=PipelineConfig(),
        redaction=None,
        observer=observer,
    )
    live = [a_call_with_a_failing_tool(f"CA{i:032d}") for i in range(2)]
    done = a_call_with_a_failing_tool(f"CB{0:032d}").ended(9_000)
    lines = [as_bytes(e) for call in [*live, done] for e in call.events]
    for offset, line in enumerate(lines):
        pipeline.submit(RawMessage(line, Position("t", 0, offset), T0))
    clock.advance(10_000)
    pipeline.poll()
    assert value(observer.registry, "callpulse_pipeline_live_calls") == 2
    clock.advance(29 * 60_000)  # a stalled feed: the two calls are still live
    pipeline.poll()
    assert value(observer.registry, "callpulse_pipeline_live_calls") == 2
    clock.advance(2 * 60_000)  # 31 min without a word: their call.ended was lost
    pipeline.poll()
    assert value(observer.registry, "callpulse_pipeline_live_calls") == 0


def test_error_code_labels_stay_bounded_and_never_carry_free_text() -> None:
    codes = ErrorCodes(per_tool=2)
    assert codes.label("refill", "lookup", "Schema_Mismatch") == "schema_mismatch"
    assert codes.label("refill", "lookup", "caller 555-0100 not found") == "other"  # text, not a code
    assert codes.label("refill", "lookup", "timeout") == "timeout"
    assert codes.label("refill", "lookup", "rate_limited") == "other"  # third distinct code of this tool
    assert codes.label("refill", "lookup", "timeout") == "timeout"
    assert codes.label("billing", "lookup", "rate_limited") == "rate_limited"  # another workflow's tool
