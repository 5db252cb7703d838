"""Traffic that stops: calls of a workflow no longer arriving, judged against how many should have.

The expected rate is the smallest of three: the last hour before the judged window; that hour's rate
scaled by how last week's traffic changed from the same hour to the window (a business day's volume
steps down at 18:00 on a holiday at half of last week too, and on a workflow launched today, which takes
every workflow's change); and the same span last week (when the warehouse has it). The smallest,
because each can be the one that knows better. That is the quiet-hours guard: a window pages only if
seeing so few calls at the expected rate is a one-in-a-million chance (Poisson), which at night (a call
every few minutes) takes longer than any window judged here, so
a quiet night never pages and a night outage pages when it becomes evidence. Pure: frames in,
findings out.

Calls that partly stop are judged too: under ``MAX_SHARE`` of the expected calls (half the callers
cannot get through: a carrier's outage), per workflow and across every workflow at once (a carrier
drop thins every line alike, and their calls together are the evidence minutes before one line's are).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pandas as pd

from alerts.detector.minutes import Group, Minutes, Table, per_group
from alerts.detector.signals import Finding, Signal, usable

WEEK = 7 * 24 * 60
TRAILING_MINUTES = 60
GUARD_MINUTES = 5  # the trailing rate ends this long before the window (a stop's first quiet minutes)
MAX_SHARE = 0.6  # at most this share of the expected calls arrived (half the callers cut off pages)
MAX_SHARE_ALL = 0.8
"""The same bar for every workflow's calls together: a carrier's outage keeps a third of all callers
out (test4-b: four area codes of twelve, 17:15, missed at 0.6), and every line's arrivals pooled are
three times one line's, so the trailing hour's rate is known well enough that 80% of it for a quarter
hour is already a one-in-a-million chance. One workflow's calls keep the stricter bar: a shift of the
mix between lines (a school holiday keeping half of one line's callers away) is not an outage."""
SPAN_MINUTES = 30  # last week's change is read over at least this much of the window's span
SHIFTS = (0, -60, 60)
"""Last week's change is read at the same clock time and an hour either side: callers keep their local
habits through a daylight-saving change, so the whole daily curve comes an hour earlier (or later) in
UTC, and the step down at the end of the business day came an hour before last week's (test3-dst: the
17:00 and 20:00 steps paged as traffic across every workflow stopping)."""
HOLD_SHARE = 0.75  # an open drop holds while the last minutes had under 3/4 of the expected calls (a
# half drop that held only under half resolved and re-opened on its chance minutes)


def poisson_at_most(k: int, expected: float) -> float:
    """P(X <= k) for X ~ Poisson(expected)."""
    if expected <= 0:
        return 1.0
    term = total = math.exp(-expected)
    for i in range(1, k + 1):
        term *= expected / i
        total += term
    return min(1.0, total)


def expected_rate(
    rows: Minutes, window_start: int, window: int, everyone: Minutes | None = None
) -> float | None:
    """Calls per minute expected over ``[window_start, window_start + window)``; None without history.

    The smallest of: the trailing hour's rate; that rate scaled by how last week's traffic changed
    between the same trailing hour and the window (a day whose volume steps down at 18:00 steps down
    today too, whether today is a holiday at half of last week or a normal day), read at the same clock
    time and an hour either side (``SHIFTS``); last week's own rate around the window. A workflow
    without last week (launched today) takes the change of every workflow's traffic (``everyone``)."""
    trailing = rows.between(window_start - GUARD_MINUTES - TRAILING_MINUTES, window_start - GUARD_MINUTES - 1)
    if len(trailing) < TRAILING_MINUTES // 2:
        return None
    rate = float(trailing["arrivals"].mean())
    week = rows.between(window_start - WEEK - 30, window_start - WEEK + window + 30)
    earlier = rows.where(rows.minute < window_start - WEEK + 60)
    known = len(week) >= 30 and earlier.total("arrivals") > 0  # last week has data: it is known
    changes = [week_change(rows, window_start + shift, window) for shift in SHIFTS] if known else []
    if everyone is not None and all(change is None for change in changes):
        changes = [week_change(everyone, window_start + shift, window) for shift in SHIFTS]
    options = [rate] + [rate * change for change in changes if change is not None]
    if known:
        options.append(float(week["arrivals"].mean()))
    return min(options)


def week_change(rows: Minutes, window_start: int, window: int) -> float | None:
    """Last week's calls per minute over the window's span (at least its first half hour) divided by
    those of its trailing hour; None when last week has no calls in that hour."""
    then = window_start - WEEK
    before = rows.between(then - GUARD_MINUTES - TRAILING_MINUTES, then - GUARD_MINUTES - 1)
    span = rows.between(then, then + max(window, SPAN_MINUTES) - 1)
    if len(before) < TRAILING_MINUTES // 2 or len(span) < SPAN_MINUTES // 2 or before.total("arrivals") <= 0:
        return None
    return float(span["arrivals"].mean()) / float(before["arrivals"].mean())


def judge_arrivals(
    signal: Signal,
    frame: pd.DataFrame | Table,
    now_minute: int,
    open_since: Mapping[Group, int],
    excluded: Mapping[str, Sequence[tuple[int, int]]],
) -> list[Finding]:
    """Workflows whose arrivals over one of the last 1 .. ``window_minutes`` minutes are a less than
    10^-z chance at the expected rate and under ``MAX_SHARE`` of it; an open one while it holds."""
    findings: list[Finding] = []
    everyone = per_group(frame, (), ("arrivals",), now_minute).get(())
    groups = list(per_group(frame, ("workflow",), ("arrivals",), now_minute).items())
    if everyone is not None:  # every workflow at once: labelled with no workflow
        groups.append((("",), everyone))
    waiting = []
    for group_key, rows in groups:
        best = _judge_group(signal, group_key, rows, everyone, now_minute, open_since, excluded, signal.z)
        if best is not None:
            findings.append(best)
        elif group_key[0] and group_key not in open_since:
            waiting.append((group_key, rows))
    stopped = any(f.group for f in findings) or any(key[0] for key in open_since)
    if stopped:  # one line's calls stopped: the others are judged at the bar of a shared cause
        for group_key, rows in waiting:
            best = _judge_group(signal, group_key, rows, everyone, now_minute, open_since, excluded, SHARED_Z)
            if best is not None:
                findings.append(best)
    return findings


SHARED_Z = 4.0
"""While one workflow's calls have stopped, another workflow's are judged at one chance in 10 000, not a
million: a routing change on a shared number plan stops several lines at once, and the first line's
stop makes the others' few quiet minutes far likelier to be the same fault than chance (test5-b 12:35:
appointment paged at 240 s, refill, half as busy, only at 480 s; its evidence floor is 360 s). Only
while a stop is found or open: on a day without one the bar stays at a million."""


def _judge_group(
    signal: Signal, group_key: Group, rows: Minutes, everyone: Minutes | None, now_minute: int,
    open_since: Mapping[Group, int], excluded: Mapping[str, Sequence[tuple[int, int]]], z: float,
) -> Finding | None:  # fmt: skip
    group = {"workflow": str(group_key[0])} if group_key[0] else {}
    others = everyone if group_key[0] else None
    opened = open_since.get(group_key)
    skip = [*excluded.get("", ()), *(excluded.get(str(group_key[0]), ()) if group_key[0] else ())]
    history = usable(rows, opened, skip)
    best: Finding | None = None
    for minutes in range(1, signal.window_minutes + 1):
        start = now_minute - minutes
        rate = expected_rate(history, start, minutes, others)
        if rate is None:
            continue
        seen = int(rows.since(start).total("arrivals"))
        expected = rate * minutes
        score = -math.log10(max(poisson_at_most(seen, expected), 1e-300))
        share = MAX_SHARE if group else MAX_SHARE_ALL
        if score >= z and seen <= share * expected and (best is None or score > best.score):
            best = Finding(signal, group, seen / minutes, rate, score, seen, now_minute, minutes,
                           events=seen, expected=expected)  # fmt: skip
    if best is None and opened is not None:
        best = _held(signal, rows, history, now_minute, group, others)
    return best


def _held(
    signal: Signal, rows: Minutes, history: Minutes, now_minute: int, group: dict[str, str],
    everyone: Minutes | None,
) -> Finding | None:  # fmt: skip
    minutes = 5
    start = now_minute - minutes
    rate = expected_rate(history, start, minutes, everyone)
    seen = int(rows.since(start).total("arrivals"))
    if rate is None or seen >= HOLD_SHARE * rate * minutes:
        return None
    expected = rate * minutes
    return Finding(signal, group, seen / minutes, rate, 0.0, seen, now_minute, minutes, held=True,
                   events=seen, expected=expected)  # fmt: skip
