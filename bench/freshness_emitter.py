"""The freshness bench's caller side in a process of its own, as an agent is in production.

``bench/kafka_pipeline.py`` measures emit → queryable with the worker on a thread of its own process
(chDB allows one data path per process, and the bench reads the worker's warehouse). With the
``KafkaEmitter`` in that process too, its two threads (3-5 CPU-s of every 20 s run, ~25 % of the
process) competed with the worker for the GIL and were charged to it. Here they are not: this process
builds the events, waits for ``go`` on stdin, sends them through the real ``KafkaEmitter`` at the
given rate and writes one line per sampled event to stdout — ``<event_id> <monotonic> <wall>``, read
right after ``emit()`` returned (``time.monotonic`` is the machine's clock, the same in both
processes) — then ``done <unconfirmed>`` after its close.

Run by ``kafka_freshness.measure_freshness_apart``; not meant to be run by hand.
"""

from __future__ import annotations

import argparse
import sys
import time

import orjson
from pydantic import TypeAdapter

from ingest.contract.models import TurnEvent
from ingest.emit.kafka import KafkaEmitter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--topic", required=True)
    parser.add_argument("--events", required=True, help="a file of turn events, one JSON object a line")
    parser.add_argument("--rate", type=float, required=True, help="events per second")
    parser.add_argument("--sample-every", type=int, default=10)
    args = parser.parse_args()

    adapter: TypeAdapter[TurnEvent] = TypeAdapter(TurnEvent)
    with open(args.events, "rb") as lines:
        events = [adapter.validate_python(orjson.loads(line)) for line in lines if line.strip()]
    emitter = KafkaEmitter(bootstrap_servers=args.bootstrap, topic=args.topic, buffer_size=len(events) + 1)
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    if sys.stdin.readline().strip() != "go":
        emitter.close(5)
        raise SystemExit("freshness emitter: expected 'go' on stdin")
    started = time.monotonic()
    for index, event in enumerate(events):
        ahead_s = started + index / args.rate - time.monotonic()
        if ahead_s > 0:
            time.sleep(ahead_s)
        emitter.emit(event)
        if index % args.sample_every == 0:
            out.write(f"{event.event_id} {time.monotonic()!r} {time.time()!r}\n")
            out.flush()
    unconfirmed = emitter.close(30)
    out.write(f"done {unconfirmed}\n")
    out.flush()


if __name__ == "__main__":
    main()
