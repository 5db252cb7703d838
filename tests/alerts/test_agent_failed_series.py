"""The series CallpulseAgentFailures reads: the pipeline counts a call ended by a failure of the agent,
the tap or the platform once, by workflow and end reason, and never as abandoned or contained."""

from __future__ import annotations

from functools import partial

from prometheus_client import CollectorRegistry

from alerts.rulefiles import load_rules, metric_names
from ingest.clock import ManualClock
from stream.messages import Position, ValidEvent
from stream.metrics import compute_call
from stream.observe import PipelineObserver
from stream.steps.call_state import CallStateStep

from events import CallBuilder, parsed
from recording import Recorder

SERIES = "callpulse_pipeline_calls_agent_failed_total"
BILLING = {"workflow": "billing", "agent_version": "1.0.0"}


class NeutralScorer:
    def score(self, text: str) -> float:
        return 0.0


def counted(*calls: CallBuilder) -> CollectorRegistry:
    """Feed the calls' events through call state, re-publishing live calls as often as possible."""
    clock = ManualClock()
    observer = PipelineObserver()
    step = CallStateStep(
        Recorder(),
        clock,
        partial(compute_call, scorer=NeutralScorer()),
        live_update_interval_ms=5_000,
        observer=observer.published,
    )
    events = [e for call in calls for e in call.events]
    for i, event in enumerate(parsed(events)):
        step.submit(ValidEvent(event, Position("t", 0, i), 0))
        clock.advance(6_000)
        step.poll()
    step.join()
    return observer.registry


def call_cut_before_any_answer(sid: str, status: str, reason: str) -> CallBuilder:
    call = CallBuilder(sid).started()
    call.agent(100, "Hi, I'm an automated assistant.", tags=("greeting", "consent_notice"))
    call.caller(3_000, "What is my balance?")
    return call.ended(4_000, status=status, reason=reason)


def value(registry: CollectorRegistry, name: str, labels: dict[str, str]) -> float:
    return registry.get_sample_value(name, labels) or 0.0


def test_failed_calls_are_counted_by_reason_and_never_as_abandoned() -> None:
    registry = counted(
        call_cut_before_any_answer("CA" + "1" * 32, "failed", "upstream_lost"),
        call_cut_before_any_answer("CA" + "2" * 32, "failed", "upstream_lost"),
        call_cut_before_any_answer("CA" + "3" * 32, "failed", "shutdown"),
        call_cut_before_any_answer("CA" + "4" * 32, "completed", "hangup"),
    )
    assert value(registry, SERIES, {**BILLING, "reason": "upstream_lost"}) == 2
    assert value(registry, SERIES, {**BILLING, "reason": "shutdown"}) == 1
    assert value(registry, "callpulse_pipeline_calls_ended_total", BILLING) == 4
    assert value(registry, "callpulse_pipeline_calls_abandoned_early_total", BILLING) == 1  # the hang-up
    assert value(registry, "callpulse_pipeline_calls_contained_total", BILLING) == 0


def test_the_page_reads_this_series() -> None:
    [rule] = [r for r in load_rules() if r.name == "callpulse:calls_agent_failed:ratio_rate5m"]
    assert SERIES in metric_names(rule.expr)
    assert any(r.name == "CallpulseAgentFailures" and r.is_alert for r in load_rules())
