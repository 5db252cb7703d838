"""Round 23 (issue 20; test19 as tuning data): one line losing a large share of its calls while the other
lines hold pages as a partial drop (the lead's decision: test18-a's ``tollfree_carrier_partial``, a 45%
cut of billing, missed), and thin evidence pages sooner where the bar allows it (test19-b's garbled
speech at its third garbled utterance, billing's looping dispute calls, refill's stalled speech).

Each test pairs what now pages with what must still not page, so each fails on round 22's detector
(d4833cd), where the first half did not page."""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, Signal, judge
from tests.alerts.test_round21 import BUSY, ONSET, TRAFFIC, WEEK, arrivals


def partial_pages(calls: pd.DataFrame, until: int = 60) -> list[tuple[int, str, str]]:
    """(minutes after onset, workflow, summary) of every partial-drop finding ("of normal for this
    hour"), ticking each minute from onset."""
    return [(now - ONSET, f.group.get("workflow", "*"), f.summary)
            for now in range(ONSET, ONSET + until)
            for f in judge(TRAFFIC, calls[calls["minute"] < now], now)
            if "of normal for this hour" in f.summary]  # fmt: skip


def test_a_carrier_cutting_45_percent_of_one_line_pages_it_and_a_quarter_quiet_hour_does_not() -> None:
    """test18-a's carrier case: billing at 0.55 of its calls for 40 minutes, the other lines as usual,
    pages billing within the 40 minutes, saying callers are not getting through on that line and the
    other lines are normal (round 22: no page, its bar was 45% of expected). Billing at 0.8, or
    appointment at 0.75, for an hour (a quiet spell of its own) does not page."""
    found = partial_pages(arrivals(BUSY, {"billing": (0, 39, 0.55)}, seed=8))
    assert found, "a 45% cut of one line's calls did not page"
    minute, line, summary = found[0]
    assert line == "billing" and minute <= 40
    assert "not getting through on this line" in summary and "the other lines are normal" in summary
    assert partial_pages(arrivals(BUSY, {"billing": (0, 59, 0.8)}, seed=8)) == []
    assert partial_pages(arrivals(BUSY, {"appointment": (0, 59, 0.75)}, seed=8)) == []


def test_one_line_at_60_percent_pages_but_a_holiday_mix_of_every_line_does_not() -> None:
    """Appointment at 0.6 for an hour beside lines that hold pages (the lead's decision); a holiday-like
    mix from the same minute, every line down by a different amount (appointment 0.5, billing 0.8,
    refill 0.7; billing 0.5, appointment 0.8, refill 0.7), does not: the other lines do not hold."""
    assert [p[1] for p in partial_pages(arrivals(BUSY, {"appointment": (0, 59, 0.6)}, seed=7))][:1] == [
        "appointment"
    ]
    for seed in (7, 9):
        mix = {"appointment": (0, 59, 0.5), "billing": (0, 59, 0.8), "refill": (0, 59, 0.7)}
        assert partial_pages(arrivals(BUSY, mix, seed=seed)) == []
        mix = {"billing": (0, 59, 0.5), "appointment": (0, 59, 0.8), "refill": (0, 59, 0.7)}
        assert partial_pages(arrivals(BUSY, mix, seed=seed)) == []


def test_a_45_percent_cut_pages_but_a_lunch_break_does_not() -> None:
    """Billing at 0.55 beside lines that hold pages; test16-benign's lunch break, billing at 0.55 while
    appointment and refill are at 0.7 for an hour, does not (billing at 0.79 of what the others'
    level makes fair)."""
    assert partial_pages(arrivals(BUSY, {"billing": (0, 59, 0.55)}, seed=9))
    lunch = {"billing": (0, 59, 0.55), "appointment": (0, 59, 0.7), "refill": (0, 59, 0.7)}
    for seed in (7, 8, 9):
        assert partial_pages(arrivals(BUSY, lunch, seed=seed)) == []


def test_a_line_with_history_pages_its_drop_but_a_line_launched_today_does_not() -> None:
    """The same 0.55 drop on a line that had calls last week pages; on a line launched today (no last
    week: its expectation would borrow every line's shape) the partial drop does not judge it
    (round 22: a launched line paged at 19:55 with a looser bar)."""
    rates = {**BUSY, "dental": 3.0}
    drop = {"dental": (0, 59, 0.55)}
    assert [p[1] for p in partial_pages(arrivals(rates, drop, seed=8), until=45)][:1] == ["dental"]
    assert partial_pages(arrivals(rates, drop, seed=8, launched=frozenset({"dental"}))) == []


def test_a_small_lines_night_does_not_page_while_a_busy_line_cut_does() -> None:
    """At night (a call every few minutes per line) a line's quiet 40 minutes are too few calls to be
    a partial drop; the same hour at busy rates with appointment at 0.6 pages."""
    night = {"appointment": 0.3, "billing": 0.4, "refill": 0.1}
    assert partial_pages(arrivals(night, {"refill": (0, 40, 0.3)}, seed=7)) == []
    assert partial_pages(arrivals(night, {"billing": (0, 59, 0.5)}, seed=7)) == []
    assert partial_pages(arrivals(BUSY, {"appointment": (0, 59, 0.6)}, seed=7))


# Thin evidence (test19, tuning data now).
GARBLED = next(
    s for s in SIGNALS if s.alertname == "CallpulseDetectorASR" and s.keys == ("workflow", "problem")
)


