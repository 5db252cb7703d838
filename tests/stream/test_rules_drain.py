"""Nothing lost on a stop: a rule match the clock found (a caller gone silent) after the last poll and
before the stop is stored by the drain, before the offsets are committed. Rule state is in memory, so a
match the drain does not write is found by no one: the restarted worker sees only the events after it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from feeder_doubles import Message, Telemetry
from pattern_pipeline import pattern_pipeline

from ingest.clock import ManualClock, SystemClock
from ingest.codec import decode
from ingest.emit.inprocess import InProcessBus
from stream.bus_drain import DrainThread
from stream.kafka.acks import AckLedger
from stream.kafka.feeder import Feeder
from stream.kafka.telemetry import WorkerTelemetry
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline
from stream.rules.parse import load_rules, parse_rules

from events import T0, CallBuilder, as_bytes

DEFAULT = load_rules(Path(__file__).resolve().parents[2] / "deploy" / "rules" / "call_rules.v1.yaml")
SPOKEN = "Let me check."  # the agent's last words, spoken until about 0.9 s after they start
SPOKEN_UNTIL_MS = 2_500 + round(len(SPOKEN) / 14 * 1000)  # the events' own speaking time (call_rules tests)
DEAD_AIR_MS = 8_000  # deploy/rules/call_rules.v1.yaml: dead_air, silence longer than 8 s


def quiet_call(sid: str, start_ms: int = T0) -> CallBuilder:
    """A call where the caller asks, the agent says it will check, and then nobody says anything."""
    call = CallBuilder(sid, start_ms=start_ms).started()
    call.agent(100, "Hi, how can I help?", tags=("greeting",))
    call.caller(2_000, "What's my balance?")
    call.agent(2_500, SPOKEN)
    return call


def dead_air(warehouse: Any) -> list[tuple[str, int]]:
    return [
        (sid, int(at))
        for sid, at in warehouse.client.query(
            "SELECT call_sid, toUnixTimestamp64Milli(event_at) "
            f"FROM {warehouse.database}.rule_matches FINAL WHERE rule = 'dead_air' ORDER BY call_sid"
        ).result_rows
    ]


def test_a_silence_past_its_deadline_at_the_stop_is_stored_by_the_drain(warehouse: Any) -> None:
    """The pipeline's own drain (``join``: SIGTERM, the end of a file, a revoke) with no poll after the
    deadline passed: the supervisor still gets the dead-air row (before: never written)."""
    sid = "CA" + "7" * 32
    clock = ManualClock(T0 + 2_600)
    committed: list[dict[tuple[str, int], int]] = []
    pipeline = pattern_pipeline(
        warehouse.client, warehouse.database, clock, rules=DEFAULT, commit=lambda o: committed.append(dict(o))
    )
    lines = quiet_call(sid).lines()
    for i, line in enumerate(lines):
        pipeline.submit(RawMessage(line, Position("t", 0, i), clock.now_ms()))
    pipeline.poll()  # the rules' clock runs: 0 s of silence
    clock.advance(SPOKEN_UNTIL_MS - 2_600 + DEAD_AIR_MS + 500)  # past the deadline; no poll in between

    pipeline.join()

    assert dead_air(warehouse) == [(sid, T0 + SPOKEN_UNTIL_MS + DEAD_AIR_MS)]
    assert pipeline.call_rules is not None and pipeline.call_rules.by_rule["dead_air"] == 1
    assert committed and committed[-1] == {
        ("t", 0): len(lines)
    }  # the events' offsets, after the match was stored


def worker_feeder(warehouse: Any, clock: ManualClock) -> tuple[Feeder, AckLedger[Message], list[int]]:
    """The Kafka worker's loop side over the real chain (rules on), as ``callpulse worker`` composes it,
    with the acks faust would commit recorded."""
    ledger: AckLedger[Message] = AckLedger()
    pipeline = pattern_pipeline(
        warehouse.client, warehouse.database, clock, rules=DEFAULT, commit=ledger.commit, write_behind=True
    )
    feeder = Feeder(pipeline, pipeline.call_state, ledger, clock, cast(WorkerTelemetry, Telemetry()))
    acked: list[int] = []
    feeder.ack = lambda message: acked.append(message.offset)
    return feeder, ledger, acked


def fetched(call: CallBuilder) -> Any:
    """A fetch of the call's events, as faust hands it to the worker (``stream.kafka.batches.Batch``)."""
    key = call.call_sid.encode()
    messages = [Message(offset=i, value=line, key=key) for i, line in enumerate(call.lines())]
    return SimpleNamespace(generation=0, messages=messages)


