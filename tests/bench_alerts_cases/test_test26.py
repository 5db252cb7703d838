"""The ``test26`` split's own effects (``faults18``), each its case alone on the split's seed on a small
day: refill's calls kept only for its direct-number callers, billing's calls silent from the first caller
turn that carries a long number, and appointment's calls looping on their last question. Its shape and
separation are test_later_splits.py's."""

from __future__ import annotations

import re
from typing import Any

from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.faults18 import AfterHoursStop, DigitsDeadAir, LastStepLoop, digit_turn
from tests.bench_alerts_cases.small_day import split_case_alone

Event = dict[str, Any]


def test_the_closed_line_keeps_only_its_direct_number_callers() -> None:
    case, calls, normal, ledger = split_case_alone("test26", "refill_hours_rule_utc", 400)
    closed = case.effect
    assert isinstance(closed, AfterHoursStop) and not ledger.calls(case.name)  # calls only go missing
    arrived = {c[0]["call_sid"] for c in calls}
    gone = [c[0] for sid, c in normal.items() if sid not in arrived]
    kept = [c for c in calls if c[0]["workflow"] == closed.workflow and case.active(c[0]["ts"])]
    assert gone and all(e["workflow"] == closed.workflow and case.active(e["ts"]) for e in gone)
    assert kept and len(kept) < len(gone) / 3  # about one caller in eight still gets through
    assert all(c == normal[c[0]["call_sid"]] for c in calls)


def test_the_first_long_number_gets_no_answer() -> None:
    case, calls, normal, ledger = split_case_alone("test26", "billing_redaction_regex_hang", 300)
    hang, marked = case.effect, ledger.calls(case.name)
    assert isinstance(hang, DigitsDeadAir) and len(marked) > 10
    assert all(c == normal[c[0]["call_sid"]] for c in calls if c[0]["call_sid"] not in marked)
    for call in (c for c in calls if c[0]["call_sid"] in marked):
        turn = digit_turn(call, hang.min_digits) or 0
        said = _of(call, "caller.utterance")[turn - 1]["ts"]
        assert turn and call[0]["workflow"] == hang.workflow and case.active(said)
        assert not [e for e in call if e["ts"] > said and e["type"] in ("agent.utterance", "tool.called")]
        assert call[-1]["data"] == {"status": "completed", "reason": "hangup"}


def test_the_loop_is_on_the_last_question_and_ends_with_a_person() -> None:
    case, calls, normal, ledger = split_case_alone("test26", "appointment_last_step_loop", 300)
    loop = case.effect
    assert isinstance(loop, LastStepLoop)
    looped = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
    assert len(looped) > 10
    for call in looped:
        assert call[0]["workflow"] == loop.workflow and case.active(call[0]["ts"])
        assert call[-1]["data"] == {"status": "ended", "reason": "handoff"}
        [mark] = [ts for ts, sid in ledger.marks[case.name] if sid == call[0]["call_sid"]]
        said = [(e["ts"], e["data"]["text"].lower()) for e in _of(call, "agent.utterance")]
        # the question (a reply's last sentence) asked most often; a repeat may lead with "Sure, ..."
        last = [re.split(r"(?<=[.!]) ", t)[-1] for _, t in said if t.endswith("?")]
        tail = max(last, key=lambda q: sum(q in t for _, t in said))
        asked = [ts for ts, t in said if tail in t]
        assert "anything else" not in tail
        assert mark in asked
        usual = [e["ts"] for e in _of(normal[call[0]["call_sid"]], "agent.utterance") if tail in e["data"]["text"].lower()]  # fmt: skip
        assert usual and asked[: len(usual)] == usual  # the call as usual up to the question's last asking,
        assert 2 <= len(asked) - len(usual) <= 3  # then 2-3 repeats
        later = [e for e in _of(normal[call[0]["call_sid"]], "caller.utterance") if e["ts"] > usual[-1]]
        assert later  # the caller answered it; the loop starts at that answer
