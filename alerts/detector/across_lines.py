"""One page for calls failing on several workflows at once (issue 20, seventeenth run).

A platform or build fault (a gateway scaling in, a certificate that half the agent's connections
reject) fails calls on every line in the same minutes. Judged per workflow, it paged once per
workflow, each page naming one line (test15-a's night_scale_in_drop: billing, then appointment and
refill; test13-a's night_cert_half: refill, billing, appointment), and none said that every line
fails. Here the judgement across every line (``AgentFailures`` with no labels) pages instead, once,
saying how many lines fail, and holds back the workflows' own failure pages while it is open, as a
cause without a workflow label already holds back symptoms (``detector.inhibits``). One workflow's
own failures (a night deploy that breaks refill alone) still page as that workflow, and a canary's
failures as that build.
"""

from __future__ import annotations

from dataclasses import replace

from alerts.detector.incidents import Incident
from alerts.detector.minutes import Table, per_group
from alerts.detector.signals import LOW_TRAFFIC_MINUTES, Finding

AGENT_FAILURES = "CallpulseDetectorAgentFailures"
ONE_LINE_SHARE = 0.75
"""A workflow with at least this share of the failed calls over the window has its own fault."""
CANARY_SHARE = 0.5
"""A build that carried less than this share of the calls is a canary (as ``detector.is_canary``)."""


def failing_lines(kpi: Table, now_minute: int, minutes: int = LOW_TRAFFIC_MINUTES) -> dict[str, int]:
    """Failed calls per workflow over the last ``minutes`` (the kpi frame), workflows with none left out."""
    split = per_group(kpi, ("workflow",), ["failed"], now_minute)
    start = now_minute - minutes
    counts = {w: int(rows.since(start).total("failed")) for (w,), rows in split.items()}
    return {w: n for w, n in counts.items() if n > 0}


def spans_lines(lines: dict[str, int]) -> bool:
    """The failed calls are on two workflows or more, and no one workflow holds most of them
    (``ONE_LINE_SHARE``): one fault across lines, not one line's fault and a stray failure."""
    total = sum(lines.values())
    return len(lines) >= 2 and max(lines.values()) < ONE_LINE_SHARE * total


def canary_failing(kpi: Table, now_minute: int, minutes: int = LOW_TRAFFIC_MINUTES) -> bool:
    """At least half of the failed calls over the last ``minutes`` are on a build that carried under
    ``CANARY_SHARE`` of the calls: that build's page (``detector._one_scope``) says it, not this one."""
    split = per_group(kpi, ("agent_version",), ["failed", "settled"], now_minute)
    start = now_minute - minutes
    failed = {v: rows.since(start).total("failed") for (v,), rows in split.items()}
    settled = {v: rows.since(start).total("settled") for (v,), rows in split.items()}
    all_failed, all_settled = sum(failed.values()), sum(settled.values())
    return any(n > 0 and n >= all_failed / 2 and settled[v] < CANARY_SHARE * all_settled
               for v, n in failed.items())  # fmt: skip


def scope_text(lines: dict[str, int], kpi: Table, now_minute: int) -> str:
    """ "3 of 4 lines (billing, appointment, refill)": how many workflows fail, of those with calls."""
    split = per_group(kpi, ("workflow",), ["settled"], now_minute)
    start = now_minute - LOW_TRAFFIC_MINUTES
    with_calls = {w for (w,), rows in split.items() if rows.since(start).total("settled") > 0} | set(lines)
    names = ", ".join(sorted(lines, key=lambda w: (-lines[w], w)))
    return f"{len(lines)} of {len(with_calls)} lines ({names})"


def one_page_across_lines(
    findings: list[Finding], open_now: list[Incident], kpi: Table | None, now_minute: int
) -> list[Finding]:
    """``findings`` with failures across lines paged once: the finding across every line (no labels)
    is kept, with how many lines fail, when its failed calls span several workflows (or its page is
    open) and no canary carries them; then the workflows' and builds' own failure findings are held
    back unless their page is already open. Otherwise the finding across lines is dropped."""
    failures = [f for f in findings if f.signal.alertname == AGENT_FAILURES]
    across = [f for f in failures if not f.group]
    if kpi is None or not failures:
        return findings
    opened = [i.labels for i in open_now if i.labels["alertname"] == AGENT_FAILURES]
    wide_open = any(set(labels) <= {"alertname", "severity"} for labels in opened)
    lines = failing_lines(kpi, now_minute)
    wide = wide_open or (
        bool(across) and not opened and spans_lines(lines) and not canary_failing(kpi, now_minute)
    )
    if not wide:
        return [f for f in findings if not (f.signal.alertname == AGENT_FAILURES and not f.group)]
    page = (
        replace(across[0], scope=scope_text(lines, kpi, now_minute) if lines else "every line")
        if across
        else None
    )
    open_scopes = {tuple(sorted((k, v) for k, v in labels.items() if k not in ("alertname", "severity")))
                   for labels in opened}  # fmt: skip
    out: list[Finding] = []
    for f in findings:
        if f.signal.alertname != AGENT_FAILURES:
            out.append(f)
        elif page is not None and f is across[0]:
            out.append(page)
        elif f.group and tuple(sorted(f.group.items())) in open_scopes:
            out.append(f)  # a page already open keeps firing until it resolves
    return out
