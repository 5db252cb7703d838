"""A line capped at one call at a time: its calls no longer overlap, and most callers get a busy line
(issue 20, round 29).

A carrier trunk or a number whose concurrent-call limit fell to one channel (test23-a's
``refill_trunk_channel_cap``: refill kept 36% of its calls) lets a call in only when the last one has
ended. Counted, it is a partial drop: the other judgements of ``arrivals`` read it against an
expectation taken off the trailing hour and last week's few score calls, so 36% of a line's calls
became one-in-a-million evidence only on the partial drop's 30-minute window (paged at 1,860 s, its
evidence floor 540 s). Its own signature is plainer: at a busy hour nearly every call starts while
another call of its line is still live (refill, measured: 129 of 140 calls at 09:24-10:23 of test23-a's
day, 92%; 94% over last week's 09:00-18:00), and under the cap none does (10:30-11:00: 0 of 20). Each call
that arrives to an idle line is a chance of the line's idle share (``idle_share``, read off the
trailing hour and the same time last week, the larger, at its upper bound); ``k`` such calls in a row
are one in ``idle_share ** -k``. At night a line is idle most of the time, the share is near one and
no run of calls gets near the bar: the quiet-hours guard is the statistic itself.

It pages only with the shortfall the cap causes (at most ``CAP_SHARE`` of the expected calls arrived)
and the other lines holding (``arrivals.others_hold_now``): calls that got short (a fault ending them
after the greeting) or a lull of every line also leave calls idle, and neither is a channel limit.
Pure: counts in, a finding out.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from alerts.detector.minutes import Minutes
from alerts.detector.signals import Finding, Signal

CAP_WINDOWS = tuple(range(3, 31))
"""Windows judged, shortest first; the run of idle arrivals ends at the first window holding a call
that overlapped, so the longest window without one is the evidence."""
CAP_Z = 6.0
"""One chance in a million (the stop judgement's bar, ``TrafficStopped``'s ``z``)."""
CAP_MIN_CALLS = 4
"""At least this many calls in the run: three idle arrivals are a lull's coincidence at any rate."""
CAP_SHARE = 0.6
"""At most this share of the window's expected calls arrived (``arrivals.MAX_SHARE``): a channel cap
turns most callers away; a line whose calls arrive as usual but end early is not capped."""
BASIS_MINUTES = 60
"""The trailing hour, and last week's hour around the window, the idle share is read from."""
GUARD_MINUTES = 5
"""The trailing hour ends this long before the window (``arrivals.GUARD_MINUTES``)."""
WEEK = 7 * 24 * 60
SHARE_SIGMAS = 2.0
"""The idle share is taken this many binomial sigmas high: it is read off a hundred or two calls, and
an idle share read low would make a short run of idle calls look like evidence."""


def idle_share(rows: Minutes, first: int, last: int) -> tuple[float, float] | None:
    """(the share of calls over minutes ``[first, last]`` that arrived to an idle line, read
    ``SHARE_SIGMAS`` high with one idle call added: never 0; the calls) or None without calls."""
    span = rows.between(first, last)
    calls = span.total("arrivals")
    if calls <= 0:
        return None
    idle = calls - span.total("overlapped") + 1.0
    share = idle / (calls + 2.0)
    return min(1.0, share + SHARE_SIGMAS * math.sqrt(share * (1.0 - share) / (calls + 2.0))), calls


def channel_cap(
    signal: Signal, line: str, rows: Minutes, history: Minutes,
    expected_rate: Callable[[int, int], float | None], now_minute: int,
) -> Finding | None:  # fmt: skip
    """``line``'s run of calls that arrived to an idle line, ending now, when it is a less than
    one-in-a-million chance at the line's idle share and its calls are under ``CAP_SHARE`` of
    ``expected_rate(start, minutes)`` (calls per minute over the run's window); None otherwise.
    ``rows``: the line's minutes (``arrivals``, ``overlapped``); ``history``: those a baseline may use."""
    if "overlapped" not in rows.columns:
        return None
    run: tuple[int, int] | None = None
    for minutes in CAP_WINDOWS:
        window = rows.since(now_minute - minutes)
        if window.total("overlapped") > 0:
            break
        run = (minutes, int(window.total("arrivals")))
    if run is None or run[1] < CAP_MIN_CALLS:
        return None
    minutes, calls = run
    start = now_minute - minutes
    trailing = idle_share(history, start - GUARD_MINUTES - BASIS_MINUTES, start - GUARD_MINUTES - 1)
    then = start - WEEK
    week = idle_share(history, then - BASIS_MINUTES // 2, then + minutes + BASIS_MINUTES // 2 - 1)
    shares = [s for s in (trailing, week) if s is not None]
    if not shares:
        return None
    share = max(s for s, _ in shares)
    score = -calls * math.log10(share) if share < 1.0 else 0.0
    rate = expected_rate(start, minutes) if score >= CAP_Z else None
    if rate is None or calls > CAP_SHARE * rate * minutes:
        return None
    expected = rate * minutes
    usual = 1.0 - share
    text = (f"calls are getting through one at a time: none of the {{events}} calls of the last {{minutes}} "
            f"min arrived while another {line} call was live (normally {usual:.0%} do), {{expected:.0f}} "
            f"calls expected: the line is capped at one channel and callers get a busy line (check its "
            f"trunk's or number's concurrent-call limit)")  # fmt: skip
    return Finding(replace(signal, describe=text), {"workflow": line}, calls / minutes, rate,
                   min(300.0, score), calls, now_minute, minutes, events=calls,
                   expected=expected)  # fmt: skip
