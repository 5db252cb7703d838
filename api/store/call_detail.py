"""One call in full for the API: summary, redacted transcript by turn, per-turn metrics, tool calls,
interruptions and the event timeline.

Turn numbers are the pipeline's (``turn_metrics.turn_index``, 1-based in caller-utterance order);
turn 0 is the agent's greeting before the caller first speaks. The anomaly detector's transcript
links (``/calls/{sid}#turn-N``) use the same numbers. Every value reaches ClickHouse as a bound parameter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from api.store.call_summary import SUMMARY_COLUMNS, CallSummary, select_columns, summary_of
from api.store.rows import ms
from stream.warehouse import Warehouse


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


def get_call(client: Warehouse, database: str, call_sid: str) -> CallDetail | None:
    """The call in full, or None when the warehouse has no row for ``call_sid``."""
    params = {"sid": call_sid}
    rows = client.query(
        f"SELECT {select_columns()}, tool_calls_by_tool, tool_failures_by_tool, tool_latency_ms_mean_by_tool "
        f"FROM {database}.calls FINAL WHERE call_sid = {{sid:String}}",
        parameters=params,
    ).result_rows
    if not rows:
        return None
    row = rows[0]
    summary = summary_of(row[: len(SUMMARY_COLUMNS)])
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


def turn_at(caller_ts: list[int], ts_ms: int) -> int:
    """The turn in progress at ``ts_ms``: how many caller utterances came at or before it."""
    return sum(1 for t in caller_ts if t <= ts_ms)


def _transcript(client: Warehouse, database: str, params: dict[str, Any]) -> list[TranscriptTurn]:
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
    client: Warehouse, database: str, params: dict[str, Any]
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
    client: Warehouse, database: str, params: dict[str, Any], caller_ts: list[int]
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
