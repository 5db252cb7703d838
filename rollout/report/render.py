"""``render(report) -> str``: the weekly business review as ONE self-contained HTML page (inline CSS, inline
SVG plots, no script, nothing fetched), laid out to print on A4 (the PDF is chromium's print of it).

Formatting is pure functions here; the page layout is ``rollout/report/template.py`` (Jinja2, autoescape on:
every text from the warehouse, such as a redacted hand-off reason, is escaped)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime

from jinja2 import Environment

from rollout.report.figures import Headline, Reason, Share
from rollout.report.gather import WeeklyReport
from rollout.report.svg import AGENT, HUMAN, Series, bar_chart, line_chart
from rollout.report.template import TEMPLATE

_ENV = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)


@dataclass(frozen=True, slots=True)
class Line:
    """One row of the headline table: the label, both weeks' values, the change, its tone, a note."""

    group: str
    label: str
    this: str
    before: str
    change: str
    tone: str
    """"good", "bad" or "" (no change, or nothing to compare)."""
    note: str = ""


def render(report: WeeklyReport, *, generated_ms: int) -> str:
    return _ENV.from_string(TEMPLATE).render(
        r=report,
        lines=headline_lines(report.this, report.before, report.options.ttfhw_budget_ms),
        summary=summary(report),
        trend=trend_svg(report),
        handoff_svg=_bars(report.handoffs, "Why calls went to a person", HUMAN),
        failure_svg=_bars(report.failures, "What failed", "#cf222e"),
        pct=pct,
        pts=points,
        money=money,
        generated=datetime.fromtimestamp(generated_ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )


def headline_lines(this: Headline, before: Headline, budget_ms: int) -> list[Line]:
    def share(group: str, label: str, a: Share, b: Share, higher_is_better: bool, note: str = "") -> Line:
        change, tone = _change(a.value, b.value, higher_is_better, scale=100, unit=" pts", digits=1)
        return Line(group, label, pct(a), pct(b), change, tone, note)

    def ms(label: str, a: float | None, b: float | None, note: str) -> Line:
        change, tone = _change(a, b, False, scale=1, unit=" ms", digits=0)
        return Line("Speed", label, _ms(a), _ms(b), change, tone, note)

    sentiment, s_tone = _change(
        this.sentiment_delta, before.sentiment_delta, True, scale=1, unit="", digits=3
    )
    return [
        share("Outcomes", "Resolved containment", this.resolved_containment, before.resolved_containment,
              True, "stayed with the agent and a task was completed"),
        share("Outcomes", "Containment", this.containment, before.containment, True,
              "not handed to a person"),
        Line("Satisfaction proxies", "Sentiment delta (mean)", _signed(this.sentiment_delta),
             _signed(before.sentiment_delta), sentiment, s_tone,
             f"caller's last 30 s minus first 30 s; {this.sentiment_scored:,} calls scored"),
        share("Satisfaction proxies", "Abandonment", this.abandonment, before.abandonment, False,
              "hung up before the agent's first reply"),
        share("Satisfaction proxies", "Agent failed", this.agent_failed, before.agent_failed, False,
              "ended by an agent, tap or platform failure"),
        ms("TTFHW p50", this.ttfhw_p50_ms, before.ttfhw_p50_ms, _budget_note(this.ttfhw_p50_ms, budget_ms)),
        ms("TTFHW p95", this.ttfhw_p95_ms, before.ttfhw_p95_ms, _budget_note(this.ttfhw_p95_ms, budget_ms)),
        share("Speed", "Turns within budget", this.within_budget, before.within_budget, True,
              f"first helpful word within {budget_ms:,} ms"),
    ]  # fmt: skip


def summary(report: WeeklyReport) -> list[str]:
    """Three to five sentences a lead reads first."""
    this, before = report.this, report.before
    out = []
    if this.calls == 0:
        return [f"No ended agent calls in {report.week.label}."]
    rc = this.resolved_containment
    line = (
        f"The agent handled {this.calls:,} calls; it resolved {pct(rc)} of the {rc.whole:,} that reached its "
        "first reply without a person"
    )
    if rc.value is not None and before.resolved_containment.value is not None:
        line += f" ({points(rc.value - before.resolved_containment.value)} vs the week before)"
    out.append(line + ".")
    if report.human is not None and report.human.value is not None and rc.value is not None:
        out.append(
            f"People resolved {pct(report.human)} of their calls this week (human baseline, "
            f"{report.human.whole:,} calls): the agent is {_gap(rc.value - report.human.value)}."
        )
    s = report.savings
    out.append(
        f"Contained calls took {s.contained_minutes:,.0f} minutes: about {money(s.contained, report)} "
        f"of a person's time at {money(s.cost_per_human_minute, report)} a minute."
    )
    compared = [x for x in report.releases if x.comparison is not None]
    if compared:
        out.append(
            "Releases: "
            + "; ".join(
                f"{x.version} vs {report.reference}: {x.comparison.decision}"
                for x in compared
                if x.comparison
            )
            + "."
        )
    if report.handoffs:
        top = report.handoffs[0]
        out.append(f"Most frequent hand-off reason: \u201c{top.text}\u201d ({top.calls:,} calls).")
    return out


def trend_svg(report: WeeklyReport) -> str:
    labels = [f"{d.day:%a %d}" for d in report.days]
    series = [Series("agent: resolved containment", [d.agent.value for d in report.days], AGENT)]
    if report.baseline == "imported":
        human = [d.human.value if d.human else None for d in report.days]
        series.append(Series("people (human baseline)", human, HUMAN, dashed=True))
    return line_chart(labels, series, title="Resolved containment per day")


def pct(share: Share | float | None, digits: int = 1) -> str:
    value = share.value if isinstance(share, Share) else share
    return "n/a" if value is None or math.isnan(value) else f"{100 * value:.{digits}f}%"


def points(difference: float) -> str:
    return f"{100 * difference:+.1f} pts"


def money(amount: float, report: WeeklyReport) -> str:
    return f"{amount:,.2f} {report.options.currency}"


def _bars(reasons: tuple[Reason, ...], title: str, color: str) -> str:
    if not reasons:
        return ""
    return bar_chart([r.text for r in reasons], [r.calls for r in reasons], title=title, color=color)


def _change(
    a: float | None, b: float | None, higher_is_better: bool, *, scale: float, unit: str, digits: int
) -> tuple[str, str]:
    if a is None or b is None:
        return "n/a", ""
    d = (a - b) * scale
    if round(d, digits) == 0:
        return f"{0:.{digits}f}{unit}", ""
    good = (d > 0) == higher_is_better
    return f"{d:+,.{digits}f}{unit}", "good" if good else "bad"


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.0f} ms"


def _signed(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.3f}"


def _budget_note(p95: float | None, budget_ms: int) -> str:
    if p95 is None:
        return f"budget {budget_ms:,} ms"
    return f"{'within' if p95 <= budget_ms else 'over'} the {budget_ms:,} ms budget"


def _gap(difference: float) -> str:
    size = f"{abs(100 * difference):.1f} pts"
    return (
        "level with them"
        if round(100 * difference, 1) == 0
        else f"{size} {'above' if difference > 0 else 'below'}"
    )
