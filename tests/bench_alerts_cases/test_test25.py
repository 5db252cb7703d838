"""The ``test25`` split's own effects (``faults17``), each its case alone on the split's seed on a small
day: appointment's calls lost in the flapping trunk's down spells only, billing's goodbye replaced by
"anything else?" until the caller hangs up, and appointment's calls silent from their first turn a
minute in. Its shape and separation are test_later_splits.py's."""

from __future__ import annotations

from typing import Any

from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.faults17 import ANYTHING_ELSE, ClosingLoop, FlappingStop, SessionExpiryDeadAir
from tests.bench_alerts_cases.small_day import split_case_alone

Event = dict[str, Any]
Calls = list[list[Event]]
HUNG_UP = {"status": "completed", "reason": "hangup"}


def _split(kind: str, per_hour: int) -> tuple[Any, Calls, Calls, dict[str, list[Event]]]:
    """test25's ``kind`` case alone: the case, the calls it marked, the others, the normal day by call."""
    case, calls, normal, ledger = split_case_alone("test25", kind, per_hour)
    marked = ledger.calls(case.name)
    hit = [c for c in calls if c[0]["call_sid"] in marked]
    return case, hit, [c for c in calls if c[0]["call_sid"] not in marked], normal


def test_the_line_loses_its_calls_in_the_down_spells_only() -> None:
    case, hit, calls, normal = _split("appointment_sip_trunk_flapping", 400)
    flapping = case.effect
    assert isinstance(flapping, FlappingStop) and not hit  # nothing is changed, calls only go missing
    arrived = {c[0]["call_sid"] for c in calls}
    missing = [c[0] for c in normal.values() if c[0]["call_sid"] not in arrived]
    assert missing and {e["workflow"] for e in missing} == {flapping.workflow}
    assert all(case.active(e["ts"]) and flapping.down(case, e["ts"]) for e in missing)
    assert all(normal[c[0]["call_sid"]] == c for c in calls)
    in_up_spells = [c for c in calls if c[0]["workflow"] == flapping.workflow and case.active(c[0]["ts"])]
    assert in_up_spells and not any(flapping.down(case, c[0]["ts"]) for c in in_up_spells)


def test_the_goodbye_becomes_anything_else_until_the_caller_hangs_up() -> None:
    case, hit, calls, normal = _split("billing_end_call_tool_dropped", 300)
    closing = case.effect
    assert isinstance(closing, ClosingLoop) and len(hit) > 15
    assert all(c == normal[c[0]["call_sid"]] for c in calls)
    question = ANYTHING_ELSE[1:].lower()
    for looped in hit:
        assert looped[0]["workflow"] == closing.workflow and case.active(looped[0]["ts"])
        replies = [e["data"]["text"].lower() for e in _of(looped, "agent.utterance")]
        assert 2 <= sum(question in r for r in replies) <= 5 and question in replies[-1]
        assert looped[-1]["data"] == HUNG_UP and [e["seq"] for e in looped] == list(range(len(looped)))


def test_calls_go_silent_at_their_first_turn_past_the_limit() -> None:
    case, hit, calls, normal = _split("appointment_gateway_token_ttl", 300)
    expiry = case.effect
    assert isinstance(expiry, SessionExpiryDeadAir) and len(hit) > 10
    assert all(c == normal[c[0]["call_sid"]] for c in calls)
    for silent in hit:
        start = silent[0]["ts"]
        assert silent[0]["workflow"] == expiry.workflow and case.active(start)
        late = next(
            e["ts"] for e in _of(silent, "caller.utterance") if e["ts"] - start >= expiry.limit_s * 1000
        )
        assert not [e for e in silent if e["ts"] > late and e["type"] in ("agent.utterance", "tool.called")]
        assert silent[-1]["data"] == HUNG_UP
        assert _of(normal[silent[0]["call_sid"]], "caller.utterance")[-1]["ts"] >= late  # it went on