async def sigterm(feeder: Feeder) -> int:
    """What faust runs on SIGTERM (``stream.kafka.app``'s ``on_before_shutdown``): ``halt``, then ``drain``."""
    feeder.halt()
    return await feeder.drain()


def run_worker(feeder: Feeder, script: Callable[[], Coroutine[Any, Any, object]]) -> None:
    """Run ``script`` (the worker's side: feeds, ticks, a revoke or a stop) on an event loop, as faust
    would, and close the feeder whatever happens."""
    try:
        asyncio.run(script())
    finally:
        feeder.close()


def test_the_worker_stopped_by_sigterm_mid_silence_writes_the_match_then_acks(warehouse: Any) -> None:
    """What faust runs on SIGTERM (``stream.kafka.app``'s ``on_before_shutdown``: ``halt``, then
    ``drain``), the deadline passed after the worker's last tick: the match is stored and the events are
    acked for the last commit after it; the next owner, which does not know the call's rule state, is
    not needed to find it."""
    sid = "CA" + "8" * 32
    clock = ManualClock(T0 + 2_600)
    feeder, _, acked = worker_feeder(warehouse, clock)

    async def run() -> int:
        await feeder.feed(fetched(quiet_call(sid)))
        clock.advance(1_000)
        await feeder.tick()  # the app's timer: the rules' clock sees 1 s of silence
        clock.advance(SPOKEN_UNTIL_MS - 3_600 + DEAD_AIR_MS + 300)  # SIGTERM lands 0.2 s after the deadline
        return await sigterm(feeder)

    run_worker(feeder, run)
    assert dead_air(warehouse) == [(sid, T0 + SPOKEN_UNTIL_MS + DEAD_AIR_MS)]
    assert acked == list(range(len(quiet_call(sid).lines())))


def test_a_partition_revoked_mid_silence_writes_the_match_before_the_call_moves(warehouse: Any) -> None:
    """A rebalance takes the call's partition: the worker drains (``Feeder.revoke``: the chain's ``join``)
    before the call goes to its next owner, which starts its rules from the events after the move."""
    sid = "CA" + "9" * 32
    clock = ManualClock(T0 + 2_600)
    feeder, _, acked = worker_feeder(warehouse, clock)

    async def run() -> None:
        await feeder.feed(fetched(quiet_call(sid)))
        clock.advance(SPOKEN_UNTIL_MS - 2_600 + DEAD_AIR_MS + 300)
        await feeder.revoke()

    run_worker(feeder, run)
    assert dead_air(warehouse) == [(sid, T0 + SPOKEN_UNTIL_MS + DEAD_AIR_MS)]
    assert acked == list(range(len(quiet_call(sid).lines())))


SHORT_SILENCE = """
version: "drain-test"
rules:
  - name: dead_air
    description: Nobody has said anything for a second (short, so the test runs in real time).
    when:
      silence: {longer_than_s: 1}
"""


def silent_call_on_the_bus(warehouse: Any, sid: str) -> tuple[DrainThread, int]:
    """The embedded runner on its thread (``DrainThread``, ``callpulse demo --live``) on the real clock, a
    call on its bus whose caller goes silent after the agent's words; returns the running thread and the
    time the 1-s silence rule's deadline passes."""
    clock = SystemClock()
    pipeline: Pipeline = pattern_pipeline(
        warehouse.client, warehouse.database, clock, rules=parse_rules(SHORT_SILENCE)
    )
    bus = InProcessBus()
    drain = DrainThread(pipeline, bus, f"bus:{sid}", clock)
    drain.start()
    call = quiet_call(sid, start_ms=clock.now_ms() - 2_600)
    for event in call.events:
        assert bus.emit(decode(as_bytes(event)))
    return drain, call.start_ms + SPOKEN_UNTIL_MS + 1_000