def asr(bad: dict[int, int], per_minute: int = 11, hours: int = 7) -> pd.DataFrame:
    """appointment's caller utterances, ``per_minute`` a minute for ``hours`` before the onset to 10
    minutes after, none garbled except ``bad``: minute after onset -> garbled utterances."""
    rows = [(m, "appointment", "1.19.0", "garbled", per_minute, bad.get(m - ONSET, 0))
            for m in range(ONSET - hours * 60, ONSET + 10)]  # fmt: skip
    return pd.DataFrame(rows, columns=["minute", "workflow", "agent_version", "problem", "utterances", "bad"])


def first_finding(signal: Signal, frame: pd.DataFrame, minutes: range) -> int | None:
    """The first minute after onset at which ``signal`` finds anything (stateless), or None."""
    for offset in minutes:
        now = ONSET + offset
        if judge(signal, frame[frame["minute"] < now], now):
            return offset
    return None


def test_three_garbled_utterances_in_two_minutes_page_but_two_or_a_recognizers_usual_share_do_not() -> None:
    """test19-b's stt_model_migration_garbled: appointment's recognizer, which never garbles, returns 3
    garbled transcripts of 22 utterances in two minutes: paged at once (round 22 waited for a fifth:
    08:44, 360 s; 3 of 23 at 08:43 scored 6.3). Two garbled utterances of the same do not page, nor do
    3 of 22 on a recognizer that garbles about 2% of utterances normally."""
    assert first_finding(GARBLED, asr({3: 1, 4: 2}), range(0, 8)) == 5
    assert first_finding(GARBLED, asr({3: 1, 4: 1}), range(0, 8)) is None
    usual = asr({})
    usual.loc[usual["minute"] % 4 == 0, "bad"] = 1
    usual = pd.concat([usual[usual["minute"] < ONSET], asr({3: 1, 4: 2}, hours=0)])
    assert first_finding(GARBLED, usual, range(0, 8)) is None


LOOPS = next(
    s for s in SIGNALS if s.alertname == "CallpulseDetectorAgentLoop" and s.keys == ("workflow", "intent")
)


def intent_calls(looping: dict[int, int], every: int = 5, loops_before: int = 0) -> pd.DataFrame:
    """billing's dispute_charge calls: one active call every ``every`` minutes last week and over the six
    hours before the onset (``loops_before`` of today's looping, spread out), then from the onset one a
    minute for 15 minutes, ``looping``: minute after onset -> looping calls among them."""
    rows = []
    for day in (-WEEK, 0):
        for minute in range(ONSET - 375, ONSET, every):
            rows.append((minute + day, "billing", "dispute_charge", "1.19.0", 1, 0))
    for i in range(loops_before):
        rows.append((ONSET - 300 + 60 * i, "billing", "dispute_charge", "1.19.0", 1, 1))
    for offset in range(15):
        rows.append((ONSET + offset, "billing", "dispute_charge", "1.19.0", 1, looping.get(offset, 0)))
    frame = pd.DataFrame(rows, columns=["minute", "workflow", "intent", "agent_version", "active", "looping"])
    return frame.sort_values("minute", ignore_index=True)


def test_a_thin_intent_that_never_loops_pages_at_three_looping_calls_of_four_against_both_days() -> None:
    """test19-b's dispute_flag_loop: billing's dispute calls (about 65 active in six hours, none looping)
    loop on 3 of 4 in a few minutes: paged, judged against last week's dispute calls and today's
    together (round 22: today's six hours alone, 3 of 4 scored 5.8: missed). The same 3 of 4 on an
    intent that looped on 5 of its calls today does not page."""
    assert first_finding(LOOPS, intent_calls({0: 1, 1: 1, 3: 1}), range(1, 10)) == 4
    assert first_finding(LOOPS, intent_calls({0: 1, 1: 1, 3: 1}, loops_before=5), range(1, 10)) is None


STALLS = next(s for s in SIGNALS if s.alertname == "CallpulseDetectorDeadAir" and s.frame == "tts")


def replies(unplayed: dict[int, int], per_minute: int = 2) -> pd.DataFrame:
    """refill's calls with an agent reply, ``per_minute`` a minute (last week from six hours before the
    onset's time to an hour after it, today for the six hours before the onset; a stall never seen),
    then ``unplayed``: minute after onset -> stalled calls among that minute's."""
    week = [(m - WEEK, "refill", "1.19.0", per_minute, 0) for m in range(ONSET - 375, ONSET + 60)]
    today = [(m, "refill", "1.19.0", per_minute, 0) for m in range(ONSET - 375, ONSET)]
    after = [(ONSET + o, "refill", "1.19.0", per_minute, unplayed.get(o, 0)) for o in range(15)]
    return pd.DataFrame(
        week + today + after, columns=["minute", "workflow", "agent_version", "replies", "unplayed"]
    )


def test_stalled_speech_on_the_smallest_line_is_judged_against_last_week_and_today_together() -> None:
    """test19-a's early_tts_stall_refill: refill's replies (two calls a minute with a reply, none ever
    stalled) stall on 3 calls in 12 minutes: paged at the third (round 22: one day's span alone, at
    half a stall of doubt; in test19-a's replay 0 of 131 at 07:14, where 3 stalled of 26 scored 3.9,
    and the page came at 07:28, 2,460 s). Two stalls do not page."""
    assert first_finding(STALLS, replies({0: 1, 5: 1, 11: 1}), range(1, 15)) == 12
    assert first_finding(STALLS, replies({0: 1, 5: 1}), range(1, 15)) is None
