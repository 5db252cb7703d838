"""``bench/answers_digest.py`` is the identity check of speed changes: it is only worth anything if the
same tree always prints the same digests, and if a changed answer changes them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import stream.rows as rows

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ (see test_call_state_linear)
from bench.answers_digest import digests


def test_same_tree_same_digests(chdb_client: Any) -> None:
    first = digests(chdb_client, 12, seed=3)
    assert first == digests(chdb_client, 12, seed=3)
    counts = dict((table, n) for table, n, _ in first)
    assert counts["events"] > 0 and counts["calls"] == 12 and counts["turns"] > 0


def test_a_changed_answer_changes_a_digest(chdb_client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    before = {table: digest for table, _, digest in digests(chdb_client, 12, seed=3)}
    original = rows.turn_metrics_row

    def off_by_one(result, turn):  # type: ignore[no-untyped-def]
        row = original(result, turn)
        return (*row[:5], None if row[5] is None else row[5] + 1, *row[6:])

    monkeypatch.setattr(rows, "turn_metrics_row", off_by_one)
    after = {table: digest for table, _, digest in digests(chdb_client, 12, seed=3)}
    assert after["turn_metrics"] != before["turn_metrics"]
    assert after["events"] == before["events"]
