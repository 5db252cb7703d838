"""The call page's timeline, computed in Python (pure, no I/O) and drawn by ``templates/call.html`` as
inline SVG: who spoke when (``speaker`` events: agent and caller lanes), where they overlapped, the
silences (nobody speaking for ``SILENCE_MS`` or more), barge-ins, tool calls with their durations and
error codes, the rule matches at their time, and the caller's sentiment per turn as a line.

Positions are in the SVG's user units: ``WIDTH`` across the call, from its first to its last event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from api.store.call_detail import CallDetail
from api.store.live import RuleMatch

WIDTH = 1000.0
SILENCE_MS = 3_000
LANES = ("agent", "caller", "tools", "marks")


@dataclass(frozen=True, slots=True)
class Span:
    lane: str  # agent | caller | overlap | silence | tools
    x: float
    w: float
    start_ms: int  # from the call's start
    end_ms: int
    kind: str  # css class: agent, caller, overlap, silence, tool-ok, tool-error, tool-open
    label: str  # the hover text (no transcript text: tool name, duration, error code)


@dataclass(frozen=True, slots=True)
class Mark:
    x: float
    at_ms: int
    kind: str  # barge-in | rule
    label: str
    turn: int


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float  # 0 (top, +1) .. 1 (bottom, -1)
    sentiment: float
    turn: int


@dataclass(frozen=True, slots=True)
class Timeline:
    duration_ms: int
    spans: list[Span]
    marks: list[Mark]
    sentiment: list[Point]
    ticks: list[tuple[float, str]]
    talk_ms: dict[str, int]  # agent, caller, overlap, silence: totals for the legend
    speaker_events: bool = True  # False: no speaker on/off events, so utterances are ticks, no silences

    @property
    def sentiment_points(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y * 40:.1f}" for p in self.sentiment)


def build_timeline(detail: CallDetail, matches: Sequence[RuleMatch] = ()) -> Timeline:
    events = detail.timeline
    if not events:
        return Timeline(0, [], [], [], [], {})
    start = min(e.ts_ms for e in events)
    end = max(e.ts_ms for e in events)
    if detail.summary.ended and detail.summary.ended_at_ms:
        end = max(end, detail.summary.ended_at_ms)
    total = max(1, end - start)

    def x(ms: int) -> float:
        return round((ms - start) / total * WIDTH, 1)

    def span(lane: str, a: int, b: int, kind: str, label: str) -> Span:
        return Span(lane, x(a), max(1.5, x(b) - x(a)), a - start, b - start, kind, label)

    talking: dict[str, list[tuple[int, int]]] = {"agent": [], "caller": []}
    opened: dict[str, int] = {}
    for e in events:
        if e.type != "speaker":
            continue
        who = "caller" if e.data.get("who") in ("client", "caller") else "agent"
        if e.data.get("speaking"):
            opened.setdefault(who, e.ts_ms)
        elif who in opened:
            talking[who].append((opened.pop(who), e.ts_ms))
    for who, since in opened.items():
        talking[who].append((since, end))
    heard = any(e.type == "speaker" for e in events)
    if not heard:  # no speaker on/off events (e.g. a tap that does not send them): utterances as ticks
        for turn in detail.turns:
            for u in turn.utterances:
                talking["caller" if u.speaker == "caller" else "agent"].append((u.ts_ms, u.ts_ms))
    spans = [
        span(who, a, b, who, f"{who} {seconds(b - a)}" if heard else f"{who} said something")
        for who, runs in talking.items()
        for a, b in runs
    ]
    overlaps = intersect(talking["agent"], talking["caller"])
    spans += [span("overlap", a, b, "overlap", f"both talking {seconds(b - a)}") for a, b in overlaps]
    silences = [
        (a, b)
        for a, b in gaps(sorted(talking["agent"] + talking["caller"]), start, end)
        if b - a >= SILENCE_MS and heard
    ]
    spans += [span("silence", a, b, "silence", f"silence {seconds(b - a)}") for a, b in silences]
    for tool in detail.tool_calls:
        if tool.called_at_ms is None:
            continue
        done = tool.result_at_ms or end
        if tool.ok is None:
            kind, label = "tool-open", f"{tool.tool}: no result"
        elif tool.ok:
            kind, label = "tool-ok", f"{tool.tool} ok {seconds(done - tool.called_at_ms)}"
        else:
            kind, label = (
                "tool-error",
                f"{tool.tool} error {tool.error_code or 'unknown'} {seconds(done - tool.called_at_ms)}",
            )
        spans.append(span("tools", tool.called_at_ms, done, kind, label))
    marks = [
        Mark(x(i.ts_ms), i.ts_ms - start, "barge-in",
             f"caller barged in ({'agent recovered' if i.recovered else 'agent did not recover'})", i.turn)
        for i in detail.interruptions
    ]  # fmt: skip
    marks += [
        Mark(x(min(max(m.event_ms, start), end)), m.event_ms - start, "rule", f"{m.rule}: {m.detail}", m.turn)
        for m in matches
    ]
    points = []
    for turn in detail.turns:
        said = [u.ts_ms for u in turn.utterances if u.speaker == "caller"]
        if turn.metrics is None or turn.metrics.sentiment is None or not said:
            continue
        value = max(-1.0, min(1.0, turn.metrics.sentiment))
        points.append(Point(x(said[0]), round((1 - value) / 2, 3), value, turn.index))
    step = tick_step(total)
    ticks = [(x(start + t), clock(t)) for t in range(0, total + 1, step)]
    talk = {
        "agent": sum(b - a for a, b in talking["agent"]),
        "caller": sum(b - a for a, b in talking["caller"]),
        "overlap": sum(b - a for a, b in overlaps),
        "silence": sum(b - a for a, b in silences),
    }
    return Timeline(total, spans, marks, points, ticks, talk, heard)


def intersect(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where two lists of intervals overlap."""
    return [(max(s1, s2), min(e1, e2)) for s1, e1 in a for s2, e2 in b if max(s1, s2) < min(e1, e2)]


def gaps(runs: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``start..end`` no interval of ``runs`` (sorted by start) covers."""
    found, cursor = [], start
    for a, b in runs:
        if a > cursor:
            found.append((cursor, a))
        cursor = max(cursor, b)
    if end > cursor:
        found.append((cursor, end))
    return found


def tick_step(total_ms: int) -> int:
    for step in (5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000):
        if total_ms / step <= 10:
            return step
    return 1_800_000


def seconds(ms: int) -> str:
    return f"{ms / 1000:.1f} s"


def clock(ms: int) -> str:
    minutes, secs = divmod(ms // 1000, 60)
    return f"{minutes}:{secs:02d}"
