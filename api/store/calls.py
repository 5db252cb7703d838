"""Reading calls for the API: the filtered call list and one call in full (redacted transcript by turn,
per-turn metrics, tool calls, interruptions, the event timeline).

Every value from a caller reaches ClickHouse as a bound parameter (``{name:Type}``), never as SQL text.
Turn numbers are the pipeline's (``turn_metrics.turn_index``, 1-based in caller-utterance order);
turn 0 is the agent's greeting before the caller first speaks. The anomaly detector's transcript
links (``/calls/{sid}#turn-N``) use the same numbers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from api.store.rows import ms

SUMMARY_COLUMNS = (
    "call_sid", "workflow", "agent_name", "agent_version", "canary", "started_at", "last_event_at", "ended",
    "ended_at", "end_status", "end_reason", "handle_time_ms", "contained", "resolved_contained", "escalated",
    "abandoned_early", "task_success", "turns", "ttfhw_first_ms", "ttfhw_p50_ms", "ttfhw_p95_ms",
    "interrupts", "interrupts_recovered", "sentiment_delta", "tool_calls", "tool_failures", "handoff_reason",
    "handoff_trigger",
)  # fmt: skip
_TIMES = {"started_at", "last_event_at", "ended_at"}
MAX_LIMIT = 500


@dataclass(frozen=True, slots=True)
class CallFilter:
    """Filters of the call list; None means "any". Times are epoch ms on ``started_at``; the TTFHW
    range applies to the call's TTFHW p95; ``q`` searches the REDACTED transcript, case-insensitive."""

    workflow: str | None = None
    since_ms: int | None = None
    until_ms: int | None = None
    contained: bool | None = None
    escalated: bool | None = None
    ended: bool | None = None
    ttfhw_min_ms: float | None = None
    ttfhw_max_ms: float | None = None
    agent_version: str | None = None
    q: str | None = None
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True, slots=True)
class CallSummary:
    """One row of ``calls FINAL`` (times in epoch ms)."""

    call_sid: str
    workflow: str
    agent_name: str
    agent_version: str
    canary: bool
    started_at_ms: int
    last_event_at_ms: int
    ended: bool
    ended_at_ms: int | None
    end_status: str | None
    end_reason: str | None
    handle_time_ms: int | None
    contained: bool
    resolved_contained: bool
    escalated: bool
    abandoned_early: bool
    task_success: bool
    turns: int
    ttfhw_first_ms: int | None
    ttfhw_p50_ms: float | None
    ttfhw_p95_ms: float | None
    interrupts: int
    interrupts_recovered: int
    sentiment_delta: float | None
    tool_calls: int
    tool_failures: int
    handoff_reason: str | None
    handoff_trigger: str | None


@dataclass(frozen=True, slots=True)
class Utterance:
    speaker: str  # caller | agent
    text: str  # redacted
    ts_ms: int
    event_id: str
    interrupted: bool  # an agent utterance the caller cut off


@dataclass(frozen=True, slots=True)
class TurnMetric:
    ttfhw_ms: int | None
    first_token_ms: int | None
    within_budget: bool
    response: str  # helpful | filler_only | none …
    dead_air: bool
    sentiment: float | None


@dataclass(frozen=True, slots=True)
class TranscriptTurn:
    """Turn ``index`` (anchor ``#turn-{index}``): the caller's utterance, then the agent's answers."""

    index: int
    utterances: list[Utterance]
    metrics: TurnMetric | None  # None for turn 0 and for a turn whose window has not closed yet
    caller_interrupted: bool  # the caller barged in on the agent during this turn


@dataclass(frozen=True, slots=True)
class ToolCall:
    tool_call_id: str
    tool: str
    turn: int
    called_at_ms: int | None
    args_summary: str | None  # redacted
    result_at_ms: int | None
    ok: bool | None  # None: no result (yet)
    latency_ms: float | None
    error_code: str | None


@dataclass(frozen=True, slots=True)
class Interruption:
    index: int
    turn: int
    ts_ms: int
    yielded: bool
    answered: bool
    not_repeated: bool
    recovered: bool


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    ts_ms: int
    seq: int
    type: str
    event_id: str
    turn: int
    data: dict[str, Any]  # the redacted payload, without agent token chunks


@dataclass(frozen=True, slots=True)
class CallDetail:
    summary: CallSummary
    turns: list[TranscriptTurn]
    tool_calls: list[ToolCall]
    interruptions: list[Interruption]
    timeline: list[TimelineEvent]
    tools_by_name: dict[str, dict[str, float]] = field(default_factory=dict)  # tool -> calls/failures/latency


