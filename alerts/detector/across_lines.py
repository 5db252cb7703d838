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

Eighteenth run: the page names the build when the failures are one build's (its calls fail on those
lines, the other builds' calls on the same lines and minutes do not: "calls on agent 1.4.0 are
failing on 3 of 3 lines"), and every line when every build fails. A workflow's page opened before
the failures spread does not hold the wider page back any more: the wider page opens, and the
workflow's page ends at once, superseded (``superseded``; its resolve says by what); the wider page
then stays the one page while any line's failures are still found, so the scope widens once and
does not fall back to a line.

Nineteenth run: traffic that stops on several lines at once pages the same way (test15-a's
office_hours_stop: every line's calls stopped at 13:17, paged "billing: 0 calls arrived ...", then
"refill: ...", one page per workflow). Two lines or more found stopped in one tick page once across
every line ("every workflow: no calls are arriving on 2 of 3 lines (...)"), with no workflow label;
a line's page opened first is superseded by it, and it stays the one page while any line's stop (or
every line's calls together) is still found. One line stopping alone still pages as that line.

Twentieth run: the agent that stops answering on several lines pages the same way (test16-a's
canary_framework_dead_air: a canary silent after the caller's second words on every line, paged as
refill's dead air at 300 s). A build's stranded calls that span lines page once, as that build when the
other builds' calls are answered, as every line otherwise (``one_dead_air_across_lines``).
"""

from __future__ import annotations

from dataclasses import replace

from alerts.detector.incidents import Incident
from alerts.detector.minutes import Table, per_group
from alerts.detector.signals import LOW_TRAFFIC_MINUTES, SIGNALS, Finding
from alerts.detector.stats import binomial_tail

AGENT_FAILURES = "CallpulseDetectorAgentFailures"
TRAFFIC_STOPPED = "CallpulseDetectorTrafficStopped"
ONE_LINE_SHARE = 0.75
"""A workflow with at least this share of the failed calls over the window has its own fault."""
CANARY_SHARE = 0.5
"""A build that carried less than this share of the calls is a canary (as ``detector.is_canary``)."""
ACROSS = next(s for s in SIGNALS if s.alertname == AGENT_FAILURES and not s.keys)
"""The judgement across every line: a page across lines is named by it, whichever finding keeps it."""
LINES_NOTE = "lines"
"""The annotation that marks a page across lines (every line's or a build's): how many lines fail."""
OTHER_BUILD_CALLS = 3
"""The other builds' calls on the failing lines needed to say they do not fail (fewer: every line)."""
OTHER_BUILD_CHANCE = 0.01
"""The other builds' calls failing as rarely as they did, had they failed as often as the build's
(its share with one more call that did not fail: doubt, as a thin window's 3 of 3 is not 100%): at
most this chance for the page to name the build. 3 calls, none failed, beside 6 failed of 6 (6 of 7:
one in 340); at night, 60% of every build's calls cut, a canary's 2 calls that happened to succeed
are one chance in 6 (every line)."""


def failing_lines(
    kpi: Table, now_minute: int, minutes: int = LOW_TRAFFIC_MINUTES, failed: str = "failed", version: str = ""
) -> dict[str, int]:
    """Failed calls per workflow over the last ``minutes`` (the kpi frame), workflows with none left out
    (``failed``: the column counted, the calls frame's ``stranded`` for dead air; ``version``: that
    build's calls only)."""
    keys = ("workflow", "agent_version") if version else ("workflow",)
    split = per_group(kpi, keys, [failed], now_minute)
    start = now_minute - minutes
    counts: dict[str, int] = {}
    for key, rows in split.items():
        if not version or key[1] == version:
            counts[key[0]] = counts.get(key[0], 0) + int(rows.since(start).total(failed))
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


def failing_build(
    kpi: Table,
    lines: dict[str, int],
    now_minute: int,
    minutes: int = LOW_TRAFFIC_MINUTES,
    failed_column: str = "failed",
    settled_column: str = "settled",
) -> tuple[str, int, int, int] | None:
    """(version, failed, settled, minutes) of the build whose calls carry the failures on the
    failing ``lines`` (over the last ``minutes``, from the first failed call on), when the other
    builds' calls on the same lines and minutes fail far less: their failed calls as few as they were
    had one chance in ``OTHER_BUILD_CHANCE`` at the build's share, over at least
    ``OTHER_BUILD_CALLS`` calls. None when every build fails, or the
    other builds' calls are too few to tell (then the page says every line). The columns: the kpi
    frame's by default, the calls frame's ``stranded`` of ``left`` for dead air."""
    split = per_group(kpi, ("workflow", "agent_version"), [failed_column, settled_column], now_minute)
    window = {key: rows.since(now_minute - minutes) for key, rows in split.items() if key[0] in lines}
    # the same minutes: from the first failed call on these lines (healthy calls before it say nothing)
    first = min((int(rows.minute[rows[failed_column] > 0].min()) for rows in window.values()
                 if (rows[failed_column] > 0).any()), default=now_minute)  # fmt: skip
    failed: dict[str, float] = {}
    settled: dict[str, float] = {}
    for (_, version), rows in window.items():
        since = rows.since(first)
        failed[version] = failed.get(version, 0.0) + since.total(failed_column)
        settled[version] = settled.get(version, 0.0) + since.total(settled_column)
    if len(settled) < 2:
        return None
    version = max(failed, key=lambda v: (failed[v], v))
    own_failed, own_settled = int(failed[version]), int(settled[version])
    other_failed = int(sum(failed.values())) - own_failed
    other_settled = int(sum(settled.values())) - own_settled
    if own_failed == 0 or own_settled == 0 or other_settled < OTHER_BUILD_CALLS:
        return None
    share = min(own_failed / (own_settled + 1), 1.0)
    # P(other builds' failed calls <= other_failed) at the build's share: their successes at least this many
    chance = binomial_tail(other_settled - other_failed, other_settled, 1.0 - share)
    return (version, own_failed, own_settled, now_minute - first) if chance <= OTHER_BUILD_CHANCE else None


def scope_text(lines: dict[str, int], kpi: Table, now_minute: int, version: str = "") -> str:
    """ "are failing on 3 of 4 lines (billing, appointment, refill)": how many workflows fail, of those
    with calls ("on agent 1.4.0 are failing on ..." when the failures are that build's)."""
    build = f"on agent {version} " if version else ""
    return f"{build}are failing on {lines_text(lines, kpi, now_minute)}"


def lines_text(lines: dict[str, int], frame: Table, now_minute: int, settled: str = "settled") -> str:
    """ "3 of 4 lines (billing, appointment, refill)": the workflows in ``lines``, most calls first, of
    those with calls (``settled``) over the last ``LOW_TRAFFIC_MINUTES``."""
    split = per_group(frame, ("workflow",), [settled], now_minute)
    start = now_minute - LOW_TRAFFIC_MINUTES
    with_calls = {w for (w,), rows in split.items() if rows.since(start).total(settled) > 0} | set(lines)
    names = ", ".join(sorted(lines, key=lambda w: (-lines[w], w)))
    return f"{len(lines)} of {len(with_calls)} lines ({names})"


def one_page_across_lines(
    findings: list[Finding], open_now: list[Incident], kpi: Table | None, now_minute: int
) -> list[Finding]:
    """``findings`` with failures across lines paged once: the finding across every line (no labels)
    is kept, with how many lines fail, when its failed calls span several workflows (or a page across
    lines is open) and no canary carries them, named by the build when they are one build's
    (``failing_build``); then the workflows' and builds' own failure findings are held back (a
    workflow's page already open is ``superseded``). A page across lines that is open stays the one
    page while any of them is still found (the scope widens once: no line's page after it).
    Otherwise the finding across lines is dropped."""
    failures = [f for f in findings if f.signal.alertname == AGENT_FAILURES]
    across = [f for f in failures if not f.group]
    if kpi is None or not failures:
        return findings
    wide_open = [i.labels for i in open_now if is_across_lines(i)]
    lines = failing_lines(kpi, now_minute)
    wide = bool(wide_open) or (bool(across) and spans_lines(lines) and not canary_failing(kpi, now_minute))
    if not wide:
        return [f for f in findings if not (f.signal.alertname == AGENT_FAILURES and not f.group)]
    if wide_open:  # the open page's scope holds: every line, or its build
        group = {k: v for k, v in wide_open[0].items() if k not in ("alertname", "severity")}
        build = failing_build(kpi, lines, now_minute) if group else None
        version = group.get("agent_version", "")
        counts = build[1:] if build is not None and build[0] == version else None
    else:
        build = failing_build(kpi, lines, now_minute)
        version = build[0] if build is not None else ""
        group = {"agent_version": version} if version else {}
        counts = build[1:] if build is not None else None
    basis = across[0] if across else failures[0]
    scope = scope_text(lines, kpi, now_minute, version) if lines else "are failing on every line"
    page = replace(basis, signal=ACROSS, group=group, scope=scope)
    if counts is not None:  # the build's own calls, over the minutes its scope was judged on
        page = replace(page, events=counts[0], volume=counts[1], minutes=counts[2])
    return [f for f in findings if f.signal.alertname != AGENT_FAILURES] + [page]


def is_across_lines(incident: Incident, alertname: str = AGENT_FAILURES) -> bool:
    """An open page of ``alertname`` across lines (every line's or, for failures, a build's;
    ``LINES_NOTE``)."""
    labels = incident.labels
    if labels["alertname"] != alertname or "workflow" in labels:
        return False
    return set(labels) <= {"alertname", "severity"} or LINES_NOTE in incident.annotations


def superseded(findings: list[Finding], open_now: list[Incident]) -> list[Incident]:
    """The workflows' open pages (failures, stopped traffic) a page across lines of the same alert
    found this tick replaces: one page for one fault (a line's page opened before the fault spread
    ends, and says by what)."""
    wide = {f.signal.alertname for f in findings if f.scope}
    return [i for i in open_now if i.labels["alertname"] in wide and "workflow" in i.labels]


STOPPED = next(s for s in SIGNALS if s.alertname == TRAFFIC_STOPPED)
STOPPED_ACROSS = replace(STOPPED, describe="{scope}: calls are not getting through")
"""Traffic stopped on several lines: the page says which lines, each with its own calls and expected
calls (its own window: a busy line's stop shows in 3 minutes, a quiet one's in 10)."""
STOPPED_LINES = 2
"""Lines found stopped in one tick for one page across every line (one line alone pages as itself)."""


def lines_with_calls(arrivals: Table | None, now_minute: int, minutes: int = 60) -> set[str]:
    """The workflows with any call arriving over the last ``minutes`` (the arrivals frame): the lines
    a stop across lines is counted against."""
    if arrivals is None:
        return set()
    split = per_group(arrivals, ("workflow",), ["arrivals"], now_minute)
    return {w for (w,), rows in split.items() if w and rows.since(now_minute - minutes).total("arrivals") > 0}


def one_stop_across_lines(
    findings: list[Finding], open_now: list[Incident], arrivals: Table | None, now_minute: int
) -> list[Finding]:
    """``findings`` with traffic stopped on several lines paged once: when ``STOPPED_LINES`` workflows
    or more are found stopped this tick (or a page across lines is open and any stop is still found),
    their findings and every line's pooled one become one finding with no workflow label, saying how
    many lines stopped and each line's calls against its expected ones (``scope``); otherwise
    ``findings`` as they are (one line's stop pages as that line, ``detector._one_scope``)."""
    stops = [f for f in findings if f.signal.alertname == TRAFFIC_STOPPED]
    lines = {f.group["workflow"]: f for f in stops if f.group.get("workflow")}
    wide_open = any(is_across_lines(i, TRAFFIC_STOPPED) for i in open_now)
    if not (len(lines) >= STOPPED_LINES or (wide_open and stops)):
        return findings
    rest = [f for f in findings if f.signal.alertname != TRAFFIC_STOPPED]
    pooled = next((f for f in stops if not f.group), None)
    if not lines and pooled is not None:  # a page across lines held by every line's calls together
        counts = f"{pooled.events} of {pooled.expected:.0f} expected in {pooled.minutes} min"
        scope = f"fewer calls are arriving on every line ({counts})"
        return [*rest, replace(pooled, signal=STOPPED_ACROSS, scope=scope)]
    if not lines:
        return findings
    order = sorted(lines, key=lambda w: (-(lines[w].expected - lines[w].events), w))
    each = "; ".join(f"{w}: {lines[w].events} of {lines[w].expected:.0f} expected in {lines[w].minutes} min"
                     for w in order)  # fmt: skip
    total = len(lines_with_calls(arrivals, now_minute) | set(lines))
    scope = f"no calls are arriving on {len(lines)} of {total} lines ({each})"
    events = sum(f.events for f in lines.values())
    expected = float(sum(f.expected for f in lines.values()))
    minutes = max(f.minutes for f in lines.values())
    basis = lines[order[0]]
    page = replace(basis, signal=STOPPED_ACROSS, group={}, scope=scope, events=events, expected=expected,
                   volume=events, minutes=minutes, value=events / minutes, held=False)  # fmt: skip
    return [*rest, page]


DEAD_AIR = "CallpulseDetectorDeadAir"
DEAD_AIR_ACROSS = next(s for s in SIGNALS if s.alertname == DEAD_AIR and s.keys == ("agent_version",)
                       and s.numerator == "stranded")  # fmt: skip
"""A build's stranded calls on every line together: the judgement a dead-air page across lines is
named by (its ``scope``: which build, how many lines)."""
STOPPED_ANSWERING = ("stranded", "unanswered")
"""The calls-frame dead-air judgements (the agent stopped answering) a page across lines holds back;
replies that do not play and hand-offs that do not connect are other faults, paged as themselves."""


def one_dead_air_across_lines(
    findings: list[Finding], open_now: list[Incident], calls: Table | None, now_minute: int
) -> list[Finding]:
    """``findings`` with the agent that stopped answering on several lines paged once (twentieth run;
    test16-a's canary_framework_dead_air: a canary silent after the caller's second words on every
    line, paged as refill's dead air at 300 s). A build's stranded calls (``DEAD_AIR_ACROSS``) that span
    lines (``spans_lines``) become one page: named by the build when the other builds' calls on those
    lines and minutes are not stranded (``failing_build``, as failures), every line otherwise; then the
    workflows' and builds' other stopped-answering findings are held back and a workflow's dead-air
    page already open is ``superseded``. An open page across lines stays the one page while any of
    them is still found. A build's stranded calls on one line are that line's page (the build's
    finding is dropped)."""
    builds = [f for f in findings if f.signal == DEAD_AIR_ACROSS]
    wide_open = [i.labels for i in open_now if is_across_lines(i, DEAD_AIR)]
    if calls is None or not (builds or wide_open):
        return findings
    rest = [f for f in findings if f.signal != DEAD_AIR_ACROSS]
    silent = [f for f in rest if f.signal.alertname == DEAD_AIR and f.signal.frame == "calls"
              and f.signal.numerator in STOPPED_ANSWERING]  # fmt: skip
    lines = failing_lines(calls, now_minute, failed="stranded")
    if wide_open:  # the open page's scope holds: its build, or every line
        group = {k: v for k, v in wide_open[0].items() if k not in ("alertname", "severity")}
        basis = next((f for f in builds if f.group == group), None) or next(iter(builds + silent), None)
        if basis is None:
            return rest
    else:
        basis = max(builds, key=lambda f: (f.events, f.group["agent_version"]))
        own = failing_lines(calls, now_minute, failed="stranded", version=basis.group["agent_version"])
        if not spans_lines(own):
            return rest
        # the other builds' calls on every line: a canary's callers strand on each line, a call or so a
        # minute in all, and the first minute's other calls on its lines alone are too few to tell
        every = {w: 1 for (w,) in per_group(calls, ("workflow",), ["left"], now_minute)}
        build = failing_build(calls, every, now_minute, failed_column="stranded", settled_column="left")
        version = build[0] if build is not None else ""
        group = {"agent_version": version} if version else {}
        basis = next((f for f in builds if f.group == group), basis)
    version = group.get("agent_version", "")
    where = lines_text(lines, calls, now_minute, settled="left") if lines else "every line"
    scope = f"on agent {version}, on {where}" if version else f"on {where}"
    page = replace(basis, signal=DEAD_AIR_ACROSS, group=group, scope=scope)
    return [f for f in rest if not any(f is s for s in silent)] + [page]
