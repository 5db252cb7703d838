"""The stored answers of a fixed replay, as sha256 digests: proof that a speed change changed no row.

A change to the hot path (decoding, row building, the call computations, the rules step, the writer)
must store exactly what the code before it stored. This feeds the same simulated calls (``--calls``,
``--seed``) through the embedded chain as ``callpulse run`` and the worker build it (the default
per-call rules on, no redaction) with a clock that never moves, so nothing depends on when or how fast
it runs, then prints per table the row count and the sha256 of its rows in a stable order, leaving out
only the columns that hold the wall clock (``events.ingested_at``, ``calls.updated_at``). Run it on the
tree before the change and after (e.g. the old tree in a ``git worktree``) and compare the lines.

Measured to be deterministic: two runs of the same tree print the same lines.
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import uuid
from pathlib import Path

import orjson

from agent.simulator.library import generate_calls
from callpulse import compose
from callpulse.settings import Settings
from callpulse.warehouse import Migrator, connect
from ingest.clock import ManualClock
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline
from stream.rows import TABLE_COLUMNS
from stream.runner import run
from stream.warehouse import Warehouse

MIGRATIONS = Path(__file__).resolve().parents[1] / "deploy" / "clickhouse" / "migrations"
START_MS = 1_764_000_000_000
WALL_CLOCK_COLUMNS = frozenset({"ingested_at", "updated_at"})
ORDER = {
    "events": "event_id",
    "turns": "call_sid, event_id",
    "turn_metrics": "call_sid, turn_index",
    "interruptions": "call_sid, interrupt_index",
    "calls": "call_sid",
    "rule_matches": "call_sid, rule, turn, matched_at",
    "dlq": "kafka_offset",
}


def digests(client: Warehouse, calls: int, seed: int) -> list[tuple[str, int, str]]:
    """(table, rows, sha256 prefix) of every table the chain writes, for ``calls`` simulated calls,
    written into a fresh database on ``client`` (a chDB process has one engine: tests pass theirs)."""
    values = [orjson.dumps(e) for call in generate_calls(calls, seed=seed, start_ms=START_MS) for e in call]
    database = f"digest_{uuid.uuid4().hex[:8]}"
    Migrator(client, database, f"{database}_restricted", 7, MIGRATIONS).apply()
    clock = ManualClock(START_MS + 7_200_000)  # after every event; never moves
    rules = compose.call_rules(Settings())[0]
    pipeline = Pipeline(client, database, clock, redaction=None, rules=rules)
    now_ms = clock.now_ms()
    run(pipeline, (RawMessage(v, Position("digest", 0, i), now_ms) for i, v in enumerate(values)))
    out = []
    for table, order in ORDER.items():
        columns = ", ".join(c for c in TABLE_COLUMNS[table] if c not in WALL_CLOCK_COLUMNS)
        rows = client.query(f"SELECT {columns} FROM {database}.{table} FINAL ORDER BY {order}").result_rows
        out.append((table, len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()[:12]))
    for name in (database, f"{database}_restricted"):
        client.command(f"DROP DATABASE IF EXISTS {name}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        client = connect(f"chdb://{tmp}/warehouse")
        for table, rows, digest in digests(client, args.calls, args.seed):
            print(f"{table:<14}{rows:>8} rows  sha256 {digest}")
        client.close()


if __name__ == "__main__":
    main()
