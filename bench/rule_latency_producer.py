"""One producer of ``bench/rule_latency_kafka.py``: its share of the planned calls, each event stamped and
handed to the real ``KafkaEmitter`` at its planned time, in a process of its own.

Why apart: one Python process building each ``TurnEvent`` (pydantic) and running kafka-python's
producer thread sends ~900 events/s on an idle 2-core machine and less on a loaded one, so at 1,000
events/s the bench measured its own producer (and shared the interpreter lock with its reader). In
production the events of ~1,700 live calls come from many agent processes; here from ``--producers``
of them, each owning whole calls (the Kafka key is the call SID, so a call's order is kept).

Reads its events from ``--events`` (orjson lines ``[offset_ms, event]``), prints ``ready``, waits for
``go <started wall s>`` on stdin, sends, flushes, closes, then prints one JSON line: the send times
(wall ms), how far behind schedule it fell at worst, the emitter's counts and its own CPU seconds.
Run by ``rule_latency_kafka.py``; not meant to be run by hand.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

import orjson
from pydantic import TypeAdapter
from rule_latency import Pacer

from ingest.contract.models import TurnEvent
from ingest.emit.kafka import KafkaEmitter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--topic", required=True)
    parser.add_argument("--events", required=True)
    parser.add_argument("--client-id", default="rule-latency-producer")
    args = parser.parse_args()

    with open(args.events, "rb") as fh:
        events = [orjson.loads(line) for line in fh]
    adapter: TypeAdapter[TurnEvent] = TypeAdapter(TurnEvent)
    emitter = KafkaEmitter(
        bootstrap_servers=args.bootstrap, topic=args.topic, buffer_size=len(events) + 10_000,
        client_id=args.client_id,
    )  # fmt: skip
    print("ready", flush=True)
    word, started = sys.stdin.readline().split()
    assert word == "go"
    cpu_start = _cpu_s()
    pace = Pacer(float(started))
    sent: list[int] = []
    for offset_ms, event in events:
        pace.wait_until(offset_ms)
        now_ms = int(time.time() * 1000)
        emitter.emit(adapter.validate_python({**event, "ts": now_ms}))
        sent.append(now_ms)
    cpu_sending = _cpu_s() - cpu_start
    emitter.flush(60)
    emitter.close(30)
    stats = emitter.stats
    report = {
        "sent_ms": sent,
        "behind_max_s": pace.behind_max_s,
        "delivered": stats.delivered,
        "dropped": stats.dropped,
        "failed": stats.failed,
        "cpu_s": cpu_sending,
    }
    sys.stdout.buffer.write(orjson.dumps(report) + b"\n")
    sys.stdout.flush()


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
