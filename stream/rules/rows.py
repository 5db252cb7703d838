"""A match as a ``rule_matches`` row (columns in ``stream.rows.TABLE_COLUMNS['rule_matches']`` order)."""

from __future__ import annotations

from stream.messages import Row
from stream.rules.model import Match


def rule_match_row(match: Match, matched_ms: int) -> Row:
    return (
        match.call_sid, match.rule, match.rule_version, match.turn, matched_ms, match.event_ms,
        match.workflow, match.agent_version, match.detail, match.mark,
    )  # fmt: skip
