"""The analyst role's grants: parsed by the engine's own SQL parser (chDB has no users, so the grants
cannot be applied here; a ClickHouse server applies them) and checked for what they give."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

GRANTS = Path(__file__).resolve().parents[2] / "deploy" / "clickhouse" / "grants" / "analyst.sql"


def statements() -> list[str]:
    body = "\n".join(line for line in GRANTS.read_text().splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]


def test_every_statement_parses_and_is_idempotent(chdb_client: Any) -> None:
    for sql in statements():
        [[formatted]] = chdb_client.query("SELECT formatQuery(%(q)s)", parameters={"q": sql}).result_rows
        assert formatted
        assert re.match(r"(CREATE \w+( \w+)? IF NOT EXISTS|REVOKE|GRANT)\b", sql), sql


def test_the_role_reads_the_analytics_database_and_nothing_else() -> None:
    grants = [s for s in statements() if s.startswith("GRANT")]
    assert grants == ["GRANT SELECT ON callpulse.* TO callpulse_analyst"]
    assert "REVOKE ALL ON *.* FROM callpulse_analyst" in statements()
    assert "callpulse_restricted" not in "\n".join(statements())


def test_the_profile_keeps_the_role_read_only() -> None:
    [profile] = [s for s in statements() if s.startswith("CREATE SETTINGS PROFILE")]
    assert "readonly = 2" in profile and profile.rstrip().endswith("TO callpulse_analyst")
    assert "max_execution_time" in profile
