"""What the detector watches: one ``Signal`` per KPI, and the pure judgement of a window against its
baseline. Frames come from ``queries`` (one row per minute and group, counts not rates, so windows
pool exactly); nothing here does I/O.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from alerts.detector.stats import (
    Baseline,
    cusum_high,
    deviation_score,
    robust_baseline,
    seasonal_points,
    surprise,
)

MINUTES_PER_WEEK = 7 * 24 * 60


@dataclass(frozen=True, slots=True)
class Signal:
    """A ratio ``numerator / denominator`` per group, judged over the last ``window_minutes`` (a
    binomial judgement: over each of the last 1 .. ``window_minutes``)."""

    alertname: str
    frame: str  # "kpi" or "tools"
    keys: tuple[str, ...]
    numerator: str
    denominator: str
    direction: int  # +1: a rise is bad (failures); -1: a drop is bad (containment)
    window_minutes: int
    min_volume: int  # denominator over the window: three calls at night do not page
    min_effect: float  # the ratio must move at least this far from its baseline
    min_events: int = 0  # numerator over the window (e.g. at least 3 failures)
    is_rate: bool = True  # a share in [0, 1] (binomial noise applies); False for means
    floor: float = 0.02
    z: float = 4.0
    severity: str = "page"
    describe: str = ""
    baseline_keys: tuple[str, ...] = ()  # history to judge by when a group has none of its own
    # "window": the pooled window against the baseline (steps). "cusum": a CUSUM of per-minute
    # deviations over the window (slow drifts no window would flag); ``z`` is then its threshold in
    # sigma-minutes and ``slack`` the per-minute allowance (both in binomial standard errors).
    # "binomial": how surprising the window's count is if each trial failed at the baseline's
    # rate; ``z`` is then -log10 of the chance (6: one in a million). Exact for the few trials of a
    # tool in two minutes, where a normal approximation pages on chance.
    method: Literal["window", "cusum", "binomial"] = "window"
    slack: float = 0.5


SIGNALS: tuple[Signal, ...] = (
    # One error code of one tool: a code that is normally rare failing several calls at once. A
    # code that always fails some calls (not_found) needs far more to be news.
    Signal("CallpulseDetectorToolFailures", "tools", ("workflow", "tool", "error_code"), "failures", "calls",
           +1, window_minutes=2, min_volume=3, min_effect=0.25, min_events=3, method="binomial", z=6.0,
           describe="tool {tool} fails with {error_code} on {value:.0%} of calls (normally {baseline:.1%})"),
    # A version is judged against its own history; a new one (no history yet) against its workflow's.
    # Turns of one call share its latency, so they are not independent trials: the window method's
    # spread comes from the minute-to-minute scatter, which includes that.
    Signal("CallpulseDetectorTTFHWRegression", "kpi", ("workflow", "agent_version"), "within", "turns", -1,
           window_minutes=3, min_volume=12, min_effect=0.2, z=5.0, baseline_keys=("workflow",),
           describe="{value:.0%} of turns within budget on {agent_version} (normally {baseline:.0%})"),
    Signal("CallpulseDetectorContainmentDrop", "kpi", ("workflow",), "contained", "settled", -1,
           window_minutes=10, min_volume=15, min_effect=0.2,
           describe="containment {value:.0%} (normally {baseline:.0%})"),
    # The same drop seen early: nearly every call of the last minutes left the agent, which the
    # usual share of hand-offs makes a one-in-100 000 chance.
    Signal("CallpulseDetectorContainmentDrop", "kpi", ("workflow",), "uncontained", "settled", +1,
           window_minutes=4, min_volume=8, min_effect=0.4, min_events=8, method="binomial", z=5.0,
           describe="{value:.0%} of calls not contained in the last {minutes} min (normally {baseline:.0%})"),
    Signal("CallpulseDetectorSentimentDip", "kpi", ("workflow",), "sentiment_sum", "sentiment_n", -1,
           window_minutes=10, min_volume=15, min_effect=0.25, is_rate=False, floor=0.05,
           describe="mean caller sentiment change {value:+.2f} per call (normally {baseline:+.2f})"),
    # The same dip seen early: most callers of the last minutes left clearly angrier (sentiment
    # delta <= -0.25), which happens to about one call in twelve on a normal day.
    Signal("CallpulseDetectorSentimentDip", "kpi", ("workflow",), "sentiment_drops", "sentiment_n", +1,
           window_minutes=4, min_volume=6, min_effect=0.4, min_events=6, method="binomial", z=6.0,
           describe="{value:.0%} of callers left clearly angrier in the last {minutes} min "
                    "(normally {baseline:.0%})"),
    # Slow drifts: the same alert names (one incident, one page, whichever judgement sees it first).
    Signal("CallpulseDetectorContainmentDrop", "kpi", ("workflow",), "contained", "settled", -1,
           window_minutes=60, min_volume=60, min_effect=0.1, method="cusum", z=10.0, slack=0.5,
           describe="containment drifting down: {value:.0%} over the last hour (normally {baseline:.0%})"),
    Signal("CallpulseDetectorTTFHWRegression", "kpi", ("workflow", "agent_version"), "within", "turns", -1,
           window_minutes=60, min_volume=200, min_effect=0.08, method="cusum", z=10.0, slack=0.5,
           baseline_keys=("workflow",),
           describe="turns within budget drifting down on {agent_version}: {value:.0%} over the last hour "
                    "(normally {baseline:.0%})"),
)  # fmt: skip
DRIFT_BASELINE_MINUTES = 120
"""A drift signal's baseline ends where its window starts: the detector reads window + this."""
HOLD_MINUTES = 5
"""An open incident stays firing while its last this-many minutes are still half as bad."""

