"""A call the agent stopped answering shows whether or not the caller's very last words waited out the
dead-air limit: a caller who asks "are you there?" into the silence hangs up a second or two later as
often as not, and such a call is not ``unanswered``. ``calls_frame`` counts it as ``stranded`` (a
caller's turn got no response past the limit and the agent never answered again), and DeadAir pages on
that share; an agent that answers late, or a call that ends normally, is not stranded (test3-c: half of
refill's calls went silent after the first words and a TTFHW regression paged first, at 660 s)."""

from __future__ import annotations

from typing import Any

import pandas as pd
from pattern_pipeline import feed, pattern_pipeline

from alerts.detector import queries
from alerts.detector.signals import SIGNALS, judge

from events import T0, CallBuilder

NOW_MINUTE = (T0 + 120_000) // 60_000
STRANDED = next(s for s in SIGNALS if s.numerator == "stranded")


def left_in_silence(sid: str) -> CallBuilder:
    call = CallBuilder(sid).started()
    call.agent(100, "Hi, how can I help?", tags=("greeting",))
    call.caller(2_000, "I want to check my balance")  # no reply: the agent stopped answering
    call.caller(7_500, "Hello? Are you there?")
    return call.ended(8_800)  # hung up 1.3 s later: the last words did not wait out the limit


def answered_late(sid: str) -> CallBuilder:
    call = CallBuilder(sid).started()
    call.agent(100, "Hi, how can I help?", tags=("greeting",))
    call.caller(2_000, "I want to check my balance")
    call.agent(6_500, "Your balance is forty dollars.")  # dead air, then an answer
    call.caller(9_000, "Thanks, bye")
    call.agent(9_600, "Goodbye!")
    return call.ended(10_500)


def normal(sid: str) -> CallBuilder:
    call = CallBuilder(sid).started()
    call.agent(100, "Hi, how can I help?", tags=("greeting",))
    call.caller(2_000, "I want to check my balance")
    call.agent(2_900, "Your balance is forty dollars.")
    call.caller(5_000, "Thanks, bye")
    call.agent(5_600, "Goodbye!")
    return call.ended(6_500)


def test_a_call_left_in_silence_is_stranded_not_unanswered(warehouse: Any) -> None:
    pipeline = pattern_pipeline(warehouse.client, warehouse.database, T0 + 120_000)
    calls = [left_in_silence("CA" + "1" * 32), answered_late("CA" + "2" * 32), normal("CA" + "3" * 32)]
    feed(pipeline, [line for call in calls for line in call.lines()], ts_ms=T0 + 120_000)
    frame = queries.calls_frame(warehouse.client, warehouse.database, NOW_MINUTE, 60)
    assert int(frame["stranded"].sum()) == 1
    assert int(frame["left"].sum()) == 3
    assert int(frame["unanswered"].sum()) == 0  # what the unanswered share alone saw


def test_stranded_calls_page_dead_air() -> None:
    """Two hours of four calls ending a minute, none stranded; then two minutes with 3 of 8 stranded."""
    minutes = list(range(NOW_MINUTE - 122, NOW_MINUTE))
    frame = pd.DataFrame({"minute": minutes, "workflow": "refill", "agent_version": "1.4.0",
                          "left": [4] * len(minutes),
                          "stranded": [0] * (len(minutes) - 2) + [1, 2]})  # fmt: skip
    [finding] = judge(STRANDED, frame, NOW_MINUTE)
    assert finding.signal.alertname == "CallpulseDetectorDeadAir" and finding.events == 3
    assert "the agent stopped answering" in finding.summary