def list_calls(client: Any, database: str, flt: CallFilter) -> list[CallSummary]:
    """Calls matching ``flt``, newest first (then by SID, so pages are stable)."""
    where, params = _conditions(database, flt)
    params |= {"limit": max(1, min(flt.limit, MAX_LIMIT)), "offset": max(0, flt.offset)}
    sql = (
        f"SELECT {_select()} FROM {database}.calls FINAL WHERE {' AND '.join(where) or '1'} "
        "ORDER BY started_at DESC, call_sid LIMIT {limit:UInt32} OFFSET {offset:UInt64}"
    )
    return [_summary(row) for row in client.query(sql, parameters=params).result_rows]


def get_call(client: Any, database: str, call_sid: str) -> CallDetail | None:
    """The call in full, or None when the warehouse has no row for ``call_sid``."""
    params = {"sid": call_sid}
    rows = client.query(
        f"SELECT {_select()}, tool_calls_by_tool, tool_failures_by_tool, tool_latency_ms_mean_by_tool "
        f"FROM {database}.calls FINAL WHERE call_sid = {{sid:String}}",
        parameters=params,
    ).result_rows
    if not rows:
        return None
    row = rows[0]
    summary = _summary(row[: len(SUMMARY_COLUMNS)])
    calls_by, failures_by, latency_by = row[len(SUMMARY_COLUMNS) :]
    tools_by_name = {
        tool: {"calls": float(n), "failures": float(failures_by.get(tool, 0)),
               "latency_ms_mean": float(latency_by.get(tool, 0.0))}
        for tool, n in calls_by.items()
    }  # fmt: skip
    turns = _transcript(client, database, params)
    caller_ts = [t.utterances[0].ts_ms for t in turns if t.index > 0 and t.utterances[0].speaker == "caller"]
    events = _events(client, database, params)
    return CallDetail(
        summary=summary,
        turns=turns,
        tool_calls=_tool_calls(events, caller_ts),
        interruptions=_interruptions(client, database, params, caller_ts),
        timeline=[
            TimelineEvent(ts, seq, typ, eid, turn_at(caller_ts, ts), _without_chunks(data))
            for ts, seq, typ, eid, data in events
        ],
        tools_by_name=tools_by_name,
    )


def call_exists(client: Any, database: str, call_sid: str) -> bool:
    rows = client.query(
        f"SELECT count() FROM {database}.calls WHERE call_sid = {{sid:String}}", parameters={"sid": call_sid}
    ).result_rows
    return bool(rows and rows[0][0])


def turn_at(caller_ts: list[int], ts_ms: int) -> int:
    """The turn in progress at ``ts_ms``: how many caller utterances came at or before it."""
    return sum(1 for t in caller_ts if t <= ts_ms)


def _select() -> str:
    return ", ".join(f"toUnixTimestamp64Milli({c})" if c in _TIMES else c for c in SUMMARY_COLUMNS)


def _summary(row: Any) -> CallSummary:
    values = dict(zip(SUMMARY_COLUMNS, row, strict=True))
    return CallSummary(
        **{k: v for k, v in values.items() if k not in _TIMES},
        started_at_ms=int(values["started_at"]),
        last_event_at_ms=int(values["last_event_at"]),
        ended_at_ms=ms(values["ended_at"]),
    )


def _conditions(database: str, flt: CallFilter) -> tuple[list[str], dict[str, Any]]:
    where: list[str] = []
    params: dict[str, Any] = {}
    equal = {"workflow": flt.workflow, "agent_version": flt.agent_version}
    for column, value in equal.items():
        if value is not None:
            where.append(f"{column} = {{{column}:String}}")
            params[column] = value
    flags = {"contained": flt.contained, "escalated": flt.escalated, "ended": flt.ended}
    for column, flag in flags.items():
        if flag is not None:
            where.append(f"{column} = {{{column}:Bool}}")
            params[column] = flag
    if flt.since_ms is not None:
        where.append("started_at >= fromUnixTimestamp64Milli({since:Int64}, 'UTC')")
        params["since"] = flt.since_ms
    if flt.until_ms is not None:
        where.append("started_at < fromUnixTimestamp64Milli({until:Int64}, 'UTC')")
        params["until"] = flt.until_ms
    if flt.ttfhw_min_ms is not None:
        where.append("ttfhw_p95_ms >= {ttfhw_min:Float64}")
        params["ttfhw_min"] = flt.ttfhw_min_ms
    if flt.ttfhw_max_ms is not None:
        where.append("ttfhw_p95_ms <= {ttfhw_max:Float64}")
        params["ttfhw_max"] = flt.ttfhw_max_ms
    if flt.q:
        where.append(
            f"call_sid IN (SELECT call_sid FROM {database}.turns "
            "WHERE positionCaseInsensitiveUTF8(text, {q:String}) > 0)"
        )
        params["q"] = flt.q
    return where, params


