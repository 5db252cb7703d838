"""``callpulse review``: sample a week from the command line, then read the agreement table."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from callpulse import compose
from callpulse.cli import build_parser
from callpulse.errors import QueryError
from callpulse.settings import Settings
from rollout.reviews import Label, save_label


@pytest.fixture
def cli(warehouse: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Runs ``callpulse review …`` against the test's warehouse."""
    settings = Settings(database=warehouse.database)
    monkeypatch.setattr("callpulse.settings.get_settings", lambda: settings)
    monkeypatch.setattr(compose, "open_warehouse", lambda _settings: warehouse.client)

    def run(*argv: str) -> int:
        args = build_parser().parse_args(["review", *argv])
        return int(args.run(args))

    return run


def test_sample_then_agreement(
    cli: Any, warehouse: Any, calls: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    calls.write(
        [{"workflow": "billing", "task_success": True}] * 4
        + [{"workflow": "billing", "task_success": False}] * 4
    )
    assert cli("sample", "--week", "2025-W48", "--per-stratum", "3", "--seed", "5", "--json") == 0
    body = orjson.loads(capsys.readouterr().out)
    assert body["strata"] == {"failure · billing · 1.0.0": 3, "success · billing · 1.0.0": 3}
    first = body["calls"][0]
    label = Label(first, "2025-W48", "reviewer-1", 1_764_900_000_000, True, False, False)
    save_label(warehouse.client, label, database=warehouse.database)
    assert cli("agreement", "--week", "2025-W48", "--json") == 0
    [billing] = orjson.loads(capsys.readouterr().out)["workflows"]
    assert (billing["workflow"], billing["labelled"]) == ("billing", 1)
    assert cli("sample", "--week", "2025-W48", "--per-stratum", "3", "--seed", "5") == 0  # again: the same
    assert "6 calls to review: /review?week=2025-W48" in capsys.readouterr().out


def test_a_bad_week_or_another_seed_is_one_sentence(cli: Any, calls: Any) -> None:
    calls.write([{"workflow": "billing"}] * 2)
    with pytest.raises(QueryError, match="not an ISO week"):
        cli("agreement", "--week", "48")
    cli("sample", "--week", "2025-W48", "--json")
    with pytest.raises(QueryError, match="already sampled"):
        cli("sample", "--week", "2025-W48", "--seed", "9")
