"""Decode cost per event: the wired decoder (``ingest.codec.decode``) against bare ``orjson.loads``.

Same events (the simulator's calls, as ``bench/pipeline.py`` replays them), same process, variants
interleaved round by round so that a busy machine slows them alike; the median of the rounds is
printed with its ratio to ``orjson.loads`` (parsing only, no validation: the floor). Variants:

- ``orjson.loads``: parse only;
- ``ingest.codec.decode``: parse, validate and build the ``TurnEvent`` model tree (pydantic's
  ``validate_json``, what the pipeline's validate step runs);
- ``orjson + validate_python``: ``orjson.loads`` then ``validate_python`` of the dict: the same
  models, built from a parsed dict (a proposed change to ``ingest/codec.py``; on the contract test's
  mutation corpus it accepts, rejects and builds exactly what ``validate_json`` does).

(A msgspec decoder of the same contract was measured here until issue 19: 8.7 against 7.7 us/event
for pydantic, equal results; it was never wired and was removed.)

Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from typing import Any

import orjson

from agent.simulator.library import generate_calls
from ingest.codec import ADAPTER, decode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    events = [
        e for call in generate_calls(args.calls, seed=args.seed, start_ms=1_764_000_000_000) for e in call
    ]
    values = [orjson.dumps(e) for e in events]
    mean_bytes = sum(map(len, values)) / len(values)
    del events

    for value in values:  # the proposed variant must build the very events the codec builds
        if ADAPTER.validate_python(orjson.loads(value)) != decode(value):
            raise SystemExit("orjson + validate_python decoded an event differently from the codec")
    variants: dict[str, Callable[[Any], Any]] = {
        "orjson.loads": orjson.loads,
        "ingest.codec.decode": decode,
        "orjson + validate_python": lambda value: ADAPTER.validate_python(orjson.loads(value)),
    }
    timings: dict[str, list[float]] = {name: [] for name in variants}
    gc.collect()
    for _ in range(args.rounds):
        for name, variant in variants.items():
            started = time.perf_counter()
            for value in values:
                variant(value)
            timings[name].append((time.perf_counter() - started) / len(values) * 1e6)

    floor = statistics.median(timings["orjson.loads"])
    print(f"decode: {len(values)} events ({mean_bytes:.0f} bytes mean), median of {args.rounds} rounds")
    today = statistics.median(timings["ingest.codec.decode"])
    print(f"{'variant':<26} {'us/event':>9} {'x orjson':>9} {'x codec':>8}")
    for name, runs in timings.items():
        us = statistics.median(runs)
        print(f"{name:<26} {us:>9.2f} {us / floor:>9.2f} {us / today:>8.2f}")


if __name__ == "__main__":
    main()
