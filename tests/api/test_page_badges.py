"""The call page's containment badge says what happened to the call, in the words of metrics.md."""

from __future__ import annotations

from dataclasses import replace

import pytest

from api.pages.views import containment
from api.store.call_summary import CallSummary

ENDED = CallSummary(
    call_sid="CA" + "0" * 32, workflow="billing", agent_name="ref", agent_version="1", canary=False,
    started_at_ms=0, last_event_at_ms=60_000, ended=True, ended_at_ms=60_000, end_status="completed",
    end_reason="hangup", handle_time_ms=60_000, contained=True, resolved_contained=True, escalated=False,
    abandoned_early=False, agent_failed=False, task_success=True, turns=4, ttfhw_first_ms=800,
    ttfhw_p50_ms=800.0, ttfhw_p95_ms=900.0, interrupts=0, interrupts_recovered=0, sentiment_delta=None,
    tool_calls=1, tool_failures=0, handoff_reason=None, handoff_trigger=None,
)  # fmt: skip
AGENT_CRASHED = replace(
    ENDED, end_status="failed", end_reason="agent_error", agent_failed=True, contained=False,
    resolved_contained=False,
)  # fmt: skip


@pytest.mark.parametrize(
    ("call", "value", "tone"),
    [
        pytest.param(ENDED, "resolved", "good", id="resolved"),
        pytest.param(
            replace(ENDED, resolved_contained=False), "contained, unresolved", "warn", id="unresolved"
        ),
        pytest.param(
            replace(ENDED, abandoned_early=True, contained=False),
            "abandoned early",
            "neutral",
            id="abandoned",
        ),
        pytest.param(AGENT_CRASHED, "agent failed", "bad", id="agent-crashed"),
        pytest.param(
            replace(AGENT_CRASHED, end_reason="shutdown"), "agent failed", "bad", id="cut-by-shutdown"
        ),
    ],
)
def test_containment_badge(call: CallSummary, value: str, tone: str) -> None:
    badge = containment(call)
    assert (badge.value, badge.tone) == (value, tone)


def test_a_call_the_agent_failed_is_never_shown_as_contained_and_names_the_cause() -> None:
    badge = containment(AGENT_CRASHED)
    assert badge.value == "agent failed"
    assert "agent_error" in badge.detail and "not the caller" in badge.detail
