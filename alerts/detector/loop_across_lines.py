"""One page for an agent that loops on several lines at once, naming what the looping calls share
(issue 20, twenty-fifth run).

A model alias moved to a new snapshot (test21-b's model_alias_snapshot_loop: gpt-4o-mini, about
55% of the calls of every line) re-asks its question on every line. Judged per workflow it paged
three times, billing then refill then appointment, each blaming the line's main prompt as an
"experiment"; the on-call engineer was sent to three prompts and no model. Here the loops of a line's
finding that span lines (``across_lines.spans_lines``: two lines or more, none with most of them,
each with ``LINE_LOOPS`` looping calls) page once, with no workflow label, and the lines' own loop
pages are held back (an open one is superseded). The page names the value the looping calls have in
common when one concentrates them (``common_cause``): the model first, then the build, then the prompt
family (the version shared across lines' prompts, "v3" of billing-v3 and refill-v3); a value is named
only when the other values' calls loop far less (a binomial test, as ``across_lines.failing_build``).
A canary's loop across lines (most looping calls its own) is the build's page
(``Detector._one_scope``) and is left to it; a build's loop finding that is no canary's is one of
these. Judged before ``Detector._one_scope``: once this page is open, that tie rule keeps the page
with no workflow label and drops the lines' findings, so the page must be held from them first. Pure:
frames in, findings out.
"""

from __future__ import annotations

from dataclasses import replace

from alerts.detector.across_lines import CANARY_SHARE, failing_lines, is_across_lines, lines_text, spans_lines
from alerts.detector.incidents import Incident
from alerts.detector.minutes import Table, per_group
from alerts.detector.signals import LOW_TRAFFIC_MINUTES, SIGNALS, Finding
from alerts.detector.stats import binomial_tail

LOOP = "CallpulseDetectorAgentLoop"
LINE_LOOPS = 2
"""Looping calls over the last ``LOW_TRAFFIC_MINUTES`` on each of two lines before the loop spans them
(a line's loop finding, or the stable build's, is the evidence that calls loop at all)."""
MIN_LOOPS = 3
"""Looping calls on one value before the page names it."""
OTHER_CALLS = 3
"""Calls of the other values (models, builds, prompt families) needed to say they loop less."""
OTHER_CHANCE = 0.01
"""The other values' calls looping as rarely as they did, had they looped as often as the named
value's (its share with one more call that did not loop): at most this chance to name it."""
LOOP_ACROSS = replace(
    next(s for s in SIGNALS if s.alertname == LOOP and s.keys == ("workflow",)),
    describe="the agent is looping on {scope}: in {events} of {volume} calls of the last {minutes} min it "
    "asked the same question 3 times or more",
)
"""The page across lines: which lines loop, and the looping calls of every line together."""
COMMON = (
    ("agent_model", "model", "models", "pin the model alias back to the snapshot it pointed at"),
    ("agent_version", "build", "builds", "roll the build back"),
    ("prompt_family", "prompt family", "prompt families", "roll that prompt version back on every line"),
)
"""(column, what it is, its plural, what to do) of the values a loop across lines may share, in the
order they are tried: a model is under every build and prompt, so it is named first."""


def one_loop_across_lines(
    findings: list[Finding],
    open_now: list[Incident],
    calls: Table | None,
    intents: Table | None,
    now_minute: int,
) -> list[Finding]:
    """``findings`` with a loop on several lines paged once (module docstring): one finding with no
    labels when a loop is found (a line's, an intent's, a build's that is no canary's) and the looping
    calls of the last ``LOW_TRAFFIC_MINUTES`` span lines, or a page across lines is open and any loop
    is still found; every other loop finding is then dropped."""
    loops = [f for f in findings if f.signal.alertname == LOOP]
    wide_open = any(is_across_lines(i, LOOP) for i in open_now)
    if calls is None or not loops:
        return findings
    canary = any(_a_canarys(f, calls, now_minute) for f in loops) or any(
        i.labels["alertname"] == LOOP and "agent_version" in i.labels and "workflow" not in i.labels
        for i in open_now
    )
    lines = failing_lines(calls, now_minute, failed="looping")
    spans = spans_lines(lines) and sum(n >= LINE_LOOPS for n in lines.values()) >= 2
    if not wide_open and (canary or not spans):
        return findings
    rest = [f for f in findings if f.signal.alertname != LOOP]
    basis = max(loops, key=lambda f: (f.events, f.group.get("workflow", "")))
    minutes = max(basis.minutes, LOW_TRAFFIC_MINUTES)
    split = per_group(calls, ("workflow",), ["looping", "active"], now_minute)
    events = int(sum(rows.since(now_minute - minutes).total("looping") for rows in split.values()))
    volume = int(sum(rows.since(now_minute - minutes).total("active") for rows in split.values()))
    where = lines_text(lines, calls, now_minute, settled="active") if lines else "every line"
    page = replace(basis, signal=LOOP_ACROSS, group={}, scope=where, events=events, volume=volume,
                   minutes=minutes, note=common_cause(intents, now_minute, minutes))  # fmt: skip
    return [*rest, page]


