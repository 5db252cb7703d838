"""What emitting costs the agent's event loop per caller turn (goal: p99 <= 1 ms).

A typical rules-policy turn emits: caller.utterance, intent.recognized, tool.called, tool.result,
identity.verified, task.started, task.completed and one agent.utterance of ~15 token chunks, i.e. 8
events, each built and validated by ``CallEventFactory`` and handed to the emitter. Measured per
turn with the in-process bus (the default) and with ``KafkaEmitter`` pointed at a closed port (its
``emit`` only appends to a bounded buffer, so a down broker must not change the figure).
The agent server hands reports to its analytics thread (``EventHandoff``): the loop only stamps and
queues them, the thread builds, validates, encodes and emits. The first rows measure that (what a
voice turn pays); the others build inline (what the thread, or a caller without a hand-off, pays).
Figures are printed, never asserted.

    .venv/bin/python bench/agent_emit.py --turns 5000
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Any

from agent.server.events import CallEvents, EventHandoff
from agent.server.testing import free_port
from ingest.clock import SystemClock
from ingest.contract.models import AgentInfo, Flags
from ingest.emit.base import Emitter
from ingest.emit.inprocess import InProcessBus
from ingest.emit.kafka import KafkaEmitter
from ingest.factory import CallEventFactory

REPLY = "Thank you, you're verified. Your current balance is $437.81, due Sunday, June 15th. Would you like to pay?"


def turn_events(now_ms: int) -> list[tuple[str, dict[str, Any]]]:
    words = REPLY.split(" ")
    chunks = [{"text": " ".join(words[i : i + 2]) + " ", "ts": now_ms + i} for i in range(0, len(words), 2)]
    return [
        (
            "caller.utterance",
            {"text": "It's March third nineteen eighty two.", "final": True, "lang": "en-US"},
        ),
        ("intent.recognized", {"intent": "make_payment", "confidence": 0.9}),
        ("tool.called", {"tool": "verify_identity", "tool_call_id": "call_1", "args_summary": "dob=***"}),
        ("identity.verified", {"method": "knowledge", "verified": True}),
        ("tool.result", {"tool": "verify_identity", "tool_call_id": "call_1", "ok": True, "latency_ms": 0.2}),
        ("task.started", {"task_id": "task_1", "task": "billing_lookup"}),
        ("task.completed", {"task_id": "task_1", "task": "billing_lookup", "success": True}),
        (
            "agent.utterance",
            {"text": REPLY, "chunks": chunks, "interrupted": False, "tags": ["account_data"]},
        ),
    ]


def measure(
    emitter: Emitter, turns: int, handoff: EventHandoff | None = None
) -> tuple[list[float], list[float]]:
    """Per-turn wall time and CPU time of this thread (ms); on a loaded machine the wall time's tail
    is the scheduler's, the CPU time is the emitting's own cost."""
    clock = SystemClock()
    agent = AgentInfo(name="bench", version="1.0.0", model="rules-v1", prompt_version="p1")
    per_turn: list[float] = []
    cpu: list[float] = []
    for n in range(turns):
        factory = CallEventFactory(
            f"CA{n // 10:032x}", "", "billing", agent, Flags(canary=False, shadow=False), clock
        )
        events = CallEvents(factory, emitter, handoff=handoff, clock=clock if handoff else None)
        batch = turn_events(clock.now_ms())
        start, start_cpu = time.perf_counter(), time.thread_time()
        for type_, data in batch:
            events.emit(type_, data)
        per_turn.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        if isinstance(emitter, InProcessBus) and n % 500 == 0:
            emitter.poll(100_000)  # a consumer keeps the bus from filling up
    return per_turn, cpu


def report(name: str, measured: tuple[list[float], list[float]]) -> None:
    for kind, values in zip(("wall", "cpu"), measured, strict=True):
        ordered = sorted(values)
        p99 = ordered[int(0.99 * (len(ordered) - 1))]
        print(
            f"  {name:<28} {kind:<4} p50 {statistics.median(values) * 1000:7.1f} us  p99 {p99 * 1000:7.1f} us  "
            f"max {max(values) * 1000:8.1f} us"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--turns", type=int, default=5_000)
    args = parser.parse_args()
    print(f"agent_emit: {args.turns} turns, 8 events per turn (goal p99 <= 1000 us per turn)")
    measure(InProcessBus(), 200)  # warm-up
    handoff = EventHandoff()
    report("hand-off (the agent's loop)", measure(InProcessBus(capacity=1_000_000), args.turns, handoff))
    handoff.close(30.0)
    report("in-process bus, inline", measure(InProcessBus(capacity=1_000_000), args.turns))
    kafka = KafkaEmitter(bootstrap_servers=f"127.0.0.1:{free_port()}", topic="bench", buffer_size=1_000_000)
    try:
        report("kafka emitter (broker down)", measure(kafka, args.turns))
    finally:
        kafka.close(1.0)


if __name__ == "__main__":
    main()
