"""The eval's evidence floor is looked up by the cause a case names, in the case's scope, so a kind the
eval never heard of (a tool timeout, a stuck text-to-speech, a canary's loop, a carrier drop) has one;
the affected calls come from the ledger when the run that simulated the day kept it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.alerts_eval import DAY0, MINUTE, Judged, evidence_floor  # noqa: E402

ONSET = DAY0 + 16 * 60 * MINUTE
M0 = ONSET // MINUTE


class Warehouse:
    """Per minute (affected, trials): the normal day has ``normal`` every minute; the judged day has
    ``day`` from the onset on. Records the queries' scopes."""

    def __init__(
        self, normal: tuple[int, int], day: tuple[int, int], before: tuple[int, int] | None = None
    ) -> None:
        self.normal, self.day, self.before, self.sql = normal, day, before or normal, []

    def query(self, sql: str) -> Any:
        self.sql.append(sql)
        if "bench_normal" in sql:
            rows = [(m, *(self.before if m < M0 else self.normal)) for m in range(M0 - 60, M0 + 60)]
        else:
            rows = [(m, *self.day) for m in range(M0, M0 + 30)]

        class Rows:
            result_rows = rows

        return Rows()


def case(kind: str, cause: str, scope: dict[str, str], affected: dict[int, int] | None = None) -> Judged:
    return Judged(f"t/{kind}", kind, scope.get("workflow", ""), "", ONSET, ONSET + 30 * MINUTE, cause,
                  scope, ONSET, affected)  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "cause", "scope"),
    [
        ("tool_timeout", "tool_failure:process_payment", {"workflow": "billing"}),
        ("tts_stuck", "dead_air", {"workflow": "refill"}),
        ("canary_loop", "agent_loop", {"agent_version": "1.7.0-rc1"}),
        ("night_outage", "agent_failed", {}),
    ],
)
def test_a_kind_the_eval_never_named_has_a_floor_by_its_cause(kind: str, cause: str, scope: Any) -> None:
    """One call in a hundred normally; three in ten from the onset: a one-in-a-million chance by the
    second minute (six of twenty)."""
    warehouse = Warehouse(normal=(1, 100), day=(3, 10))
    assert evidence_floor(warehouse, "bench_normal_1", "bench_day_1", case(kind, cause, scope)) == 120
    judged_day = next(q for q in warehouse.sql if "bench_day" in q)
    for value in scope.values():
        assert f"'{value}'" in judged_day  # the case's scope
    if ":" in cause:
        assert "'process_payment'" in judged_day  # the tool the cause names


def test_a_carrier_drop_across_every_workflow_has_an_arrivals_floor() -> None:
    """Twelve calls a minute normally, seven since the onset (40% lost)."""
    floor = evidence_floor(Warehouse(normal=(12, 0), day=(7, 0)), "bench_normal_1", "bench_day_1",
                           case("carrier_drop", "traffic_stopped", {}))  # fmt: skip
    assert floor is not None and 5 * 60 <= floor <= 15 * 60


def test_the_ledgers_affected_calls_are_the_evidence_when_kept() -> None:
    """The day's measure reads nothing (a stall the dead-air measure does not count), the ledger says
    three calls a minute were affected."""
    warehouse = Warehouse(normal=(1, 100), day=(0, 10))
    affected = {M0 + m: 3 for m in range(30)}
    assert (
        evidence_floor(warehouse, "bench_normal_1", "bench_day_1", case("tts_stuck", "dead_air", {})) is None
    )
    floor = evidence_floor(warehouse, "bench_normal_1", "bench_day_1",
                           case("tts_stuck", "dead_air", {}, affected))  # fmt: skip
    assert floor == 120


def test_a_traffic_floor_takes_the_normal_rate_of_the_cases_own_span() -> None:
    """An evening stop at 21:10: a call a minute normally then, three a minute the hour before. At
    two a minute (the two hours' mean) no call in 7 min would be the evidence; at one a minute, 14."""
    floor = evidence_floor(Warehouse(normal=(1, 0), day=(0, 0), before=(3, 0)), "bench_normal_1", "bench_day_1",
                           case("traffic_stops", "traffic_stopped", {"workflow": "appointment"}))  # fmt: skip
    assert floor == 14 * 60
