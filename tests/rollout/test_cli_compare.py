"""``callpulse compare``: what the arguments ask for, and the table a lead reads."""

from __future__ import annotations

import argparse
import io

import pytest
from rich.console import Console

from callpulse.cli import build_parser
from callpulse.cli.compare import parse_time, print_comparison, spec_from
from callpulse.compose import rollout_guardrails
from callpulse.errors import QueryError
from callpulse.settings import Settings
from rollout.cohorts import CallRow
from rollout.compare import ComparisonSpec, compare_rows

NOW_MS = 1_767_254_400_000  # 2026-01-01T08:00:00Z


def args(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(["compare", *argv])


def test_versions_or_canary_but_not_both_nor_neither() -> None:
    settings = Settings()
    spec = spec_from(args("--a-version", "1.4.0", "--b-version", "1.5.0", "--since", "7d"), settings, NOW_MS)
    assert (spec.a.agent_version, spec.b.agent_version) == ("1.4.0", "1.5.0")
    assert spec.since_ms == NOW_MS - 7 * 86_400_000 and spec.min_effect == pytest.approx(0.03)
    assert spec_from(args("--canary", "--workflow", "refill"), settings, NOW_MS).b.canary is True
    for bad in (
        ("--canary", "--a-version", "1"),
        (),
        ("--a-version", "1"),
        ("--a-version", "1", "--b-version", "1"),
    ):
        with pytest.raises(QueryError):
            spec_from(args(*bad), settings, NOW_MS)


def test_times_are_iso_or_relative() -> None:
    assert parse_time("2026-01-01T00:00:00Z", NOW_MS, "--since") == NOW_MS - 8 * 3_600_000
    assert parse_time("2026-01-01", NOW_MS, "--since") == NOW_MS - 8 * 3_600_000  # naive is UTC
    assert parse_time("30m", NOW_MS, "--until") == NOW_MS - 1_800_000
    with pytest.raises(QueryError, match="neither an ISO 8601 time"):
        parse_time("last week", NOW_MS, "--since")


def test_guardrails_come_from_settings() -> None:
    assert rollout_guardrails(Settings(rollout_max_handle_time_s=120)).max_handle_time_s == 120


def row(resolved: bool, canary: bool) -> CallRow:
    return CallRow(
        0, "billing", "1", canary, False, False, resolved, resolved, 1, resolved,
        900.0, 1_400.0, 4, 3, 0, 0, 0.1, 60_000, 1, 0,
    )  # fmt: skip


def test_the_table_ends_with_the_decision_and_its_reasons() -> None:
    rest = [row(True, False)] * 300
    canary = [row(i % 2 == 0, True) for i in range(100)]  # 50% resolved against 100%
    result = compare_rows(rest, canary, ComparisonSpec.canary(), rollout_guardrails(Settings()))
    out = io.StringIO()
    print_comparison(Console(file=out, width=200), result)
    text = out.getvalue()
    assert "B = canary (100 calls)" in text
    assert "decision: ROLL BACK" in text and "resolved containment is worse: -50.0 points" in text
