"""Decode cost per event: pydantic's ``validate_json`` against the msgspec fast path and bare ``orjson``.

Same events (the simulator's calls, as ``bench/pipeline.py`` replays them), same process, variants
interleaved round by round so that a busy machine slows them alike; the median of the rounds is
printed with its ratio to ``orjson.loads`` (parsing only, no validation: the floor) and to pydantic
(what ``ingest.codec.decode`` does today). Variants:

- ``orjson.loads``: parse only;
- ``pydantic validate_json``: parse, validate and build the ``TurnEvent`` model tree (the codec today);
- ``msgspec validate``: parse and validate into the fast path's Structs, no model built
  (``ingest.contract.fast.validate_only``): what decoding costs where a consumer takes the Structs;
- ``msgspec -> models``: the fast path's ``decode_fast``: the same checks, then the pydantic models
  built without validation (what the pipeline's consumers read today).

A second table times the ``data`` JSON of the ``events`` row (``stream/rows.py`` re-serializes the
model with ``model_dump_json(exclude_none=True)``) against encoding the Struct with msgspec and the
parsed dict with orjson.

Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from typing import Any

import msgspec
import orjson

from agent.simulator.library import generate_calls
from ingest.codec import ADAPTER
from ingest.contract.fast import decode_fast, decode_struct, validate_only


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

    for value in values:  # the fast path must agree with pydantic on every benchmark event
        fast, slow = decode_fast(value), ADAPTER.validate_json(value)
        if fast != slow:
            raise SystemExit("the fast path decoded an event differently from pydantic")

    variants: dict[str, Callable[[Any], Any]] = {
        "orjson.loads": orjson.loads,
        "pydantic validate_json": ADAPTER.validate_json,
        "msgspec validate": validate_only,
        "msgspec -> models": decode_fast,
    }
    timings: dict[str, list[float]] = {name: [] for name in variants}
    gc.collect()
    for _ in range(args.rounds):
        for name, decode in variants.items():
            started = time.perf_counter()
            for value in values:
                decode(value)
            timings[name].append((time.perf_counter() - started) / len(values) * 1e6)

    models = [ADAPTER.validate_json(v) for v in values]
    structs = [decode_struct(v) for v in values]
    dicts = [orjson.loads(v) for v in values]
    encoders: dict[str, Callable[[], Any]] = {
        "pydantic model_dump_json": lambda: [e.data.model_dump_json(exclude_none=True) for e in models],
        "msgspec.json.encode": lambda: [msgspec.json.encode(s.data) for s in structs],
        "orjson.dumps(dict)": lambda: [orjson.dumps(d["data"]) for d in dicts],
    }
    encoding: dict[str, list[float]] = {name: [] for name in encoders}
    for _ in range(args.rounds):
        for name, encode in encoders.items():
            started = time.perf_counter()
            encode()
            encoding[name].append((time.perf_counter() - started) / len(values) * 1e6)

    floor = statistics.median(timings["orjson.loads"])
    today = statistics.median(timings["pydantic validate_json"])
    print(f"decode: {len(values)} events ({mean_bytes:.0f} bytes mean), median of {args.rounds} rounds")
    print(f"{'variant':<24} {'us/event':>9} {'x orjson':>9} {'x pydantic':>11}")
    for name, runs in timings.items():
        us = statistics.median(runs)
        print(f"{name:<24} {us:>9.2f} {us / floor:>9.2f} {us / today:>11.2f}")
    dump = statistics.median(encoding["pydantic model_dump_json"])
    print(f"\n{'data JSON for the row':<26} {'us/event':>9} {'x pydantic':>11}")
    for name, runs in encoding.items():
        us = statistics.median(runs)
        print(f"{name:<26} {us:>9.2f} {us / dump:>11.2f}")


if __name__ == "__main__":
    main()
