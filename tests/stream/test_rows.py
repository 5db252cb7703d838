"""Row builders: every value lands in its column, timestamps are exact UTC, payloads compact JSON."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson
import pytest

from ingest.contract.models import TurnEvent
from stream.messages import DeadLetter, Position
from stream.metrics.types import ToolStats
from stream.rows import (
    TABLE_COLUMNS,
    call_row,
    dlq_row,
    event_row,
    interruption_row,
    is_utterance,
    turn_metrics_row,
    utterance_row,
)

from events import CallBuilder, parsed

T0 = 1_764_000_000_000


def as_dict(table: str, row: tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(TABLE_COLUMNS[table], row, strict=True))


def one_call() -> list[TurnEvent]:
    call = CallBuilder("CA" + "7" * 32, start_ms=T0).started()
    call.agent(100, "Hello, ", "how can I help?", tags=("greeting",))
    call.caller(4_000, "my bill is wrong")
    call.add("caller.utterance", 3_500, text="my bill", final=False)
    call.ended(9_000)
    return parsed(call.events)


def test_millisecond_timestamps_land_exactly_in_the_warehouse(warehouse: Any) -> None:
    started = one_call()[0]
    event = started.model_copy(update={"ts": T0 + 999})
    columns = TABLE_COLUMNS["events"]
    warehouse.client.insert(
        f"{warehouse.database}.events", [event_row(event, None, T0 + 5)], column_names=columns
    )
    [(ts, ingested)] = warehouse.rows("SELECT toString(ts), ingested_at FROM {db}.events")
    assert ts == "2025-11-24 16:00:00.999"
    assert ingested == datetime(2025, 11, 24, 16, 0, 0, 5_000)  # naive UTC, as the driver returns it


def test_event_row_carries_envelope_payload_and_position() -> None:
    started = one_call()[0]
    row = as_dict("events", event_row(started, Position("turn-events", 3, 42), T0 + 5))
    assert row["event_id"] == started.event_id and row["type"] == "call.started"
    assert row["ts"] == started.ts and row["ingested_at"] == T0 + 5
    assert (row["source"], row["kafka_partition"], row["kafka_offset"]) == ("turn-events", 3, 42)
    assert (row["agent_name"], row["agent_version"], row["canary"], row["shadow"]) == (
        "test-agent", "1.0.0", False, False,
    )  # fmt: skip
    assert orjson.loads(row["data"]) == {
        "direction": "inbound",
        "caller": "+14155550198",
        "custom_parameters": {},
    }


def test_event_row_without_a_position_says_so() -> None:
    row = as_dict("events", event_row(one_call()[0], None, T0))
    assert (row["source"], row["kafka_partition"], row["kafka_offset"]) == ("", -1, -1)


def test_event_payload_leaves_out_absent_optional_fields() -> None:
    agent = one_call()[1]
    data = orjson.loads(as_dict("events", event_row(agent, None, T0))["data"])
    assert "interrupted" not in data and data["tags"] == ["greeting"]


def test_utterance_rows_for_agent_and_final_caller_utterances() -> None:
    _, agent, caller, _, _ = one_call()
    assert [is_utterance(e) for e in one_call()] == [False, True, True, False, False]
    agent_row = as_dict("turns", utterance_row(agent))
    caller_row = as_dict("turns", utterance_row(caller))
    assert (agent_row["speaker"], agent_row["text"], agent_row["lang"]) == (
        "agent",
        "Hello, how can I help?",
        None,
    )
    assert (caller_row["speaker"], caller_row["text"], caller_row["lang"]) == (
        "caller",
        "my bill is wrong",
        "en-US",
    )
    assert caller_row["ts"] == T0 + 4_000 and caller_row["workflow"] == "billing"


@pytest.mark.parametrize("index", [0, 3, 4], ids=["call.started", "partial-caller", "call.ended"])
def test_anything_else_has_no_utterance_row(index: int) -> None:
    with pytest.raises(ValueError, match="not a final utterance"):
        utterance_row(one_call()[index])


def test_call_row_maps_every_metric_and_the_per_tool_stats(make_result: Any) -> None:
    tools = {
        "lookup": ToolStats(calls=3, failures=1, latency_ms_mean=150.5, latency_ms_max=300.0),
        "pay": ToolStats(calls=1),
    }
    result = make_result(
        "CA5", tools=tools, tool_calls=4, tool_failures=1, events=17, ended=False, ended_at_ms=None
    )
    row = as_dict("calls", call_row(result, T0 + 1))
    assert row["tool_calls_by_tool"] == {"lookup": 3, "pay": 1}
    assert row["tool_failures_by_tool"] == {"lookup": 1, "pay": 0}
    assert row["tool_latency_ms_mean_by_tool"] == {"lookup": 150.5}
    assert row["tool_latency_ms_max_by_tool"] == {"lookup": 300.0}
    assert (row["version"], row["updated_at"], row["ended_at"]) == (17, T0 + 1, None)
    assert row["started_at"] == make_result.t0_ms and row["metrics_version"] == result.metrics_version


def test_turn_and_interrupt_rows_are_labelled_with_the_call(make_result: Any) -> None:
    result = make_result("CA5", workflow="refills", agent_version="2.0.0", canary=True)
    turn = as_dict("turn_metrics", turn_metrics_row(result, make_result.turn("CA5", 2, ttfhw_ms=None)))
    interrupt = as_dict(
        "interruptions", interruption_row(result, make_result.interrupt("CA5", 1, yielded=False))
    )
    assert (turn["turn_index"], turn["ttfhw_ms"], turn["workflow"], turn["canary"]) == (
        2,
        None,
        "refills",
        True,
    )
    assert turn["start_at"] == make_result.t0_ms + 10_000
    assert (interrupt["yielded"], interrupt["agent_version"]) == (False, "2.0.0")


def test_dlq_row_is_keyed_by_its_position() -> None:
    dead = DeadLetter(Position("turn-events", 1, 7), T0, "malformed_json", "not JSON", "{oops", None, None)
    row = as_dict("dlq", dlq_row(dead))
    assert (row["source"], row["kafka_partition"], row["kafka_offset"]) == ("turn-events", 1, 7)
    assert (row["received_at"], row["reason_code"], row["call_sid"]) == (T0, "malformed_json", None)
