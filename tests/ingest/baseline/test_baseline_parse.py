"""Parsing a contact center's export: every bad row dead-lettered with its line and reason, no personal
column read, the raw call id only hashed."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.baseline.errors import BaselineError
from ingest.baseline.keys import call_key_of_id
from ingest.baseline.parse import parse

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "baseline" / "human_calls.example.csv"
KEY = b"test-key"
QUEUES = {"Billing": "billing", "Appointments": "appointment", "Pharmacy Refills": "refill"}


def test_the_example_export_has_27_calls_and_3_bad_rows_with_their_lines_and_reasons() -> None:
    text = EXAMPLE.read_text()
    parsed = parse(text, format="csv", key=KEY, queue_map=QUEUES)
    assert (parsed.rows_in, len(parsed.calls), len(parsed.dead)) == (30, 27, 3)
    assert [(d.line, d.code) for d in parsed.dead] == [
        (9, "baseline_end_before_start"), (18, "baseline_bad_boolean"), (26, "baseline_bad_time"),
    ]  # fmt: skip
    assert parsed.dead[1].reason.startswith("resolved is not a boolean")
    assert {c.workflow for c in parsed.calls} == {"billing", "appointment", "refill"}
    assert dict(parsed.ignored_columns)["caller_phone"].startswith("may hold personal data")


def test_no_value_of_the_row_is_kept_but_its_hashed_id() -> None:
    text = EXAMPLE.read_text()
    parsed = parse(text, format="csv", key=KEY, queue_map=QUEUES)
    first_id = text.splitlines()[1].split(",")[0]
    call = parsed.calls[0]
    assert call.keyed_by == "call_id" and call.call_key == call_key_of_id(KEY, first_id)
    assert first_id not in repr(parsed) and "+1555" not in repr(parsed)
    assert call_key_of_id(b"another key", first_id) != call.call_key


def test_reasons_name_the_column_never_the_value() -> None:
    head = "start,end,workflow,handle_time_s,resolved,transferred,abandoned,csat"
    rows = [
        "2026-11-23T10:00:00Z,2026-11-23T10:05:00Z,billing,120,yes,no,no,4",  # good
        ",2026-11-23T10:05:00Z,billing,120,yes,no,no,4",  # missing start
        "2026-11-23T10:00:00,2026-11-23T10:05:00,billing,-3,yes,no,no,4",  # negative handle time
        "2026-11-23T10:00:00Z,2026-11-23T10:05:00Z,billing,120,yes,no,no,9",  # csat out of range
        "2026-11-23T10:00:00Z,2026-11-23T10:05:00Z,Billing +15550100,120,yes,no,no,",  # bad workflow
        "2026-11-23T10:00:00Z,2026-11-23T10:05:00Z,billing,120,yes,no",  # too few cells
    ]
    parsed = parse("\n".join([head, *rows]), format="csv", key=KEY)
    assert len(parsed.calls) == 1 and parsed.calls[0].csat == 4.0 and parsed.calls[0].keyed_by == "row"
    assert [(d.line, d.code) for d in parsed.dead] == [
        (3, "baseline_missing_field"), (4, "baseline_bad_number"), (5, "baseline_bad_csat"),
        (6, "baseline_bad_workflow"), (7, "baseline_malformed_row"),
    ]  # fmt: skip
    assert not any("1555" in d.reason for d in parsed.dead)


def test_jsonl_rows_with_typed_values_and_a_queue_map() -> None:
    lines = [
        '{"start": "2026-11-23T10:00:00+01:00", "end": "2026-11-23T10:04:00+01:00", "queue": "Billing",'
        ' "handle_time_s": 200, "resolved": true, "transferred": false, "abandoned": 0, "customer_name": "x"}',
        "",
        '{"start": "2026-11-23T10:00:00Z", "end": "2026-11-23T10:04:00Z", "queue": "Sales",'
        ' "handle_time_s": 200, "resolved": true, "transferred": false, "abandoned": false}',
        "[1, 2]",
    ]
    parsed = parse("\n".join(lines), format="jsonl", key=KEY, queue_map={"Billing": "billing"})
    assert len(parsed.calls) == 1 and parsed.calls[0].started_at_ms == 1_795_424_400_000
    assert [(d.line, d.code) for d in parsed.dead] == [
        (3, "baseline_unmapped_queue"),
        (4, "baseline_malformed_row"),
    ]
    assert dict(parsed.ignored_columns)["customer_name"].startswith("may hold personal data")


def test_a_header_without_a_required_column_refuses_the_file() -> None:
    with pytest.raises(BaselineError, match="handle_time_s"):
        parse("start,end,queue,resolved,transferred,abandoned\n", format="csv", key=KEY)
