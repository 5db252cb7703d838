"""A tool that slows down and fails past a deadline: one page that says it fails, and how slow the
answers that still come are.

A tool whose backend stalls answers some calls slowly, just under the client's deadline, and fails
the others with a timeout. The slow answers are news first (their one-in-a-million bar is reached with
four slow answers of six), the failures a few minutes later; paged as a slow tool, the first page sent
the on-call engineer after latency while half the calls were failing (test14-b's
pharmacy_past_deadline: "lookup_prescription answers in 6.5 s" at 11:30, the failures' page nine
minutes later). Pure: frames in, findings out.
"""

from __future__ import annotations

from dataclasses import replace

from alerts.detector.minutes import Table
from alerts.detector.signals import SIGNALS, Finding, judge

SLOW_TOOL = "CallpulseDetectorSlowTool"
TOOL_FAILURES = "CallpulseDetectorToolFailures"
_FAILED_CALLS = next(s for s in SIGNALS if s.alertname == TOOL_FAILURES and s.frame == "tool_calls")

SLOW_LABEL = "slow"
"""The failure page's label when its tool's answers are slow too: it explains the workflow's slow
turns, as a slow tool's page and a timeout's do (``detector.inhibits``)."""
NAMING_Z = 2.0
"""The tool's failed calls over the slow page's window name the page when they are a one-in-a-hundred
chance at the tool's own share of failed calls. Not the page's bar (the slow answers already passed
one in a million: there is an incident), the bar for which name it carries: a tool that fails 8% of
its calls has 2 failed of 5 by chance one time in 16, which is no reason to call a slow tool failing;
4 of 8 is one in 300."""
WAIT_TICKS = 2
"""A slow tool whose window already holds more failed calls than its share (at least two) waits this
many ticks for them to reach ``NAMING_Z`` before it pages as slow: the failures' evidence trails the
slow answers' by a minute or two (each failed call waits out the deadline)."""
DESCRIBE = (
    "tool {tool} fails on {value:.0%} of calls: {events} of {volume} in the last {minutes} min (normally "
    "{baseline:.1%}), and the answers that come take {mean_s:.1f} s, normally {normal_s:.1f} s"
)


def failing(slow: Finding, tool_calls: Table, now_minute: int, z: float) -> Finding | None:
    """The tool's failed calls (any code) over every window up to the slow finding's, judged as the
    tool-failure page judges them but at ``z``, at least two failed calls and ten points over normal."""
    signal = replace(_FAILED_CALLS, window_minutes=max(slow.minutes, 1), min_volume=2, min_events=2, z=z)
    scope = {k: slow.group[k] for k in ("workflow", "tool")}
    return next((f for f in judge(signal, tool_calls, now_minute) if f.group == scope), None)


def name_failing_tools(
    findings: list[Finding],
    tool_calls: Table | None,
    now_minute: int,
    open_pages: set[tuple[str, str, str]],
    waited: dict[tuple[str, str], int],
) -> tuple[list[Finding], dict[tuple[str, str], int]]:
    """A new slow-tool finding of a tool that is failing too becomes that tool's failure page, its
    summary naming both (the failure page then explains the slow one, ``detector.inhibits``); one whose
    failed calls are above the tool's share but not yet ``NAMING_Z`` waits up to ``WAIT_TICKS``.
    ``open_pages``: (alertname, workflow, tool) of the open incidents; ``waited``: ticks each tool has
    waited (returned updated)."""
    if tool_calls is None:
        return findings, {}
    out: list[Finding] = []
    still: dict[tuple[str, str], int] = {}
    failures = {(f.group.get("workflow", ""), f.group.get("tool", "")) for f in findings
                if f.signal.alertname == TOOL_FAILURES}  # fmt: skip
    for f in findings:
        key = (f.group.get("workflow", ""), f.group.get("tool", ""))
        if (f.signal.alertname != SLOW_TOOL or f.held or key in failures
                or (SLOW_TOOL, *key) in open_pages or (TOOL_FAILURES, *key) in open_pages):  # fmt: skip
            out.append(f)
            continue
        named = failing(f, tool_calls, now_minute, NAMING_Z)
        if named is not None:
            out.append(replace(named, signal=replace(named.signal, describe=DESCRIBE), mean_ms=f.mean_ms,
                               normal_ms=f.normal_ms, group={**named.group, SLOW_LABEL: "true"}))  # fmt: skip
            continue
        if failing(f, tool_calls, now_minute, 0.0) is not None and waited.get(key, 0) < WAIT_TICKS:
            still[key] = waited.get(key, 0) + 1
            continue  # failing more than usual: wait for the failures' evidence
        out.append(f)
    return out, still
