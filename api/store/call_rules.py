"""The per-call rules that fired on one call (``rule_matches``, migration 0014), in event order, for
the call page; the same ``RuleMatch`` the wallboard's live read gives."""

from __future__ import annotations

from api.store.live import RuleMatch
from stream.warehouse import Warehouse


def rule_matches_of(client: Warehouse, database: str, call_sid: str) -> list[RuleMatch]:
    rows = client.query(
        "SELECT rule, rule_version, turn, toUnixTimestamp64Milli(event_at), "
        f"toUnixTimestamp64Milli(matched_at), detail, marked FROM {database}.rule_matches FINAL "
        "WHERE call_sid = {sid:String} ORDER BY event_at, rule",
        parameters={"sid": call_sid},
    ).result_rows
    return [
        RuleMatch(str(rule), str(version), int(turn), int(event), int(matched), str(detail), bool(marked))
        for rule, version, turn, event, matched, detail, marked in rows
    ]