def _a_canarys(finding: Finding, calls: Table, now_minute: int) -> bool:
    """``finding`` is a build's loop across lines (no workflow) on a build that carried under
    ``CANARY_SHARE`` of the calls over the last ``LOW_TRAFFIC_MINUTES`` and at least half of the
    looping calls: the build's page says it. A standing rc's share of a loop on every build (test21-b
    14:25: 1.5.0-rc1, 5 of about 60 looping calls) is not its own."""
    version = finding.group.get("agent_version", "")
    if not version or "workflow" in finding.group:
        return False
    split = per_group(calls, ("agent_version",), ["active", "looping"], now_minute)
    start = now_minute - LOW_TRAFFIC_MINUTES
    active = {v: rows.since(start).total("active") for (v,), rows in split.items()}
    looping = {v: rows.since(start).total("looping") for (v,), rows in split.items()}
    own = looping.get(version, 0.0)
    return active.get(version, 0.0) < CANARY_SHARE * sum(active.values()) and own >= sum(looping.values()) / 2


def common_cause(intents: Table | None, now_minute: int, minutes: int) -> str:
    """What the page adds of the value the looping calls share (``COMMON``, the first one that
    concentrates them), from the ``intent_loops`` frame over the last ``minutes``; "" when none does."""
    if intents is None or not intents.size:
        return ""
    for column, what, plural, action in COMMON:
        counts = _counts(intents, column, now_minute - minutes, now_minute)
        value = concentrated(counts)
        if value:
            loops, calls = counts[value]
            others = [(n, a) for v, (n, a) in counts.items() if v != value]
            other_loops, other_calls = sum(n for n, _ in others), sum(a for _, a in others)
            return (f"the loops are on {what} {value} ({loops:.0f} of its {calls:.0f} calls; other {plural} "
                    f"{other_loops:.0f} of {other_calls:.0f}): {action}")  # fmt: skip
    return ""


def _counts(intents: Table, column: str, start: int, now_minute: int) -> dict[str, tuple[float, float]]:
    """(looping, active) per value of ``column`` from ``start`` on; ``prompt_family``: per prompt
    version's last dash-separated part (empty when the frame has no such column)."""
    source = "prompt_version" if column == "prompt_family" else column
    if not intents.has(source):
        return {}
    counts: dict[str, tuple[float, float]] = {}
    for (value,), rows in per_group(intents, (source,), ["looping", "active"], now_minute).items():
        key = value.rsplit("-", 1)[-1] if column == "prompt_family" else value
        loops, calls = counts.get(key, (0.0, 0.0))
        since = rows.since(start)
        counts[key] = (loops + since.total("looping"), calls + since.total("active"))
    return counts


def concentrated(counts: dict[str, tuple[float, float]]) -> str:
    """The value with the most looping calls, of (looping, active) per value, when it has at least
    ``MIN_LOOPS`` and the other values' calls (``OTHER_CALLS`` or more) loop far less
    (``OTHER_CHANCE``); "" otherwise (one value only: nothing to compare it with)."""
    if len(counts) < 2:
        return ""
    value = max(counts, key=lambda v: (counts[v][0], v))
    loops, calls = counts[value]
    other_loops = int(sum(n for v, (n, _) in counts.items() if v != value))
    other_calls = int(sum(a for v, (_, a) in counts.items() if v != value))
    if loops < MIN_LOOPS or calls <= 0 or other_calls < OTHER_CALLS:
        return ""
    share = min(loops / (calls + 1), 1.0)
    return value if binomial_tail(other_calls - other_loops, other_calls, 1.0 - share) <= OTHER_CHANCE else ""
