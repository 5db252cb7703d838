"""Tools, handoff reason, consent notice and disclosure before verification."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from stream.metrics.types import ToolStats


def test_tool_calls_failures_and_latency_per_tool(call) -> None:
    call.started(0)
    call.tool_called("lookup_bill", "c1", 1000)
    call.tool_result("lookup_bill", "c1", 1300, latency_ms=300.0)
    call.tool_called("lookup_bill", "c2", 2000)
    call.tool_result("lookup_bill", "c2", 2900, ok=False, latency_ms=900.0)
    call.tool_result("take_payment", "c3", 4000, latency_ms=50.0)  # result without a call: still a call
    call.tool_called("send_sms", "c4", 5000)  # never answered
    call.ended(9000)
    c = call.result().call
    assert (c.tool_calls, c.tool_failures) == (4, 2)
    assert c.tools == {
        "lookup_bill": ToolStats(
            calls=2, failures=1, latency_ms_mean=600.0, latency_ms_max=900.0, failures_by_code={"unknown": 1}
        ),
        "send_sms": ToolStats(
            calls=1, failures=1, latency_ms_mean=None, latency_ms_max=None, failures_by_code={"no_result": 1}
        ),
        "take_payment": ToolStats(calls=1, failures=0, latency_ms_mean=50.0, latency_ms_max=50.0),
    }


def test_failures_are_counted_by_error_code(call) -> None:
    call.started(0)
    for i, code in enumerate(["schema_mismatch", "schema_mismatch", "not_found"]):
        call.tool_called("lookup_rx", f"c{i}", 1000 * i)
        call.tool_result("lookup_rx", f"c{i}", 1000 * i + 300, ok=False, latency_ms=300.0, error_code=code)
    stats = call.result().call.tools["lookup_rx"]
    assert stats.failures_by_code == {"not_found": 1, "schema_mismatch": 2}


def test_unanswered_tool_call_is_not_a_failure_while_live(call) -> None:
    call.started(0)
    call.tool_called("send_sms", "c4", 5000)
    c = call.result().call
    assert (c.tool_calls, c.tool_failures) == (1, 0)


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        pytest.param(
            lambda c: (
                c.handoff(1000, "wants a person", "caller_request"),
                c.handoff(2000, "second", "policy"),
            ),
            ("wants a person", "caller_request"),
            id="first-request-wins",
        ),
        pytest.param(
            lambda c: c.ended(3000, reason="handoff"), ("handoff", None), id="only-the-end-says-handoff"
        ),
        pytest.param(lambda c: c.ended(3000), (None, None), id="no-handoff"),
    ],
)
def test_handoff_reason_and_trigger(call, build: Callable[[Any], Any], expected: tuple[Any, Any]) -> None:
    call.started(0)
    build(call)
    c = call.result().call
    assert (c.handoff_reason, c.handoff_trigger) == expected


@pytest.mark.parametrize(
    ("build", "consent"),
    [
        pytest.param(
            lambda c: c.agent("This call is recorded.", 100, tags=["greeting", "consent_notice"]),
            True,
            id="in-first-utterance",
        ),
        pytest.param(
            lambda c: (c.agent("Hi!", 100), c.agent("This call is recorded.", 900, tags=["consent_notice"])),
            False,
            id="only-in-second-utterance",
        ),
        pytest.param(lambda c: None, False, id="agent-never-spoke"),
    ],
)
def test_consent_notice_in_first_agent_utterance(call, build: Callable[[Any], Any], consent: bool) -> None:
    call.started(0)
    build(call)
    assert call.result().call.consent_given is consent


@pytest.mark.parametrize(
    ("build", "violation"),
    [
        pytest.param(
            lambda c: (c.verified(1000), c.agent("You owe $40.", 2000, tags=["account_data"])),
            False,
            id="verified-first",
        ),
        pytest.param(
            lambda c: (c.agent("You owe $40.", 1000, tags=["account_data"]), c.verified(2000)),
            True,
            id="disclosed-first",
        ),
        pytest.param(
            lambda c: (
                c.verified(1000, verified=False),
                c.agent("You owe $40.", 2000, tags=["account_data"]),
            ),
            True,
            id="failed-verification-does-not-count",
        ),
        pytest.param(
            lambda c: c.agent("You owe $40.", 2000, tags=["account_data"]), True, id="never-verified"
        ),
        pytest.param(lambda c: c.agent("How can I help?", 2000), False, id="no-account-data"),
    ],
)
def test_disclosure_before_verification(call, build: Callable[[Any], Any], violation: bool) -> None:
    call.started(0)
    build(call)
    assert call.result().call.disclosure_before_verification is violation
