"""The warehouse reads of the detector: per-minute counts (``query_df`` into pandas) and examples.

Counts, not rates, so any window pools exactly. Tool results come from ``events`` (by the minute the
result arrived, so a failing tool shows up while its calls are still live); the other KPIs come from
``kpi_minute_v`` (exact under redelivery, see deploy/clickhouse/README.md). The history read covers
the trailing baseline and the same hour of the four previous weeks (seasonality).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

WEEK_MINUTES = 7 * 24 * 60


@dataclass(frozen=True, slots=True)
class Example:
    call_sid: str
    turn: int


def _ranges(now_minute: int, trailing_minutes: int, column: str) -> str:
    """SQL condition: the trailing window, or within 45 minutes of now in each of 4 earlier weeks."""
    parts = [f"({column} >= {now_minute - trailing_minutes} AND {column} < {now_minute + 1})"]
    for week in range(1, 5):
        centre = now_minute - week * WEEK_MINUTES
        parts.append(f"({column} >= {centre - 45} AND {column} < {centre + 45})")
    return "(" + " OR ".join(parts) + ")"


def kpi_frame(client: Any, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, agent_version, turns, within, settled, contained, uncontained, sentiment_sum,
    sentiment_n (calls with a sentiment delta), sentiment_drops (of those, left clearly angrier)."""
    minute = "toInt64(intDiv(toUnixTimestamp(v.minute), 60))"  # v.minute: the column, not the alias
    sql = f"""
        SELECT {minute} AS minute, toString(workflow) AS workflow, toString(agent_version) AS agent_version,
               turns,
               toUInt64(round(ifNull(ttfhw_within_budget_share, 0) * turns)) AS within,
               calls_ended - abandoned_early AS settled,
               contained,
               calls_ended - abandoned_early - contained AS uncontained,
               ifNull(sentiment_delta_mean, 0) * sentiment_scored AS sentiment_sum,
               sentiment_scored AS sentiment_n,
               sentiment_drops
        FROM {database}.kpi_minute_v AS v
        WHERE {_ranges(now_minute, trailing_minutes, minute)}
    """
    frame = client.query_df(sql)
    return _empty(frame, ["minute", "workflow", "agent_version", "turns", "within", "settled", "contained",
                          "uncontained", "sentiment_sum", "sentiment_n", "sentiment_drops"])  # fmt: skip


def tool_frame(client: Any, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, tool, error_code, calls, failures: per minute, the calls that got a result
    from the tool and those where it failed with the code (distinct calls, not results: an agent
    retrying a failing tool three times is one failing call, and independent calls are what the
    binomial judgement assumes), on one row per error code the tool returned in the range, so a
    code's history has its zero minutes too (calls repeat on each code's row)."""
    minute = "toInt64(intDiv(toUnixTimestamp(ts), 60))"
    sql = f"""
        SELECT {minute} AS minute, toString(workflow) AS workflow,
               JSONExtractString(data, 'tool') AS tool,
               if(JSONExtractBool(data, 'ok'), '',
                  if(JSONExtractString(data, 'error_code') = '', 'unknown',
                     JSONExtractString(data, 'error_code'))) AS error_code,
               uniqExact(call_sid) AS results
        FROM {database}.events
        WHERE type = 'tool.result' AND {_ranges(now_minute, trailing_minutes, minute)}
        GROUP BY minute, workflow, tool, error_code
    """
    rows = client.query_df(sql)
    columns = ["minute", "workflow", "tool", "error_code", "calls", "failures"]
    if rows.empty:
        return _empty(rows, columns)
    tool = ["minute", "workflow", "tool"]
    calls = _calls_per_minute(client, database, now_minute, trailing_minutes)
    failed = rows[rows["error_code"] != ""].rename(columns={"results": "failures"})
    codes = failed[["workflow", "tool", "error_code"]].drop_duplicates()
    frame = calls.merge(codes, on=["workflow", "tool"]).merge(failed, on=[*tool, "error_code"], how="left")
    frame["failures"] = frame["failures"].fillna(0).astype("int64")
    return frame[columns]


def _calls_per_minute(client: Any, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, tool, calls: distinct calls with a result from the tool (a call whose tool
    both failed and worked in one minute counts once)."""
    minute = "toInt64(intDiv(toUnixTimestamp(ts), 60))"
    sql = f"""
        SELECT {minute} AS minute, toString(workflow) AS workflow,
               JSONExtractString(data, 'tool') AS tool, uniqExact(call_sid) AS calls
        FROM {database}.events
        WHERE type = 'tool.result' AND {_ranges(now_minute, trailing_minutes, minute)}
        GROUP BY minute, workflow, tool
    """
    return client.query_df(sql)


def examples(client: Any, database: str, alertname: str, group: dict[str, str], since_minute: int,
             limit: int = 5) -> list[Example]:  # fmt: skip
    """Up to ``limit`` recent calls that show the problem, with the turn where it shows."""
    params: dict[str, Any] = {"workflow": group["workflow"], "since": since_minute * 60, "limit": limit}
    since = "toDateTime64(%(since)s, 3, 'UTC')"
    if alertname.endswith("ToolFailures"):
        params["tool"] = group["tool"]
        params["code"] = "" if group.get("error_code", "unknown") == "unknown" else group["error_code"]
        sql = f"""
            WITH failing AS (
                SELECT call_sid, min(ts) AS at FROM {database}.events
                WHERE type = 'tool.result' AND workflow = %(workflow)s AND ts >= {since}
                  AND JSONExtractString(data, 'tool') = %(tool)s AND NOT JSONExtractBool(data, 'ok')
                  AND JSONExtractString(data, 'error_code') = %(code)s
                GROUP BY call_sid ORDER BY at DESC LIMIT %(limit)s)
            SELECT failing.call_sid, uniqExactIf(t.event_id, t.speaker = 'caller' AND t.ts <= failing.at)
            FROM failing LEFT JOIN {database}.turns AS t ON t.call_sid = failing.call_sid
            GROUP BY failing.call_sid, failing.at ORDER BY failing.at DESC"""
    elif alertname.endswith("TTFHWRegression"):
        params["version"] = group["agent_version"]
        sql = f"""
            SELECT call_sid, min(turn_index) FROM {database}.turn_metrics
            WHERE workflow = %(workflow)s AND agent_version = %(version)s AND start_at >= {since}
              AND NOT within_budget
            GROUP BY call_sid ORDER BY max(start_at) DESC LIMIT %(limit)s"""
    else:
        order = "sentiment_delta ASC" if alertname.endswith("SentimentDip") else "ended_at DESC"
        extra = "AND sentiment_delta < 0" if alertname.endswith("SentimentDip") else "AND NOT contained"
        sql = f"""
            SELECT call_sid, turns FROM {database}.calls FINAL
            WHERE workflow = %(workflow)s AND ended AND ended_at >= {since} AND NOT abandoned_early {extra}
            ORDER BY {order} LIMIT %(limit)s"""
    rows = client.query(sql, parameters=params).result_rows
    return [Example(str(sid), max(int(turn), 1)) for sid, turn in rows]


def _empty(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    return frame if not frame.empty else pd.DataFrame({c: [] for c in columns})