def test_the_embedded_runner_stopped_mid_silence_stores_the_match(warehouse: Any) -> None:
    """Stopped 1.5 s after the caller's silence passed the rule's 1 s: by the time the stop returns the
    match is stored (found by the quiet bus's poll, or at the latest by the drain's own tick)."""
    sid = "CA" + "a" * 32
    drain, deadline_ms = silent_call_on_the_bus(warehouse, sid)
    time.sleep(max(0.0, (deadline_ms - SystemClock().now_ms()) / 1000) + 1.5)

    drain.finish()

    assert drain.error is None
    assert dead_air(warehouse) == [(sid, deadline_ms)]


def fetched_after(call: CallBuilder, first: int) -> Any:
    """The call's events from index ``first`` on, as a later fetch of the same partition."""
    key = call.call_sid.encode()
    lines = call.lines()
    messages = [Message(offset=i, value=lines[i], key=key) for i in range(first, len(lines))]
    return SimpleNamespace(generation=0, messages=messages)


def test_a_call_whose_partition_moved_is_not_judged_silent_by_the_worker_it_left(warehouse: Any) -> None:
    """A rebalance takes the call's partition before its silence is long: its events now go to another
    worker, so this one hears nothing more of it. Its rules' clock must not call that silence dead air
    (before: a ``dead_air`` row, and a supervisor alert, on a call talking on its new owner)."""
    sid = "CA" + "b" * 32
    clock = ManualClock(T0 + 2_600)
    feeder, _, _ = worker_feeder(warehouse, clock)

    async def run() -> None:
        await feeder.feed(fetched(quiet_call(sid)))
        clock.advance(SPOKEN_UNTIL_MS - 2_600 + 2_000)  # 2 s of silence: the partition moves
        await feeder.revoke()
        clock.advance(DEAD_AIR_MS)  # the call talks on, on its new owner
        await feeder.tick()
        clock.advance(1_000)
        await feeder.tick()
        await sigterm(feeder)

    run_worker(feeder, run)
    assert dead_air(warehouse) == []


def test_a_call_that_stayed_after_a_rebalance_is_judged_again_from_its_next_event(warehouse: Any) -> None:
    """The partition came back to the same worker: the call's next event arrives live, and a silence
    after it is dead air again, found by the clock (the move stops the clock only until then)."""
    sid = "CA" + "c" * 32
    clock = ManualClock(T0 + 2_600)
    feeder, _, _ = worker_feeder(warehouse, clock)
    call = quiet_call(sid)
    first = len(call.lines())
    call.caller(SPOKEN_UNTIL_MS + 1_000, "Are you still there?")
    call.agent(SPOKEN_UNTIL_MS + 1_500, SPOKEN)
    again_until_ms = SPOKEN_UNTIL_MS + 1_500 + (SPOKEN_UNTIL_MS - 2_500)

    async def run() -> None:
        await feeder.feed(fetched(quiet_call(sid)))
        clock.advance(SPOKEN_UNTIL_MS - 2_600 + 500)
        await feeder.revoke()
        clock.advance(1_000)  # now T0 + SPOKEN_UNTIL_MS + 1_500: the next events arrive as they happen
        await feeder.feed(fetched_after(call, first))
        clock.advance(again_until_ms - (SPOKEN_UNTIL_MS + 1_500) + DEAD_AIR_MS + 300)
        await feeder.tick()
        await sigterm(feeder)

    run_worker(feeder, run)
    assert dead_air(warehouse) == [(sid, T0 + again_until_ms + DEAD_AIR_MS)]


def test_the_embedded_runner_finds_a_silence_while_the_bus_is_quiet(warehouse: Any) -> None:
    """``callpulse demo --live`` with no traffic after the agent's last words: the supervisor gets the
    dead-air row while the call is still silent, not when the next event or the stop comes (before: the
    chain was polled only as messages came, so the rules' clock did not run on a quiet bus)."""
    sid = "CA" + "d" * 32
    drain, deadline_ms = silent_call_on_the_bus(warehouse, sid)
    try:
        waited_until = time.monotonic() + max(0.0, (deadline_ms - SystemClock().now_ms()) / 1000) + 10.0
        while not dead_air(warehouse) and time.monotonic() < waited_until:
            time.sleep(0.1)  # an upper bound for a loaded machine: the row comes ~0.5 s after the deadline

        assert dead_air(warehouse) == [(sid, deadline_ms)]  # still running: no stop, no new event
    finally:
        drain.finish()
    assert drain.error is None
