"""The parts of issue 16 the report shows but does not compute: the human baseline (``rollout.baseline``) and
the reviewers' agreement (``rollout.reviews``), bound to a database as the readers ``ReportOptions`` takes
(tests pass readers of their own)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rollout.baseline import read_human_rows
from rollout.cohorts import CallRow
from rollout.reviews import agreement_by_workflow
from stream.warehouse import Warehouse

HumanRows = Callable[[Warehouse, int, int], list[CallRow]]
Agreements = Callable[[Warehouse, int, int], list[Any]]


def human_rows(database: str) -> HumanRows:
    """The imported human calls started in the range (``rollout.baseline.read_human_rows``)."""

    def rows(warehouse: Warehouse, start_ms: int, end_ms: int) -> list[CallRow]:
        return read_human_rows(warehouse, start_ms, end_ms, database=database)

    return rows


def agreements(database: str, alpha: float) -> Agreements:
    """Per workflow, how often the automatic task success agrees with reviewers
    (``rollout.reviews.agreement_by_workflow``); empty when no call of the range is labelled."""

    def by_workflow(warehouse: Warehouse, start_ms: int, end_ms: int) -> list[Any]:
        return list(agreement_by_workflow(warehouse, start_ms, end_ms, database=database, alpha=alpha))

    return by_workflow
