"""Tools: identity gate, timeouts, idempotent actions, masking, and the renamed-field incident."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from agent.backend.sample import SampleBackend
from agent.tools.masking import args_summary, scrub
from agent.tools.runner import ToolRunner


class Sink:
    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, Any]]] = []

    def emit(self, type: str, data: dict[str, Any]) -> None:
        self.events.append((type, data))

    def of(self, type: str) -> list[dict[str, Any]]:
        return [d for t, d in self.events if t == type]


def runner(backend: SampleBackend | None = None, **kw: Any) -> tuple[ToolRunner, Sink, SampleBackend]:
    backend = backend or SampleBackend()
    sink = Sink()
    return ToolRunner(backend, sink, "CA" + "9" * 32, **kw), sink, backend


async def verified(tools: ToolRunner) -> None:
    assert (await tools.call("find_account", {"phone": "4155550198"})).ok
    assert (await tools.call("verify_identity", {"dob": "1982-03-03"})).ok


def test_account_data_needs_verification_first():
    async def scenario() -> Any:
        tools, sink, backend = runner()
        await tools.call("find_account", {"phone": "4155550198"})
        refused = await tools.call("get_balance")
        await tools.call("verify_identity", {"dob": "1982-03-03"})
        allowed = await tools.call("get_balance")
        return refused, allowed, backend, sink

    refused, allowed, backend, sink = asyncio.run(scenario())
    assert not refused.ok and refused.error_code == "identity_required"
    assert allowed.ok and "balance_cents" in allowed.data
    assert backend.calls.get("get_balance") == 1  # the refused call never reached the backend
    assert sink.of("identity.verified") == [{"method": "knowledge", "verified": True}]


def test_a_wrong_date_of_birth_does_not_verify():
    async def scenario() -> Any:
        tools, _sink, _ = runner()
        await verified(tools)
        other, osink, _obackend = runner(backend=tools.backend)  # type: ignore[arg-type]
        await other.call("find_account", {"phone": "4155550198"})
        wrong = await other.call("verify_identity", {"dob": "1990-01-01"})
        balance = await other.call("get_balance")
        return wrong, balance, osink

    wrong, balance, sink = asyncio.run(scenario())
    assert wrong.ok and wrong.data == {"verified": False}
    assert not balance.ok and balance.error_code == "identity_required"
    assert sink.of("identity.verified") == [{"method": "knowledge", "verified": False}]


def test_payments_are_idempotent_across_retries():
    async def scenario() -> Any:
        tools, _, _backend = runner()
        await verified(tools)
        before = (await tools.call("get_balance")).data["balance_cents"]
        args = {"amount_cents": "1000", "card_last4": "4242"}
        first = await tools.call("process_payment", args)
        again = await tools.call("process_payment", args)
        after = (await tools.call("get_balance")).data["balance_cents"]
        return before, first, again, after

    before, first, again, after = asyncio.run(scenario())
    assert first.data["confirmation"] == again.data["confirmation"]
    assert after == before - 1000  # charged once


def test_a_slow_tool_times_out_and_its_action_completes_once_on_retry():
    async def scenario() -> Any:
        tools, sink, backend = runner(timeouts_s={"process_payment": 0.05})
        await verified(tools)
        backend.inject("process_payment", "latency", latency_ms=150, times=1)
        args = {"amount_cents": "500", "card_last4": "4242"}
        timed_out = await tools.call("process_payment", args)
        while not backend.calls.get("process_payment"):  # the shielded payment goes on in the background
            await asyncio.sleep(0.01)
        retried = await tools.call("process_payment", args)
        return timed_out, retried, backend, sink

    timed_out, retried, backend, sink = asyncio.run(scenario())
    assert not timed_out.ok and timed_out.error_code == "timeout"
    assert retried.ok and retried.data["status"] == "approved"
    assert backend.calls["process_payment"] == 1
    assert [r.get("error_code") for r in sink.of("tool.result") if r["tool"] == "process_payment"] == [
        "timeout",
        None,
    ]


def test_a_renamed_response_field_is_a_schema_mismatch_with_an_agent_error():
    async def scenario() -> Any:
        tools, sink, backend = runner()
        await tools.call("find_member", {"member_id": "M4471902"})
        await tools.call("verify_member", {"dob": "1960-01-01"})
        backend.inject(
            "lookup_prescription", "rename_field", rename_from="rx_status", rename_to="prescription_status"
        )
        return await tools.call("lookup_prescription", {"drug": "lisinopril"}), sink

    outcome, sink = asyncio.run(scenario())
    assert not outcome.ok and outcome.error_code == "schema_mismatch"
    assert [e["code"] for e in sink.of("agent.error")] == ["tool_schema_mismatch"]


def test_tool_events_carry_no_secret_and_no_half_masked_identifier():
    async def scenario() -> Sink:
        tools, sink, _ = runner()
        await verified(tools)
        await tools.call("process_payment", {"amount_cents": "500", "card_last4": "4242"})
        return sink

    sink = asyncio.run(scenario())
    summaries = " ".join(d["args_summary"] for d in sink.of("tool.called"))
    assert "1982" not in summaries and "4242" not in summaries  # secrets never reach the event
    assert "phone=4155550198" in summaries and "card_last4=***" in summaries  # the redactor tokenizes it
    assert all(d["latency_ms"] >= 0 for d in sink.of("tool.result"))


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ({"phone": "+1 415-555-0198"}, "phone=+1 415-555-0198"),
        ({"member_id": "M4471902"}, "member_id=M4471902"),
        ({"dob": "1982-03-03"}, "dob=***"),
        ({"code": "123456"}, "code=***"),
        ({"reason": "card 4111 1111 1111 1111 declined"}, "reason=card ***1111 declined"),
    ],
    ids=["phone", "member", "dob", "otp", "free-text-card"],
)
def test_args_summary_masks(args, expected):
    """Secrets are left out whole; an identifier the caller also says is passed whole, never with a
    masking prefix, so the pipeline's redactor gives it the token of the spoken value (issue 15)."""
    assert args_summary(args) == expected


def test_scrub_keeps_call_sids():
    assert (
        scrub('{"callSid":"CA00000000000000000000000000000001"}')
        == '{"callSid":"CA00000000000000000000000000000001"}'
    )
