"""Events the call state refuses rather than merges: a conflicting duplicate (same ``event_id``, other
content) and a second call under the SID of a call that already ended (another ``session_id``).

Both go to ``dlq`` with their reason code and count as dead-lettered, never as stored; an exact
duplicate (a redelivery) stays a silent no-op, also when the first copy was restored from the warehouse.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import orjson

from ingest.clock import ManualClock
from ingest.codec import encode
from ingest.reasons import CALL_SID_REUSED, CONFLICTING_DUPLICATE
from stream.kafka.history import WarehouseHistory
from stream.messages import Position, RawMessage
from stream.observe import PipelineObserver
from stream.pipeline import Pipeline, PipelineConfig

from events import CallBuilder, parsed
from scorers import NeutralScorer

SOURCE = "turn-events"


def a_call(session: str = "VX" + "a" * 32) -> CallBuilder:
    call = CallBuilder().started()
    call.agent(100, "Hi, I'm an automated assistant.", tags=("greeting", "consent_notice"))
    call.caller(3_000, "What is my balance?")
    call.add("dtmf", 3_500, digit="4")  # stored redacted as <DTMF>: read back in a neutral form
    call.agent(3_800, "Sure, ", "your balance is forty two dollars.")
    call.ended(9_000)
    for event in call.events:
        event["session_id"] = session
    return call


def a_second_call_under_the_same_sid(first: CallBuilder) -> list[dict[str, Any]]:
    second = CallBuilder(first.call_sid, start_ms=first.start_ms + 3_600_000).started()
    second.seq = 0
    second.caller(2_000, "I want to change my address.")
    second.ended(6_000)
    for event in second.events:
        event["session_id"] = "VX" + "b" * 32
        event["event_id"] = str(uuid.uuid5(uuid.NAMESPACE_DNS, event["event_id"]))
    return second.events


class Chain:
    """The real pipeline on the test's warehouse, fed message by message with positions."""

    def __init__(self, warehouse: Any, *, history: bool = False, clock: ManualClock | None = None) -> None:
        self.clock = clock or ManualClock()
        self.offset = 0
        self.observer = PipelineObserver()
        self.pipeline = Pipeline(
            warehouse.client,
            warehouse.database,
            self.clock,
            config=PipelineConfig(ended_call_grace_ms=60_000),
            redaction=None,
            scorer=NeutralScorer(),
            history=WarehouseHistory(warehouse.client, warehouse.database) if history else None,
            observer=self.observer,
        )

    def feed(self, events: list[dict[str, Any]]) -> None:
        for event in parsed(events):
            message = RawMessage(encode(event), Position(SOURCE, 0, self.offset), event.ts)
            self.offset += 1
            self.pipeline.submit(message)
        self.pipeline.join()


def _dlq(warehouse: Any) -> list[tuple[Any, ...]]:
    return warehouse.rows("SELECT reason_code, event_id, reason FROM {db}.dlq FINAL ORDER BY kafka_offset")


def _calls(warehouse: Any) -> list[tuple[Any, ...]]:
    return warehouse.rows("SELECT call_sid, turns, end_reason, version FROM {db}.calls FINAL")


def test_a_conflicting_duplicate_is_dead_lettered_with_its_reason_and_the_first_copy_stays(
    warehouse: Any,
) -> None:
    call = a_call()
    conflicting = copy.deepcopy(call.events[2])  # the caller's utterance, said differently
    conflicting["data"]["text"] = "What is my address?"
    chain = Chain(warehouse)
    chain.feed([*call.events, conflicting])
    assert _dlq(warehouse) == [
        (
            CONFLICTING_DUPLICATE,
            conflicting["event_id"],
            "event_id already stored for this call with different content (data); the first one is kept",
        )
    ]
    stored = warehouse.rows(
        f"SELECT data FROM {{db}}.events FINAL WHERE event_id = '{conflicting['event_id']}'"
    )
    assert len(stored) == 1 and "balance" in stored[0][0], "the first copy is the one stored"
    pipeline = chain.pipeline
    n = len(call.events) + 1
    assert (pipeline.stored, pipeline.dead_lettered) == (n - 1, 1), "counted as dead-lettered, not stored"
    assert pipeline.reasons == {CONFLICTING_DUPLICATE: 1}
    registry = chain.observer.registry
    dead = registry.get_sample_value(
        "callpulse_pipeline_dead_letters_total", {"reason_code": CONFLICTING_DUPLICATE}
    )
    assert dead == 1, "the pipeline's dead-letter counter names it"
    assert registry.get_sample_value("callpulse_pipeline_events_total") == len(call.events)


