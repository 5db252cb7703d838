"""Storing an import in ``human_calls`` and reading it back as comparison rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ingest.baseline.parse import parse
from rollout.baseline import HUMAN_VERSION, file_id, read_human_calls, read_human_rows, store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "baseline" / "human_calls.example.csv"
KEY = b"test-key"
QUEUES = {"Billing": "billing", "Appointments": "appointment", "Pharmacy Refills": "refill"}
WEEK = (1_795_392_000_000, 1_796_000_000_000)  # 2026-11-23T00:00Z .. a week later


def import_example(warehouse: Any, imported_at_ms: int) -> Any:
    text = EXAMPLE.read_text()
    parsed = parse(text, format="csv", key=KEY, queue_map=QUEUES)
    return store(
        warehouse.client, warehouse.database, parsed, source=EXAMPLE.name,
        file=file_id(EXAMPLE.name, text), imported_at_ms=imported_at_ms,
    )  # fmt: skip


def test_import_counts_and_dead_letters_with_line_numbers(warehouse: Any) -> None:
    stored = import_example(warehouse, WEEK[1])
    assert (stored.rows_in, stored.stored, stored.dead_lettered) == (30, 27, 3)
    dead = warehouse.rows(
        "SELECT kafka_offset, reason_code, reason FROM {db}.dlq FINAL ORDER BY kafka_offset"
    )
    assert [(line, code) for line, code, _ in dead] == [
        (9, "baseline_end_before_start"), (18, "baseline_bad_boolean"), (26, "baseline_bad_time"),
    ]  # fmt: skip
    assert dead[0][2] == "line 9: end is before start"


def test_re_importing_the_same_file_stores_each_call_once(warehouse: Any) -> None:
    import_example(warehouse, WEEK[1])
    import_example(warehouse, WEEK[1] + 60_000)
    rows = read_human_rows(warehouse.client, *WEEK, database=warehouse.database)
    assert len(rows) == 27
    assert warehouse.rows("SELECT count() FROM {db}.dlq FINAL WHERE source = 'baseline'") == [(3,)]


def test_no_raw_call_id_nor_phone_number_is_stored(warehouse: Any) -> None:
    import_example(warehouse, WEEK[1])
    text = EXAMPLE.read_text()
    ids = [line.split(",")[0] for line in text.splitlines()[1:]]
    dump = " ".join(
        str(v)
        for table in ("human_calls", "dlq")
        for row in warehouse.rows(f"SELECT * FROM {{db}}.{table}")
        for v in row
    )
    assert not any(call_id in dump for call_id in ids)
    assert "+1555" not in dump and "5550100" not in dump


def test_human_rows_carry_what_humans_have_and_nothing_else(warehouse: Any) -> None:
    import_example(warehouse, WEEK[1])
    rows = read_human_rows(warehouse.client, *WEEK, "billing", database=warehouse.database)
    calls = [c for _, c in read_human_calls(warehouse.client, *WEEK, "billing", database=warehouse.database)]
    assert len(rows) == len(calls) == 9 and {r.agent_version for r in rows} == {HUMAN_VERSION}
    for row, call in zip(rows, calls, strict=True):
        assert row.resolved_contained == (call.resolved and not call.transferred)
        assert row.abandoned_early == call.abandoned and row.handle_time_ms == round(
            call.handle_time_s * 1000
        )
        assert (row.ttfhw_p50_ms, row.sentiment_delta, row.tasks_started, row.turns) == (None, None, 0, 0)
    assert read_human_rows(warehouse.client, WEEK[0], WEEK[0] + 3_600_000, database=warehouse.database) == []