Group = tuple[str, ...]
"""The values of a signal's keys, in the order of ``Signal.keys``."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One group of one signal out of its normal range at ``minute`` (epoch minutes), judged over
    the last ``minutes``. ``held``: not a new finding, an open incident that is not over yet."""

    signal: Signal
    group: dict[str, str]
    value: float
    baseline: float
    score: float
    volume: int
    minute: int
    minutes: int
    held: bool = False

    @property
    def summary(self) -> str:
        text = self.signal.describe.format(
            value=self.value, baseline=self.baseline, minutes=self.minutes, **self.group
        )
        return f"{self.group.get('workflow', '')}: {text}"


def judge(
    signal: Signal,
    frame: pd.DataFrame,
    now_minute: int,
    baseline_minutes: int = 120,
    open_since: Mapping[Group, int] | None = None,
) -> list[Finding]:
    """Groups of ``signal`` whose last window is abnormal. ``frame`` has a ``minute`` column (epoch
    minutes), the signal's keys, numerator and denominator; minutes at or after ``now_minute`` are
    ignored (not complete yet).

    ``open_since``: groups with an open incident of this signal's alert, and the minute it opened.
    Their minutes since then are not "normal" (the baseline leaves them out), and such a group is
    reported as ``held`` while its last ``HOLD_MINUTES`` are still at least half as bad: a tool that
    thin traffic reaches once a minute must not resolve between two calls and page again.
    """
    if frame.empty:
        return []
    open_since = open_since or {}
    start = now_minute - signal.window_minutes
    columns = [signal.numerator, signal.denominator]
    frame = frame[frame["minute"] < now_minute]
    findings: list[Finding] = []
    for key, grouped in frame.groupby(list(signal.keys), observed=True):
        group_key = tuple(str(k) for k in (key if isinstance(key, tuple) else (key,)))
        group = dict(zip(signal.keys, group_key, strict=True))
        # one row per minute: other label values (e.g. agent versions of a workflow) add up
        rows = grouped.groupby("minute", as_index=False)[columns].sum()
        opened = open_since.get(group_key)
        if opened is None and not _enough(signal, rows[rows["minute"] >= start]):
            continue  # not even the longest window holds enough: no baseline needed
        baseline = _baseline(signal, _before(rows, opened), start, baseline_minutes)
        if baseline is None and signal.baseline_keys:  # a new agent version: its workflow's history
            keys = list(signal.baseline_keys)
            wider = (frame[keys] == pd.Series(group)[keys]).all(axis=1)
            history = frame[wider].groupby("minute", as_index=False)[columns].sum()
            baseline = _baseline(signal, _before(history, opened), start, baseline_minutes)
        if baseline is None:
            continue
        finding = _judge_windows(signal, rows, now_minute, baseline, group)
        if finding is None and opened is not None and signal.method != "cusum":  # a drift holds by its hour
            finding = _held(signal, rows, now_minute, baseline, group)
        if finding is not None:
            findings.append(finding)
    return findings


def _enough(signal: Signal, window: pd.DataFrame) -> bool:
    volume = int(window[signal.denominator].sum())
    events = int(window[signal.numerator].sum()) if signal.is_rate else volume
    return volume >= signal.min_volume and events >= signal.min_events


def _before(rows: pd.DataFrame, opened: int | None) -> pd.DataFrame:
    return rows if opened is None else rows[rows["minute"].astype("int64") < opened]


def _judge_windows(
    signal: Signal, rows: pd.DataFrame, now_minute: int, baseline: Baseline, group: dict[str, str]
) -> Finding | None:
    """The most surprising of the signal's windows that passes its volume, effect and score bars.
    A binomial judgement looks at every window of 1 .. ``window_minutes`` (an incident shows in the
    shortest window that holds enough of it); the others at ``window_minutes``."""
    lengths = range(1, signal.window_minutes + 1) if signal.method == "binomial" else (signal.window_minutes,)
    best: Finding | None = None
    for minutes in lengths:
        window = rows[rows["minute"] >= now_minute - minutes]
        if not _enough(signal, window):
            continue
        volume = int(window[signal.denominator].sum())
        events = int(window[signal.numerator].sum()) if signal.is_rate else volume
        value = float(window[signal.numerator].sum()) / volume
        effect = (value - baseline.median) * signal.direction
        if signal.method == "cusum":
            score = _cusum(signal, window, baseline) if _still(signal, window, now_minute, baseline) else 0.0
        elif signal.method == "binomial":  # the baseline's share, with half a failure of doubt
            score = surprise(events, volume, (baseline.events + 0.5) / (baseline.trials + 1))
        else:
            score = signal.direction * deviation_score(
                value,
                baseline,
                volume=volume if signal.is_rate else 0,
                window_minutes=minutes,
                floor=signal.floor,
            )
        if effect >= signal.min_effect and score >= signal.z and (best is None or score > best.score):
            best = Finding(signal, group, value, baseline.median, score, volume, now_minute, minutes)
    return best