def test_an_exact_duplicate_is_a_silent_no_op_also_against_a_copy_restored_from_the_warehouse(
    warehouse: Any,
) -> None:
    call = a_call()
    Chain(warehouse).feed(call.events)
    restarted = Chain(warehouse, history=True)  # a new owner: the call is rebuilt from `events`
    restarted.feed(call.events)  # everything redelivered, the DTMF event included
    assert _dlq(warehouse) == []
    assert restarted.pipeline.call_state.stats.restored_events == len(call.events)

    changed = copy.deepcopy(call.events[1])
    changed["seq"] = 40
    again = Chain(warehouse, history=True)
    again.feed([changed])
    assert [row[:2] for row in _dlq(warehouse)] == [(CONFLICTING_DUPLICATE, changed["event_id"])]
    assert "(seq)" in _dlq(warehouse)[0][2]
    assert (restarted.pipeline.stored, restarted.pipeline.dead_lettered) == (len(call.events), 0)


def test_a_second_session_under_an_ended_calls_sid_is_dead_lettered_not_merged(warehouse: Any) -> None:
    first = a_call()
    chain = Chain(warehouse)
    chain.feed(first.events)
    before = _calls(warehouse)
    second = a_second_call_under_the_same_sid(first)
    chain.feed(second)
    assert [row[:2] for row in _dlq(warehouse)] == [(CALL_SID_REUSED, e["event_id"]) for e in second]
    assert _calls(warehouse) == before, "the first call's row is untouched"
    assert warehouse.rows("SELECT uniqExact(session_id) FROM {db}.events FINAL") == [(1,)]
    assert chain.pipeline.reasons == {CALL_SID_REUSED: len(second)}
    assert chain.pipeline.dead_lettered == len(second)


def test_a_reused_sid_is_refused_after_the_first_call_was_evicted_from_memory(warehouse: Any) -> None:
    first = a_call()
    chain = Chain(warehouse)
    chain.feed(first.events)
    chain.clock.advance(120_000)
    chain.pipeline.poll()
    assert chain.pipeline.call_state.open_calls == 0, "the ended call was evicted"
    second = a_second_call_under_the_same_sid(first)
    chain.feed(second)
    assert [row[0] for row in _dlq(warehouse)] == [CALL_SID_REUSED] * len(second)
    assert chain.pipeline.call_state.open_calls == 0, "no state kept for refused events"


def test_a_reused_sid_is_refused_by_a_new_process_that_finds_the_first_call_in_the_warehouse(
    warehouse: Any,
) -> None:
    first = a_call()
    Chain(warehouse).feed(first.events)
    before = _calls(warehouse)
    restarted = Chain(warehouse, history=True)
    second = a_second_call_under_the_same_sid(first)
    restarted.feed(second)
    assert [row[0] for row in _dlq(warehouse)] == [CALL_SID_REUSED] * len(second)
    assert [row[:3] for row in _calls(warehouse)] == [row[:3] for row in before]


def test_late_events_of_the_same_session_after_the_end_are_still_stored(warehouse: Any) -> None:
    call = a_call()
    late = CallBuilder(call.call_sid)
    late.seq = 50
    late.caller(9_500, "Bye.")
    for event in late.events:
        event["session_id"] = call.events[0]["session_id"]
    chain = Chain(warehouse)
    chain.feed([*call.events, *late.events])
    assert _dlq(warehouse) == []
    assert chain.pipeline.dead_lettered == 0


def test_callpulse_ingest_counts_a_conflicting_duplicate_as_dead_lettered(tmp_path: Path) -> None:
    call = a_call()
    conflicting = copy.deepcopy(call.events[2])
    conflicting["data"]["text"] = "What is my address?"
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"\n".join(orjson.dumps(e) for e in [*call.events, call.events[3], conflicting]))
    env = {**os.environ, "CALLPULSE_DATA_DIR": str(tmp_path / "var"), "CALLPULSE_WAREHOUSE_DSN": ""}
    env.update(CALLPULSE_REDACTION_ENGINE="patterns", COLUMNS="200")
    done = subprocess.run(
        [sys.executable, "-m", "callpulse.cli", "ingest", str(path)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    n = len(call.events) + 2
    assert f"{n} in = {n - 1} stored + 1 dead-lettered" in done.stdout, done.stdout
    assert "(1 stored events were duplicates of earlier ones)" in done.stdout
    assert f"dead-letter reasons: {CONFLICTING_DUPLICATE} 1" in done.stdout