def _transcript(client: Any, database: str, params: dict[str, Any]) -> list[TranscriptTurn]:
    metrics = {
        eid: (int(index), TurnMetric(ms(ttfhw), ms(first), bool(within), str(resp), bool(dead), sentiment),
              bool(interrupted))
        for eid, index, ttfhw, first, within, resp, dead, sentiment, interrupted in client.query(
            f"SELECT caller_event_id, turn_index, ttfhw_ms, first_token_ms, within_budget, response, "
            f"dead_air, sentiment, interrupted FROM {database}.turn_metrics FINAL "
            "WHERE call_sid = {sid:String}",
            parameters=params,
        ).result_rows
    }  # fmt: skip
    utterances = client.query(
        f"SELECT toUnixTimestamp64Milli(ts), speaker, text, event_id, ifNull(interrupted, false) "
        f"FROM {database}.turns FINAL WHERE call_sid = {{sid:String}} ORDER BY ts, event_id",
        parameters=params,
    ).result_rows
    turns: list[TranscriptTurn] = []
    current = 0
    for ts, speaker, text, eid, interrupted in utterances:
        utterance = Utterance(str(speaker), str(text), int(ts), str(eid), bool(interrupted))
        if speaker == "caller":
            known = metrics.get(eid)
            current = known[0] if known else current + 1
            metric, flagged = (known[1], known[2]) if known else (None, False)
            turns.append(TranscriptTurn(current, [utterance], metric, flagged))
            continue
        if not turns:
            turns.append(TranscriptTurn(0, [], None, False))
        turns[-1].utterances.append(utterance)
    return [
        TranscriptTurn(t.index, t.utterances, t.metrics,
                       t.caller_interrupted or any(u.interrupted for u in t.utterances))
        for t in turns
    ]  # fmt: skip


def _events(
    client: Any, database: str, params: dict[str, Any]
) -> list[tuple[int, int, str, str, dict[str, Any]]]:
    rows = client.query(
        f"SELECT toUnixTimestamp64Milli(ts), seq, type, event_id, data FROM {database}.events FINAL "
        f"WHERE call_sid = {{sid:String}} ORDER BY ts, seq, event_id",
        parameters=params,
    ).result_rows
    return [(int(ts), int(seq), str(typ), str(eid), _json(data)) for ts, seq, typ, eid, data in rows]


def _tool_calls(
    events: list[tuple[int, int, str, str, dict[str, Any]]], caller_ts: list[int]
) -> list[ToolCall]:
    called: dict[str, tuple[int, dict[str, Any]]] = {}
    results: dict[str, tuple[int, dict[str, Any]]] = {}
    order: list[str] = []
    for ts, _, typ, _, data in events:
        tool_call_id = str(data.get("tool_call_id", ""))
        if typ not in ("tool.called", "tool.result") or not tool_call_id:
            continue
        if tool_call_id not in order:
            order.append(tool_call_id)
        (called if typ == "tool.called" else results)[tool_call_id] = (ts, data)
    calls = []
    for tool_call_id in order:
        call_ts, call = called.get(tool_call_id, (None, {}))
        result_ts, result = results.get(tool_call_id, (None, {}))
        first_ts = call_ts if call_ts is not None else result_ts
        calls.append(
            ToolCall(
                tool_call_id=tool_call_id,
                tool=str(call.get("tool") or result.get("tool") or ""),
                turn=turn_at(caller_ts, first_ts or 0),
                called_at_ms=call_ts,
                args_summary=call.get("args_summary"),
                result_at_ms=result_ts,
                ok=result.get("ok") if result else None,
                latency_ms=result.get("latency_ms") if result else None,
                error_code=result.get("error_code") if result else None,
            )
        )
    return calls


def _interruptions(
    client: Any, database: str, params: dict[str, Any], caller_ts: list[int]
) -> list[Interruption]:
    rows = client.query(
        f"SELECT interrupt_index, toUnixTimestamp64Milli(ts), yielded, answered, not_repeated, recovered "
        f"FROM {database}.interruptions FINAL WHERE call_sid = {{sid:String}} ORDER BY interrupt_index",
        parameters=params,
    ).result_rows
    return [
        Interruption(int(i), turn_at(caller_ts, int(ts)), int(ts), bool(y), bool(a), bool(n), bool(r))
        for i, ts, y, a, n, r in rows
    ]


def _json(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _without_chunks(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "chunks"}
