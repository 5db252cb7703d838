"""Ordering, deduplication and segmentation into turns."""

from __future__ import annotations

from stream.metrics.timeline import build_timeline, last_between


def test_turns_start_at_final_caller_utterances_only(call) -> None:
    call.started(0)
    greeting = call.agent("Hi!", 100)
    call.caller("I want", 900, final=False)
    first = call.caller("I want to pay", 1000)
    a1 = call.agent("Sure.", 1200)
    a2 = call.agent("Your balance is $40.", 1800)
    call.caller("and", 2400, final=False)
    second = call.caller("and change my address", 2500)
    timeline = build_timeline(call.events)
    assert timeline.greeting == (greeting,)
    assert [(t.number, t.caller, t.agent) for t in timeline.turns] == [(1, first, (a1, a2)), (2, second, ())]
    assert timeline.turns[1].prev_caller_ts == first.ts
    assert timeline.response_index(timeline.position[a2.event_id]) == 1


def test_events_are_sorted_by_time_then_seq_and_deduplicated(call) -> None:
    late = call.caller("second", 2000)
    early = call.caller("first", 1000)
    same_ts = call.agent("tie", 1000)  # same ts as ``early``, higher seq: after it
    timeline = build_timeline([late, same_ts, early, late.model_copy(), early])
    assert timeline.events == (early, same_ts, late)


def test_last_between_is_exclusive_after_and_inclusive_upto() -> None:
    ts = (100, 200, 300)
    assert last_between(ts, None, 250) == 200
    assert last_between(ts, 200, 250) is None
    assert last_between(ts, 100, 300) == 300
    assert last_between(ts, None, 50) is None
