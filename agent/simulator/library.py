"""Many calls at once: start times spread over a window, a workflow mix, and JSON Lines output in the
order a real bus would see them (events of concurrent calls interleaved by time).

Every call gets its own ``random.Random`` seeded from the run's seed, so a call does not change
when the synthesizer spends more or fewer random numbers on the call before it.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from os import PathLike
from pathlib import Path
from typing import Any

import orjson

from agent.simulator.model import Scenario
from agent.simulator.scenarios import build_scenario, pick_template
from agent.simulator.synthesize import synthesize_call

Event = dict[str, Any]
HOUR_MS = 3_600_000


def plan_calls(
    n: int, seed: int, start_ms: int, mix: Mapping[str, float] | None = None, window_ms: int = HOUR_MS
) -> Iterator[tuple[int, Scenario, random.Random]]:
    """``(call start, scenario, the call's rng)`` in start order; calls start in the ``window_ms``
    before ``start_ms`` (arrivals of a Poisson process, so some minutes are busier than others)."""
    rng = random.Random(seed)
    offsets = sorted(rng.random() for _ in range(n))
    seeds = [rng.getrandbits(64) for _ in range(n)]
    for offset, call_seed in zip(offsets, seeds, strict=True):
        call_rng = random.Random(call_seed)
        start = start_ms - window_ms + int(offset * window_ms)
        today = datetime.fromtimestamp(start / 1000, tz=UTC).date()
        yield start, build_scenario(pick_template(call_rng, mix), call_rng, today), call_rng


def generate_calls(
    n: int, seed: int, start_ms: int, mix: Mapping[str, float] | None = None, window_ms: int = HOUR_MS
) -> Iterator[list[Event]]:
    """``n`` synthesized calls (each a list of events in seq order), in start order; deterministic."""
    for start, scenario, call_rng in plan_calls(n, seed, start_ms, mix, window_ms):
        yield synthesize_call(scenario, call_rng, start)


def interleave_events(calls: Iterable[list[Event]]) -> Iterator[Event]:
    """Merge calls (given in start order) into one stream in global ``ts`` order, streaming: an
    event is released once no later-starting call can precede it. Ties keep call order and seq."""
    heap: list[tuple[int, int, int, Event]] = []
    released = -1
    for index, call in enumerate(calls):
        if not call:
            continue
        first_ts: int = call[0]["ts"]
        if first_ts < released:
            raise ValueError("calls must be given in start order to be interleaved")
        while heap and heap[0][0] < first_ts:
            released = heap[0][0]
            yield heapq.heappop(heap)[3]
        for event in call:
            heapq.heappush(heap, (event["ts"], index, event["seq"], event))
    while heap:
        yield heapq.heappop(heap)[3]


def write_jsonl(path: str | PathLike[str], calls: Iterable[list[Event]], interleave: bool = True) -> int:
    """Write events one JSON object per line (interleaved across calls by time, or call after call);
    returns how many. Byte-identical for a given input."""
    stream: Iterable[Event] = interleave_events(calls) if interleave else (e for call in calls for e in call)
    count = 0
    with Path(path).open("wb") as fh:
        for event in stream:
            fh.write(orjson.dumps(event))
            fh.write(b"\n")
            count += 1
    return count
