"""Decode cost per event: the stream's decoder (``ingest.codec.decode_lean``) against bare ``orjson.loads``.

Same events (the simulator's calls, as ``bench/pipeline.py`` replays them), same process, variants
interleaved round by round so that a busy machine slows them alike; the median of the rounds is
printed with its ratio to ``orjson.loads`` (parsing only, no validation: the floor). Variants:

- ``orjson.loads``: parse only;
- ``ingest.codec.decode_lean``: parse, validate and build the lean event (one compiled msgspec decode
  into the structs of ``ingest.contract.lean``): what the pipeline's validate step runs since issue 19;
- ``ingest.codec.decode``: parse, validate and build the pydantic ``TurnEvent`` model tree (pydantic's
  ``validate_json``): the edges (HTTP, CLI), and the validate step before issue 19;
- ``data_json`` (lean) and ``model_dump_json`` (pydantic): the stored ``data`` text of each, the other
  per-event cost the decode choice sets (``stream.rows.event_row``).

Before timing, every event is checked to decode to the same event both ways (same JSON, same ``data``).
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
from ingest.codec import data_json, decode, decode_lean, event_json


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

    leans = [decode_lean(v) for v in values]
    models = [decode(v) for v in values]
    for lean, model in zip(leans, models, strict=True):  # the two decoders build the same events
        if event_json(lean) != model.model_dump_json() or data_json(lean) != data_json(model):
            raise SystemExit(f"decode_lean and decode built event {model.event_id} differently")
    variants: dict[str, Callable[[], Any]] = {
        "orjson.loads": lambda: [orjson.loads(v) for v in values],
        "ingest.codec.decode_lean": lambda: [decode_lean(v) for v in values],
        "ingest.codec.decode": lambda: [decode(v) for v in values],
        "data_json (lean)": lambda: [data_json(e) for e in leans],
        "model_dump_json (pydantic)": lambda: [e.data.model_dump_json(exclude_none=True) for e in models],
    }
    timings: dict[str, list[float]] = {name: [] for name in variants}
    gc.collect()
    for _ in range(args.rounds):
        for name, variant in variants.items():
            started = time.perf_counter()
            variant()
            timings[name].append((time.perf_counter() - started) / len(values) * 1e6)

    floor = statistics.median(timings["orjson.loads"])
    print(f"decode: {len(values)} events ({mean_bytes:.0f} bytes mean), median of {args.rounds} rounds")
    print(f"{'variant':<28} {'us/event':>9} {'x orjson':>9}")
    for name, runs in timings.items():
        us = statistics.median(runs)
        print(f"{name:<28} {us:>9.2f} {us / floor:>9.2f}")


if __name__ == "__main__":
    main()