def _held(
    signal: Signal, rows: pd.DataFrame, now_minute: int, baseline: Baseline, group: dict[str, str]
) -> Finding | None:
    """An open incident's group, still at least half as bad over the last ``HOLD_MINUTES`` (with at
    least one trial in them: no traffic at all is no evidence either way, and lets it resolve)."""
    recent = _recent(signal, rows, now_minute, baseline)
    if recent is None or recent[0] < signal.min_effect / 2:
        return None
    _, value, volume = recent
    return Finding(signal, group, value, baseline.median, 0.0, volume, now_minute, HOLD_MINUTES, held=True)


def _still(signal: Signal, window: pd.DataFrame, now_minute: int, baseline: Baseline) -> bool:
    """A drift is news while it lasts: its last ``HOLD_MINUTES`` are ``min_effect`` worse than normal
    (the CUSUM of an hour that is over would go on adding up the incident for an hour after it)."""
    recent = _recent(signal, window, now_minute, baseline)
    return recent is not None and recent[0] >= signal.min_effect


def _recent(
    signal: Signal, rows: pd.DataFrame, now_minute: int, baseline: Baseline
) -> tuple[float, float, int] | None:
    """(effect, value, volume) over the last ``HOLD_MINUTES``; None when they hold no trial."""
    recent = rows[rows["minute"] >= now_minute - HOLD_MINUTES]
    volume = int(recent[signal.denominator].sum())
    if volume == 0:
        return None
    value = float(recent[signal.numerator].sum()) / volume
    return (value - baseline.median) * signal.direction, value, volume


def _cusum(signal: Signal, window: pd.DataFrame, baseline: Baseline) -> float:
    """The CUSUM of the window's per-minute shares, in binomial standard errors (a minute of 2 calls
    counts for less than a minute of 20); the bad direction only.

    The target is the worst share the baseline still supports (its share moved two of its own
    standard errors in the bad direction): a CUSUM adds up the same baseline error every minute, so an
    hour judged against a baseline that chance put a little high (two hours of 340 calls contained at
    78% where 70% is normal) would read as a drift.
    """
    shift = 2 * math.sqrt(baseline.median * (1 - baseline.median) / max(baseline.trials, 1))
    p = min(max(baseline.median + signal.direction * shift, 0.01), 0.99)
    steps = []
    for numerator, n in zip(window[signal.numerator], window[signal.denominator], strict=True):
        if n > 0:
            error = math.sqrt(p * (1 - p) / float(n))
            steps.append(signal.direction * (float(numerator) / float(n) - p) / error)
    totals = cusum_high(steps, slack=signal.slack)
    return totals[-1] if totals else 0.0


BASELINE_GUARD_MINUTES = 15
"""The trailing baseline ends this long before the window: an incident too thin to page in its
first minutes (night traffic) must not become its own "normal" and never page at all."""


def _baseline(signal: Signal, rows: pd.DataFrame, window_start: int, trailing: int) -> Baseline | None:
    """Normal before the window: the same time of week in earlier weeks when there are enough of
    those minutes (seasonality), else the trailing ``trailing`` minutes.

    The spread is the MAD of per-minute values. The centre is their median for means; for shares it
    is the pooled share (failures / calls over the baseline), because the median of per-minute shares
    of a rare event is 0 and would make every ordinary failure look like news.
    """
    history = rows[(rows["minute"] < window_start) & (rows[signal.denominator] > 0)]
    minutes = history["minute"].astype("int64")  # ClickHouse's minutes are unsigned: differences wrap
    week_ago = minutes < window_start - MINUTES_PER_WEEK + 60
    earlier = history[week_ago]
    ratios = earlier[signal.numerator] / earlier[signal.denominator]
    points = list(zip(earlier["minute"].astype(int), ratios.astype(float), strict=True))
    if len(seasonal_points(window_start % MINUTES_PER_WEEK, points, halfwidth=30)) >= 60:
        offset = (minutes[week_ago] - window_start) % MINUTES_PER_WEEK
        chosen = earlier[(offset <= 30) | (offset >= MINUTES_PER_WEEK - 30)]
    else:
        recent = minutes.between(window_start - trailing, window_start - BASELINE_GUARD_MINUTES - 1)
        chosen = history[~week_ago & recent]
    if len(chosen) < 10:
        return None
    spread = robust_baseline((chosen[signal.numerator] / chosen[signal.denominator]).astype(float).tolist())
    if spread is None:
        return None
    if not signal.is_rate:
        return spread
    events, trials = float(chosen[signal.numerator].sum()), float(chosen[signal.denominator].sum())
    return Baseline(events / trials, spread.mad, spread.points, events, trials)
