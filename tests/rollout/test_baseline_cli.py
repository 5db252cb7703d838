"""``callpulse baseline import``: what a person importing an export reads, and what lands in the tables."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from callpulse.cli import build_parser
from callpulse.cli.baseline import import_file, print_import, queue_map
from callpulse.errors import QueryError
from callpulse.settings import Settings

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "baseline" / "human_calls.example.csv"
MAP = ["Billing=billing", "Appointments=appointment", "Pharmacy Refills=refill"]


def test_the_import_prints_each_bad_row_and_the_balance(warehouse: Any) -> None:
    settings = Settings(database=warehouse.database)
    args = build_parser().parse_args(["baseline", "import", str(EXAMPLE), *(f"--map-queue={m}" for m in MAP)])
    parsed, stored = import_file(warehouse.client, settings, args.file, args.format, args.map_queue, 0)
    out = io.StringIO()
    print_import(args.file, parsed, stored, out)
    text = out.getvalue()
    assert "ignored column 'caller_phone': may hold personal data" in text
    assert "human_calls.example.csv:9: dead-lettered (baseline_end_before_start): end is before start" in text
    assert text.rstrip().endswith(
        "rows in 30 = stored 27 + dead-lettered 3 (human_calls.example.csv -> human_calls)"
    )
    import_file(warehouse.client, settings, args.file, None, args.map_queue, 1)
    assert warehouse.rows("SELECT count() FROM {db}.human_calls FINAL") == [(27,)]


def test_an_unmapped_queue_is_dead_lettered_and_a_bad_map_refused(warehouse: Any) -> None:
    settings = Settings(database=warehouse.database)
    parsed, stored = import_file(warehouse.client, settings, EXAMPLE, "csv", ["Billing=billing"], 0)
    assert stored.stored == 9 and {d.code for d in parsed.dead} >= {"baseline_unmapped_queue"}
    assert stored.rows_in == 30
    with pytest.raises(QueryError, match="QUEUE=WORKFLOW"):
        queue_map(["billing"])
    with pytest.raises(QueryError, match="not a workflow name"):
        import_file(warehouse.client, settings, EXAMPLE, "csv", ["Billing=Billing Q"], 0)


def test_compare_baseline_human_is_the_baseline_comparison_of_the_b_version(monkeypatch: Any) -> None:
    import callpulse.cli.baseline as baseline_cli
    from callpulse.cli.compare import run_compare

    args = build_parser().parse_args(
        ["compare", "--baseline", "human", "--b-version", "1.2.0", "--since", "7d"]
    )
    seen: list[Any] = []
    monkeypatch.setattr(baseline_cli, "run_compare", lambda args: seen.append(args) or 0)
    assert run_compare(args) == 0
    [delegated] = seen
    assert (delegated.agent_version, delegated.since, delegated.workflow) == ("1.2.0", "7d", None)
