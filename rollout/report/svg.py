"""The report's plots as inline SVG (no script, no fonts or files fetched): a daily line chart of shares and
horizontal bars. Pure: data in, markup out; every text is escaped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

AGENT, HUMAN, GRID, INK, MUTED = "#1f6feb", "#b35900", "#d8dee4", "#1f2328", "#59636e"


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    values: Sequence[float | None]
    """Shares in [0, 1], one per x label; None leaves a gap."""
    color: str
    dashed: bool = False


def line_chart(
    x_labels: Sequence[str], series: Sequence[Series], *, title: str, width: int = 640, height: int = 210
) -> str:
    """Shares per day (0-100% on the y axis), one line per series with a dot per value and its legend."""
    left, right, top, bottom = 44, 30, 28, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(1, len(x_labels) - 1)

    def x(i: int) -> float:
        return left + i * step

    def y(v: float) -> float:
        return top + plot_h * (1 - v)

    parts = [_open(width, height, title)]
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        parts.append(
            f'<line x1="{left}" y1="{y(tick):.1f}" x2="{width - right}" y2="{y(tick):.1f}" stroke="{GRID}"/>'
            f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="11" fill="{MUTED}">'
            f"{tick * 100:.0f}%</text>"
        )
    for i, label in enumerate(x_labels):
        parts.append(
            f'<text x="{x(i):.1f}" y="{height - 10}" text-anchor="middle" font-size="11" fill="{MUTED}">'
            f"{escape(label)}</text>"
        )
    for s in series:
        dash = ' stroke-dasharray="6 4"' if s.dashed else ""
        for run in _runs(s.values):
            points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in run)
            if len(run) > 1:
                parts.append(
                    f'<polyline points="{points}" fill="none" stroke="{s.color}" stroke-width="2.5"{dash}/>'
                )
        for i, v in enumerate(s.values):
            if v is not None:
                parts.append(
                    f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3.5" fill="{s.color}">'
                    f"<title>{escape(s.label)} {escape(x_labels[i])}: {v * 100:.1f}%</title></circle>"
                )
    legend_x = left
    for s in series:
        dash = ' stroke-dasharray="6 4"' if s.dashed else ""
        parts.append(
            f'<line x1="{legend_x}" y1="12" x2="{legend_x + 22}" y2="12" stroke="{s.color}" '
            f'stroke-width="2.5"'
            f'{dash}/><text x="{legend_x + 28}" y="16" font-size="12" fill="{INK}">{escape(s.label)}</text>'
        )
        legend_x += 36 + 7 * len(s.label)
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(
    labels: Sequence[str], values: Sequence[int], *, title: str, color: str = AGENT, width: int = 640
) -> str:
    """Horizontal bars with their label above and their count at the end (counts of calls)."""
    row, top = 34, 6
    height = top + row * len(labels) + 4
    longest = max(values, default=0) or 1
    bar_w = width - 60
    parts = [_open(width, height, title)]
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y0 = top + i * row
        w = max(2.0, bar_w * value / longest)
        parts.append(
            f'<text x="0" y="{y0 + 11}" font-size="12" fill="{INK}">{escape(_clip(label, 90))}</text>'
            f'<rect x="0" y="{y0 + 15}" width="{w:.1f}" height="12" rx="2" fill="{color}"/>'
            f'<text x="{w + 6:.1f}" y="{y0 + 26}" font-size="12" fill="{MUTED}">{value:,}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _open(width: int, height: int, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(title)}" font-family="system-ui, sans-serif">'
        f"<title>{escape(title)}</title>"
    )


def _runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """Consecutive non-missing values (a day without calls breaks the line)."""
    runs: list[list[tuple[int, float]]] = [[]]
    for i, v in enumerate(values):
        if v is None:
            runs.append([])
        else:
            runs[-1].append((i, v))
    return [r for r in runs if r]


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
