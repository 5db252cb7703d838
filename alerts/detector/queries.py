"""The warehouse reads of the detector: per-minute counts (``query_df`` into pandas) and examples.

Counts, not rates, so any window pools exactly. Tool results come from ``events`` (by the minute the
result arrived, so a failing tool shows up while its calls are still live); the other KPIs come from
``kpi_minute_v`` (exact under redelivery, see deploy/clickhouse/README.md); calls that loop or that
the agent stopped answering from ``calls``; arrivals from ``call.started`` events. The history read
covers the trailing baseline and, in each of the four previous weeks, the same span of time
(seasonality): the judged window with its trailing baseline and an hour after. Shadow calls are left
out everywhere (``kpi_minute_v`` already leaves them out): a person handles them and nothing the agent
proposed was heard, so they neither page nor serve as examples.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from ingest.lexicon.common_words import COMMON_WORDS
from stream.warehouse import Warehouse

WEEK_MINUTES = 7 * 24 * 60


@dataclass(frozen=True, slots=True)
class Example:
    call_sid: str
    turn: int


SEASON_AFTER_MINUTES = 120
"""How far past "now" each earlier week is read (a signal's seasonal baseline looks up to 30 minutes
past its window; arrivals read last week's change an hour later too, for a daylight-saving shift)."""


def _ranges(now_minute: int, trailing_minutes: int, column: str) -> str:
    """SQL condition: the trailing ``trailing_minutes`` up to now, and the same span (plus an hour
    after it) in each of the 4 earlier weeks. (Reading only 45 minutes around now made every
    window longer than a few minutes fall back to the trailing hours, which an earlier incident of
    the day inflates.)"""
    parts = [f"({column} >= {now_minute - trailing_minutes} AND {column} < {now_minute + 1})"]
    for week in range(1, 5):
        then = now_minute - week * WEEK_MINUTES
        parts.append(f"({column} >= {then - trailing_minutes} AND {column} < {then + SEASON_AFTER_MINUTES})")
    return "(" + " OR ".join(parts) + ")"


CALL_MINUTE = "toInt64(intDiv(toUnixTimestamp(if(ended, assumeNotNull(ended_at), last_event_at)), 60))"
"""A call's minute in ``calls``: when it ended, or its latest event while it is still going."""


def _in_range(database: str, now_minute: int, trailing_minutes: int, where: str = "NOT shadow",
              minute: str = CALL_MINUTE) -> str:  # fmt: skip
    """The ``in_range`` CTE (the call_sids of ``calls`` whose ``minute`` is in ``_ranges``) that the
    per-call queries join their events or turns to: one home, so each reads the same calls as its
    outer SELECT, whose ranges are the same."""
    return f"""in_range AS (
            SELECT call_sid FROM {database}.calls
            WHERE {where} AND {_ranges(now_minute, trailing_minutes, minute)})"""


def kpi_frame(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, agent_version, turns, within, settled, contained, uncontained, sentiment_sum,
    sentiment_n (calls with a sentiment delta), sentiment_drops (of those, left clearly angrier), failed
    (ended by a failure of the agent, the tap or the platform: agent_failed), slow_calls (the calls
    whose first turn out of budget started in the minute: ``slow_calls_frame``)."""
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
               sentiment_drops,
               agent_failed AS failed
        FROM {database}.kpi_minute_v AS v
        WHERE {_ranges(now_minute, trailing_minutes, minute)}
    """
    columns = ["minute", "workflow", "agent_version", "turns", "within", "settled", "contained",
               "uncontained", "sentiment_sum", "sentiment_n", "sentiment_drops", "failed"]  # fmt: skip
    kpis = _empty(client.query_df(sql), columns)
    slow = slow_calls_frame(client, database, now_minute, trailing_minutes)
    if kpis.empty or slow.empty:
        return kpis.assign(slow_calls=0)
    frame = kpis.merge(slow, on=["minute", "workflow", "agent_version"], how="left")
    frame["slow_calls"] = frame["slow_calls"].fillna(0).astype("int64")
    return frame


SLOW_CALL_LOOKBACK_MINUTES = 60
"""How far before the frame's ranges a call's turns are read to find its first turn out of budget (a
call is over long before)."""


def slow_calls_frame(
    client: Warehouse, database: str, now_minute: int, trailing_minutes: int
) -> pd.DataFrame:
    """minute, workflow, agent_version, slow_calls: the calls whose first turn out of budget started in
    the minute. Each call counts once, in one minute, so a window's sum is the distinct calls that
    turned slow in it (and the count at a minute never changes once the minute is over: a replay cuts
    the day's frame to what the live query returns). Turns of one call share its model session and
    its latency; a build's turns late on one or two calls are those callers', not the build's
    (round 28: ``signals.Signal.min_calls``)."""
    minute = "toInt64(intDiv(toUnixTimestamp(first_late), 60))"
    read = "toInt64(intDiv(toUnixTimestamp(start_at), 60))"
    sql = f"""
        SELECT {minute} AS minute, workflow, agent_version, count() AS slow_calls
        FROM (
            SELECT call_sid, toString(any(workflow)) AS workflow,
                   toString(any(agent_version)) AS agent_version, min(start_at) AS first_late
            FROM {database}.turn_metrics
            WHERE NOT shadow AND NOT within_budget
              AND {_ranges(now_minute, trailing_minutes + SLOW_CALL_LOOKBACK_MINUTES, read)}
            GROUP BY call_sid)
        WHERE {_ranges(now_minute, trailing_minutes, minute)}
        GROUP BY minute, workflow, agent_version
    """
    return _empty(client.query_df(sql), ["minute", "workflow", "agent_version", "slow_calls"])


def failures_frame(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, settled, failed: ``kpi_frame``'s failed calls per workflow alone (every build
    together), a frame small enough to read a week of (``signals``: a workflow's share of failed calls
    over its last week, the baseline that lets two failed night calls be news)."""
    minute = "toInt64(intDiv(toUnixTimestamp(v.minute), 60))"
    sql = f"""
        SELECT {minute} AS minute, toString(workflow) AS workflow,
               sum(calls_ended - abandoned_early) AS settled, sum(agent_failed) AS failed
        FROM {database}.kpi_minute_v AS v
        WHERE {_ranges(now_minute, trailing_minutes, minute)}
        GROUP BY minute, workflow
    """
    return _empty(client.query_df(sql), ["minute", "workflow", "settled", "failed"])


def tool_frame(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
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
        WHERE type = 'tool.result' AND NOT shadow AND {_ranges(now_minute, trailing_minutes, minute)}
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


SLOW_FACTOR = 3.0
SLOW_MARGIN_MS = 1000.0
"""A slow answer is at least this much over the tool's median as well as ``SLOW_FACTOR`` times it. At
1.5 s a fast tool (lookup_caller, 0.15-0.2 s) rising for hours was slow only at 1.7 s, half an hour
after its answers took 1.2 s, eight times its median (test11-b's caller_lookup_rise: paged at 5280 s,
its evidence at 3270 s). A tool whose median is 0.5 s or more keeps three times it as its bar."""


def slow_limit_ms(normal_ms: float) -> float:
    """The latency at which a tool's answer is slow: ``SLOW_FACTOR`` times its median and at least
    ``SLOW_MARGIN_MS`` more (the live query, the replay's frames and the page's example calls all read it)."""
    return max(SLOW_FACTOR * normal_ms, normal_ms + SLOW_MARGIN_MS)


def tool_latency_frame(
    client: Warehouse, database: str, now_minute: int, trailing_minutes: int
) -> pd.DataFrame:
    """minute, workflow, tool, results, slow, latency_ms (their sum), normal_ms: each tool's answers
    by the minute they arrived (a slow tool shows while its calls are live). ``normal_ms`` is the
    tool's median latency over the read ranges before the last half hour; a result is ``slow`` at
    ``slow_limit_ms`` (three times that and at least 1 s more), and it succeeded: a timeout is a
    failure (the tool failure signals judge it), not a slow answer (test4-b: a tool timing out at 8 s
    paged as slow a minute before its failures did). A share of slow answers, not a mean: several tools
    time out now and then (one answer in a hundred at 9 s), which moves a mean of three answers."""
    minute = "toInt64(intDiv(toUnixTimestamp(ts), 60))"
    latency = "JSONExtractFloat(data, 'latency_ms')"
    ranges = _ranges(now_minute, trailing_minutes, minute)
    sql = f"""
        WITH normal AS (
            SELECT toString(workflow) AS workflow, JSONExtractString(data, 'tool') AS tool,
                   quantileExact(0.5)({latency}) AS normal_ms
            FROM {database}.events
            WHERE type = 'tool.result' AND NOT shadow AND {ranges} AND {minute} < {now_minute - 30}
            GROUP BY workflow, tool)
        SELECT {minute} AS minute, toString(e.workflow) AS workflow,
               JSONExtractString(e.data, 'tool') AS tool, count() AS results,
               countIf(JSONExtractBool(e.data, 'ok')
                       AND {latency} >= greatest({SLOW_FACTOR} * n.normal_ms,
                                                 n.normal_ms + {SLOW_MARGIN_MS})) AS slow,
               sum({latency}) AS latency_ms, any(n.normal_ms) AS normal_ms
        FROM {database}.events AS e
        INNER JOIN normal AS n
            ON n.workflow = toString(e.workflow) AND n.tool = JSONExtractString(e.data, 'tool')
        WHERE e.type = 'tool.result' AND NOT e.shadow AND {ranges}
        GROUP BY minute, workflow, tool
    """
    return _empty(
        client.query_df(sql), ["minute", "workflow", "tool", "results", "slow", "latency_ms", "normal_ms"]
    )


def arrivals_frame(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, arrivals (call.started events), with a row for every minute of the read
    ranges that a workflow's calls could have arrived in (a minute without calls is a 0, which is the
    whole point of this frame); overlapped: of the calls that started, those that found another call of
    their line live (``_overlapped``)."""
    minute = "toInt64(intDiv(toUnixTimestamp(ts), 60))"
    sql = f"""
        SELECT {minute} AS minute, toString(workflow) AS workflow, count() AS arrivals
        FROM {database}.events
        WHERE type = 'call.started' AND NOT shadow AND {_ranges(now_minute, trailing_minutes, minute)}
        GROUP BY minute, workflow
    """
    rows = _empty(client.query_df(sql), ["minute", "workflow", "arrivals"])
    if rows.empty:
        return rows
    rows["minute"] = rows["minute"].astype("int64")
    shared = _overlapped(client, database, now_minute, trailing_minutes)
    rows = rows.merge(shared, on=["minute", "workflow"], how="left").fillna({"overlapped": 0})
    starts = [now_minute - week * WEEK_MINUTES for week in range(5)]
    after = [1 if s == now_minute else SEASON_AFTER_MINUTES for s in starts]
    minutes = [m for s, a in zip(starts, after, strict=True) for m in range(s - trailing_minutes, s + a)]
    grid = pd.MultiIndex.from_product([sorted(set(minutes)), sorted(rows["workflow"].unique())],
                                      names=["minute", "workflow"])  # fmt: skip
    full = rows.set_index(["minute", "workflow"]).reindex(grid, fill_value=0).reset_index()
    return full[full["minute"] < now_minute]


OVERLAP_LOOKBACK = 60
"""Calls started this many minutes before a read range are read too, so the range's first calls know
whether an earlier call of their line was still live (a call of an hour or more is rare)."""


def _overlapped(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, overlapped: the calls that started while another call of their workflow was
    still live (started before, not yet ended). A line capped at one channel (a trunk's concurrent-
    call limit) lets a call in only when the last one ended: none of its calls overlap, while at a
    busy hour nearly all of them do (``channel_cap``)."""
    started = "toInt64(intDiv(toUnixTimestamp(started_at), 60))"
    live = f"toDateTime64({now_minute * 60}, 3, 'UTC')"  # a call not ended is live until now, unless
    silent = f"toDateTime64({(now_minute - 10) * 60}, 3, 'UTC')"  # it went silent (an end never recorded)
    until = f"if(ended, assumeNotNull(ended_at), if(last_event_at >= {silent}, {live}, last_event_at))"
    sql = f"""
        SELECT {started} AS minute, toString(workflow) AS workflow,
               countIf(started_at < live_until) AS overlapped
        FROM (
            SELECT started_at, workflow, max({until}) OVER (PARTITION BY workflow ORDER BY started_at
                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS live_until
            FROM {database}.calls FINAL
            WHERE NOT shadow AND {_ranges(now_minute, trailing_minutes + OVERLAP_LOOKBACK, started)}
        )
        WHERE {_ranges(now_minute, trailing_minutes, started)}
        GROUP BY minute, workflow
    """
    shared = _empty(client.query_df(sql), ["minute", "workflow", "overlapped"])
    shared["minute"] = shared["minute"].astype("int64")
    return shared


def calls_frame(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, agent_version, ended (calls that ended, abandoned-early ones left out unless
    unanswered: a caller whom the agent never answered after the first words is "abandoned early" and
    unanswered both, and must count in the share's denominator too), unanswered (of those, the agent
    had stopped answering), active (calls with a row in the minute:
    ended there, or live with their latest event there), looping (of those, one question asked 3+
    times), left (as ``ended``, stranded calls kept in too) and stranded (of those, a caller's turn got
    no response at all past the dead-air limit and the agent never answered again, the call not handed
    off nor failed). A live call counts in the minute of its latest event, an ended one where it ended.

    ``stranded`` is the agent that stopped answering seen in every such call: ``unanswered`` needs
    the caller's very last words to wait out the dead-air limit, and a caller who asked "are you
    there?" into the silence hangs up within a second or two of it as often as not (test3-c: half of
    refill's calls went silent after the first words; the unanswered share never paged, and a TTFHW
    regression, the silent turns counted as late ones, paged first at 660 s).

    ``handoffs`` are the ended calls handed to a person (a hand-off requested), ``unconnected`` those of
    them the transfer never reached: the call did not end by the hand-off (reason ``handoff``: the
    session ended and the platform took the call) but by the caller hanging up, after a turn that got no
    response past the dead-air limit (test7-a 19:40: the hand-off webhook failed silently; callers
    asked "are you there?" into the silence and hung up; ``stranded`` leaves hand-offs out, so only a
    TTFHW regression paged, at 780 s). ``handoff_failed`` are the hand-offs the platform failed (the call
    ended ``agent_failed`` after the hand-off was asked for: the transfer leg was rejected or rang into
    nothing; test23-a 16:19, billing's queue endpoint rejecting transfers after a certificate renewal)."""
    minute = CALL_MINUTE
    stranded = "(s.strands > 0 AND (s.answers = 0 OR s.last_answer < s.first_strand))"
    sql = f"""
        WITH {_in_range(database, now_minute, trailing_minutes)},
        strands AS (
            SELECT call_sid, countIf(response = 'none' AND dead_air) AS strands,
                   minIf(turn_index, response = 'none' AND dead_air) AS first_strand,
                   countIf(response != 'none') AS answers,
                   maxIf(turn_index, response != 'none') AS last_answer
            FROM {database}.turn_metrics
            WHERE call_sid IN (SELECT call_sid FROM in_range)
            GROUP BY call_sid)
        SELECT {minute} AS minute, toString(c.workflow) AS workflow,
               toString(c.agent_version) AS agent_version,
               countIf(c.ended AND (NOT c.abandoned_early OR c.unanswered)) AS ended_calls,
               countIf(c.ended AND c.unanswered) AS unanswered_calls,
               count() AS active, countIf(c.looping) AS looping_calls,
               countIf(c.ended AND (NOT c.abandoned_early OR c.unanswered OR {stranded})) AS left_calls,
               countIf(c.ended AND NOT c.escalated AND NOT c.agent_failed AND {stranded}) AS stranded_calls,
               countIf(c.ended AND c.escalated) AS handoff_calls,
               countIf(c.ended AND c.escalated AND c.end_reason != 'handoff' AND NOT c.agent_failed
                       AND {stranded}) AS unconnected_calls,
               countIf(c.ended AND c.escalated AND c.agent_failed) AS handoff_failed_calls
        FROM {database}.calls AS c FINAL
        LEFT JOIN strands AS s ON s.call_sid = c.call_sid
        WHERE NOT c.shadow AND {_ranges(now_minute, trailing_minutes, minute)}
        GROUP BY minute, workflow, agent_version
    """
    frame = _empty(client.query_df(sql), ["minute", "workflow", "agent_version", "ended_calls",
                                          "unanswered_calls", "active", "looping_calls", "left_calls",
                                          "stranded_calls", "handoff_calls",
                                          "unconnected_calls", "handoff_failed_calls"])  # fmt: skip
    return frame.rename(columns={"ended_calls": "ended", "unanswered_calls": "unanswered",
                                 "looping_calls": "looping", "left_calls": "left",
                                 "stranded_calls": "stranded", "handoff_calls": "handoffs",
                                 "unconnected_calls": "unconnected",
                                 "handoff_failed_calls": "handoff_failed"})  # fmt: skip


HANDOFF_INTENTS = ("request_human",)
"""Intents that ask for a person: they say the caller gave up on the task, not which task it was (a
looping call ends with one), so a call's task is its first recognized intent that is not one of these."""


def intent_loops_frame(
    client: Warehouse, database: str, now_minute: int, trailing_minutes: int
) -> pd.DataFrame:
    """minute, workflow, intent, agent_version, active, looping: ``calls_frame``'s active and looping
    calls split by the call's task (its first recognized intent that is not a request for a person; calls
    without one are left out: the workflow's judgement has them). A prompt change to one branch loops only
    that intent's calls (test6-b 10:50: billing's balance questions, an eighth of its calls, so the
    workflow's share moved about 10 points: missed). Per build too: a canary whose only fault is one
    branch loops on a tenth of that intent's calls (test12-b's canary_intent_loop). Per prompt version
    too (round 24): a prompt experiment loops on its arm's calls of every build, and the page names the
    prompt (``prompts.name_the_prompt``; test20-b's billing-v20, paged as the stable build's loop). Per
    model too (round 25): a model alias moved to a new snapshot loops on that model's calls of every
    line, and the page across lines names it (``loop_across_lines``; test21-b's gpt-4o-mini)."""
    minute = CALL_MINUTE
    sql = f"""
        WITH {_in_range(database, now_minute, trailing_minutes)},
        tasks AS (
            SELECT call_sid, argMin(JSONExtractString(data, 'intent'), ts) AS intent
            FROM {database}.events
            WHERE type = 'intent.recognized' AND call_sid IN (SELECT call_sid FROM in_range)
              AND NOT has(%(handoff)s, JSONExtractString(data, 'intent'))
            GROUP BY call_sid)
        SELECT {minute} AS minute, toString(c.workflow) AS workflow, t.intent AS intent,
               toString(c.agent_version) AS agent_version, toString(c.prompt_version) AS prompt_version,
               toString(c.agent_model) AS agent_model, count() AS active, countIf(c.looping) AS looping_calls
        FROM {database}.calls AS c FINAL
        INNER JOIN tasks AS t ON t.call_sid = c.call_sid
        WHERE NOT c.shadow AND {_ranges(now_minute, trailing_minutes, minute)}
        GROUP BY minute, workflow, intent, agent_version, prompt_version, agent_model
    """
    frame = _empty(client.query_df(sql, parameters={"handoff": list(HANDOFF_INTENTS)}),
                   ["minute", "workflow", "intent", "agent_version", "prompt_version", "agent_model",
                    "active", "looping_calls"])  # fmt: skip
    return frame.rename(columns={"looping_calls": "looping"})


def reverify_frame(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, active (``calls_frame``'s: a call in the minute it ended, or of its latest
    event), reverified (of those, the caller's identity verified twice or more; a failed check, then a
    passed one, is one verification).

    An agent that asks again for what it has just verified ("for your security, once more: your date of
    birth?") loops without asking any one question three times: each call asks it twice, and the
    caller repeats the answer or asks for a person (test8-a 16:38, billing: paged as the containment
    drop it made, at 660 s). A caller's identity is verified once a call; on the normal day of seed
    3301 no call verified twice, in the prompt change's first hour 51 of billing's 323 did."""
    minute = CALL_MINUTE
    sql = f"""
        WITH {_in_range(database, now_minute, trailing_minutes)},
        verified AS (
            SELECT call_sid, countIf(JSONExtractBool(data, 'verified')) AS times FROM {database}.events
            WHERE type = 'identity.verified' AND call_sid IN (SELECT call_sid FROM in_range)
            GROUP BY call_sid)
        SELECT {minute} AS minute, toString(c.workflow) AS workflow, count() AS active,
               countIf(v.times >= 2) AS reverified_calls
        FROM {database}.calls AS c FINAL
        LEFT JOIN verified AS v ON v.call_sid = c.call_sid
        WHERE NOT c.shadow AND {_ranges(now_minute, trailing_minutes, minute)}
        GROUP BY minute, workflow
    """
    frame = _empty(client.query_df(sql), ["minute", "workflow", "active", "reverified_calls"])
    return frame.rename(columns={"reverified_calls": "reverified"})


MUMBLE = ("uh", "um", "er", "hm", "mm", "the", "a", "an", "for", "my", "to", "and", "of", "it", "is", "in",
          "on", "that", "this", "with", "i", "you", "so")  # fmt: skip
"""Words a garbled transcript is made of: a final caller transcript of at most five words, all of them
these, is speech recognition returning fragments ("uh the for my"), not an answer."""


CUT_MAX_WORDS = 5
CUT_MORE_WORDS = 3
"""A cut transcript: a caller's final transcript of 2 .. ``CUT_MAX_WORDS`` words that the same caller's
next transcript starts with, word for word, and goes on for at least ``CUT_MORE_WORDS`` more words. It is
speech recognition's endpointing finalising a sentence at the caller's first pause ("I need to"), the
agent answering the fragment, and the caller saying the whole sentence again ("I need to refill my
prescription"). Every word true, none mumbled: neither empty nor garbled reads it (test12-a's
endpoint_cut: 583 sentences cut on every line in 30 min, paged at 1140 s as billing's agent loop, the
agent's "could you say that again?" asked three times). On a normal day a caller almost never repeats
his last short utterance as the start of a longer one."""
CUT_CALLER = f"""
    length(said) BETWEEN 2 AND {CUT_MAX_WORDS} AND length(said_next) >= length(said) + {CUT_MORE_WORDS}
    AND arraySlice(said_next, 1, length(said)) = said"""
_WORDS = "arrayFilter(w -> w != '', splitByRegexp('[^a-z]+', lower({})))"


def asr_frame(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, agent_version, problem ("empty" | "garbled" | "cut"), utterances (final caller
    transcripts), bad (of those, empty: no letter at all; garbled: 1-5 words, all mumble words; cut: the
    caller's next transcript repeats it and goes on, ``CUT_CALLER``). Per build too: a canary whose
    speech settings garble its callers' words is that build's page."""
    minute = "toInt64(intDiv(toUnixTimestamp(ts), 60))"
    words = "splitByRegexp('[^a-z]+', lower(text))"
    sql = f"""
        SELECT {minute} AS minute, toString(workflow) AS workflow, toString(agent_version) AS agent_version,
               count() AS utterances, countIf(NOT match(text, '[A-Za-z]')) AS empty,
               countIf(match(text, '[A-Za-z]') AND length(arrayFilter(w -> w != '', {words})) <= 5
                       AND arrayAll(w -> w = '' OR has(%(mumble)s, w), {words})) AS garbled,
               countIf({CUT_CALLER}) AS cut
        FROM (
            SELECT ts, workflow, agent_version, text, {_WORDS.format("text")} AS said,
                   {_WORDS.format("next_text")} AS said_next
            FROM (
                SELECT ts, workflow, agent_version, text,
                       leadInFrame(text) OVER (PARTITION BY call_sid ORDER BY ts, event_id
                                               ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING) AS next_text
                FROM {database}.turns
                WHERE speaker = 'caller' AND {_ranges(now_minute, trailing_minutes, minute)}
                  AND call_sid NOT IN (SELECT call_sid FROM {database}.calls WHERE shadow)))
        GROUP BY minute, workflow, agent_version
    """
    columns = ["minute", "workflow", "agent_version", "utterances", "empty", "garbled", "cut"]
    rows = _empty(client.query_df(sql, parameters={"mumble": list(MUMBLE)}), columns)
    parts = [rows.assign(problem=problem, bad=rows[problem]) for problem in ("empty", "garbled", "cut")]
    return pd.concat(parts)[["minute", "workflow", "agent_version", "problem", "utterances", "bad"]]


def unheard_frame(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute (of the call's end), workflow, problem ("empty"), ended (calls that ended, not shadow),
    unheard (of those, no caller words at all, and the agent spoke twice or more: its greeting and its
    no-input prompt into the silence).

    The caller's audio that never reaches the platform (a carrier's one-way media outage) leaves no
    transcript to judge, empty or otherwise, so ``asr_frame`` sees nothing; the calls still arrive, so
    the traffic judgement must not see them either (test8-a 08:52: calls from three area codes, the
    agent asking "are you still there?" and the caller hanging up or timing out). A caller who hangs up
    during the greeting is silent too, but the agent spoke once: on the normal day of seed 3301 no call
    of the 24 hours had no caller words after two agent utterances; in the outage's hour 63 did.
    Read from events (copied with a week's history, which ``turns`` is not)."""
    ended_minute = "toInt64(intDiv(toUnixTimestamp(assumeNotNull(ended_at)), 60))"
    minute = "toInt64(intDiv(toUnixTimestamp(assumeNotNull(c.ended_at)), 60))"
    sql = f"""
        WITH {_in_range(database, now_minute, trailing_minutes, "ended AND NOT shadow", ended_minute)},
        spoken AS (
            SELECT call_sid, countIf(type = 'caller.utterance') AS caller,
                   countIf(type = 'agent.utterance') AS agent
            FROM {database}.events
            WHERE type IN ('caller.utterance', 'agent.utterance')
              AND call_sid IN (SELECT call_sid FROM in_range)
            GROUP BY call_sid)
        SELECT {minute} AS minute, toString(c.workflow) AS workflow, count() AS ended_calls,
               countIf(s.caller = 0 AND s.agent >= 2) AS unheard_calls
        FROM {database}.calls AS c FINAL
        LEFT JOIN spoken AS s ON s.call_sid = c.call_sid
        WHERE c.ended AND NOT c.shadow AND {_ranges(now_minute, trailing_minutes, minute)}
        GROUP BY minute, workflow
    """
    rows = _empty(client.query_df(sql), ["minute", "workflow", "ended_calls", "unheard_calls"])
    rows = rows.rename(columns={"ended_calls": "ended", "unheard_calls": "unheard"})
    return rows.assign(problem="empty")[["minute", "workflow", "problem", "ended", "unheard"]]


FOREIGN_MIN_WORDS, FOREIGN_MAX_SHARE = 5, 1 / 8


def _foreign(text: str) -> str:
    """SQL: the reply ``text`` is in another language than English (``%(en)s``: its common words)."""
    words = f"arrayFilter(w -> w != '', splitByRegexp('[^a-z\\'\\x80-\\xff]+', lower({text})))"
    common = f"arrayCount(w -> has(%(en)s, w), {words})"
    return f"(length({words}) >= {FOREIGN_MIN_WORDS} AND {common} <= {FOREIGN_MAX_SHARE} * length({words}))"


def language_frame(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, agent_model, replied (calls with an agent reply in the minute), foreign (of those, calls
    with a reply in another language than the call's: see ``COMMON_WORDS``). Per model across
    workflows: a model update or a prompt that loses its language pin answers on every line that runs
    the model, a share of each line's calls too thin to be news on one. The call's language is its
    caller's transcripts' (``lang``), else English."""
    minute = "toInt64(intDiv(toUnixTimestamp(t.ts), 60))"
    foreign = _foreign("t.text")
    sql = f"""
        WITH replies AS (
            SELECT call_sid, ts, text FROM {database}.turns AS t
            WHERE speaker = 'agent' AND {_ranges(now_minute, trailing_minutes, minute)}),
        models AS (
            SELECT call_sid, toString(agent_model) AS agent_model FROM {database}.calls FINAL
            WHERE NOT shadow AND call_sid IN (SELECT call_sid FROM replies)),
        spoken AS (
            SELECT call_sid, any(lower(ifNull(lang, ''))) AS lang FROM {database}.turns
            WHERE speaker = 'caller' AND call_sid IN (SELECT call_sid FROM replies) GROUP BY call_sid)
        SELECT {minute} AS minute, m.agent_model AS agent_model, uniqExact(t.call_sid) AS replied,
               uniqExactIf(t.call_sid, {foreign}) AS foreign
        FROM replies AS t
        INNER JOIN models AS m ON m.call_sid = t.call_sid
        LEFT JOIN spoken AS s ON s.call_sid = t.call_sid
        WHERE s.lang = '' OR startsWith(s.lang, 'en')
        GROUP BY minute, agent_model
    """
    return _empty(client.query_df(sql, parameters={"en": list(COMMON_WORDS["en"])}),
                  ["minute", "agent_model", "replied", "foreign"])  # fmt: skip


def dead_air_frame(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, agent_version, calls (with a turn starting in the minute), silent (of those,
    calls with a dead-air turn: the caller waited over 3 s for any agent speech). Calls, not turns:
    the turns of one call are not independent trials."""
    minute = "toInt64(intDiv(toUnixTimestamp(start_at), 60))"
    sql = f"""
        SELECT {minute} AS minute, toString(workflow) AS workflow, toString(agent_version) AS agent_version,
               uniqExact(call_sid) AS calls, uniqExactIf(call_sid, dead_air) AS silent
        FROM {database}.turn_metrics
        WHERE NOT shadow AND {_ranges(now_minute, trailing_minutes, minute)}
        GROUP BY minute, workflow, agent_version
    """
    return _empty(client.query_df(sql), ["minute", "workflow", "agent_version", "calls", "silent"])


PLAYBACK_BUDGET_MS = 3_000
"""A reply whose speech has not started this long after its text went out did not play (dead air)."""


def unplayed_frame(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, agent_version, replies (calls with an agent reply sent in the minute, among
    calls that report playback: ConversationRelay's ``agentSpeaking`` speaker events), unplayed (of
    those, calls with a reply that went out as text while the agent was not speaking and no agent
    speech started within ``PLAYBACK_BUDGET_MS``: text-to-speech stalled, the caller hears nothing).
    A reply counts as unplayed only once the call still reports speaker events after the budget (the
    caller's ``clientSpeaking``: playback is being reported, and the agent's is missing). A live reply
    is not judged before its speech could have started, a call that ended right after it is not dead
    air, and a call whose speaker events stopped altogether (a subscription or relay gap: the
    simulator's injected loops) is not read as silence. Calls without speaker events are not judged
    here (the turn-based dead-air frame is)."""
    minute = "toInt64(intDiv(intDiv(r, 1000), 60))"
    budget = PLAYBACK_BUDGET_MS
    sql = f"""
        WITH per_call AS (
            SELECT call_sid, any(toString(workflow)) AS workflow,
                   any(toString(agent_version)) AS agent_version,
                   groupArrayIf(toUnixTimestamp64Milli(ts), type = 'agent.utterance') AS replies,
                   arraySort(groupArrayIf((toUnixTimestamp64Milli(ts), JSONExtractBool(data, 'speaking')),
                       type = 'speaker' AND JSONExtractString(data, 'who') = 'agent')) AS agent,
                   maxIf(toUnixTimestamp64Milli(ts), type = 'speaker') AS last_speaker_ms
            FROM {database}.events
            WHERE NOT shadow AND type IN ('agent.utterance', 'speaker')
              AND {_ranges(now_minute, trailing_minutes, "toInt64(intDiv(toUnixTimestamp(ts), 60))")}
            GROUP BY call_sid
            HAVING length(agent) > 0)
        SELECT {minute} AS minute, workflow, agent_version, uniqExact(call_sid) AS replies_n,
               uniqExactIf(call_sid, NOT arrayLast(x -> x.1 <= r, agent).2
                   AND NOT arrayExists(x -> x.1 > r AND x.1 <= r + {budget} AND x.2, agent)
                   AND last_speaker_ms > r + {budget}) AS unplayed
        FROM per_call ARRAY JOIN replies AS r
        GROUP BY minute, workflow, agent_version
    """
    frame = _empty(client.query_df(sql), ["minute", "workflow", "agent_version", "replies_n", "unplayed"])
    return frame.rename(columns={"replies_n": "replies"})


def tool_calls_frame(
    client: Warehouse, database: str, now_minute: int, trailing_minutes: int
) -> pd.DataFrame:
    """minute, workflow, tool, calls (distinct calls with a result from the tool), failed (of those,
    calls where it failed, whatever the error code): a tool failing a share of its calls with codes
    that come and go (a backend's 5xx, timeouts) shows here when no single code is news."""
    minute = "toInt64(intDiv(toUnixTimestamp(ts), 60))"
    sql = f"""
        SELECT {minute} AS minute, toString(workflow) AS workflow, JSONExtractString(data, 'tool') AS tool,
               uniqExact(call_sid) AS calls_n,
               uniqExactIf(call_sid, NOT JSONExtractBool(data, 'ok')) AS failed
        FROM {database}.events
        WHERE type = 'tool.result' AND NOT shadow AND {_ranges(now_minute, trailing_minutes, minute)}
        GROUP BY minute, workflow, tool
    """
    frame = _empty(client.query_df(sql), ["minute", "workflow", "tool", "calls_n", "failed"])
    return frame.rename(columns={"calls_n": "calls"})


def handoffs_frame(client: Warehouse, database: str, now_minute: int, trailing_minutes: int) -> pd.DataFrame:
    """minute, workflow, trigger, settled (calls of the workflow that ended in the minute, abandoned-early
    ones left out, as in ``kpi_frame``), handed (of those, calls handed to a person with that
    trigger), on one row per trigger the workflow's hand-offs had in the range, so a trigger's history
    has its zero minutes too (``settled`` repeats on each trigger's row). A prompt that hands callers
    off too eagerly moves one trigger's share (``policy``: 3% of billing's calls -> 44%) far more, and
    far sooner, than the containment share, which every other reason for a hand-off already moves."""
    minute = "toInt64(intDiv(toUnixTimestamp(assumeNotNull(ended_at)), 60))"
    sql = f"""
        SELECT {minute} AS minute, toString(workflow) AS workflow,
               if(escalated, ifNull(toString(handoff_trigger), 'unknown'), '') AS trigger,
               count() AS calls_n
        FROM {database}.calls FINAL
        WHERE ended AND NOT shadow AND NOT abandoned_early AND {_ranges(now_minute, trailing_minutes, minute)}
        GROUP BY minute, workflow, trigger
    """
    rows = client.query_df(sql)
    columns = ["minute", "workflow", "trigger", "settled", "handed"]
    if rows.empty:
        return _empty(rows, columns)
    settled = rows.groupby(["minute", "workflow"], as_index=False)["calls_n"].sum()
    settled = settled.rename(columns={"calls_n": "settled"})
    handed = rows[rows["trigger"] != ""].rename(columns={"calls_n": "handed"})
    triggers = handed[["workflow", "trigger"]].drop_duplicates()
    frame = settled.merge(triggers, on="workflow").merge(
        handed, on=["minute", "workflow", "trigger"], how="left"
    )
    frame["handed"] = frame["handed"].fillna(0).astype("int64")
    return frame[columns]


def _calls_per_minute(
    client: Warehouse, database: str, now_minute: int, trailing_minutes: int
) -> pd.DataFrame:
    """minute, workflow, tool, calls: distinct calls with a result from the tool (a call whose tool
    both failed and worked in one minute counts once)."""
    minute = "toInt64(intDiv(toUnixTimestamp(ts), 60))"
    sql = f"""
        SELECT {minute} AS minute, toString(workflow) AS workflow,
               JSONExtractString(data, 'tool') AS tool, uniqExact(call_sid) AS calls
        FROM {database}.events
        WHERE type = 'tool.result' AND NOT shadow AND {_ranges(now_minute, trailing_minutes, minute)}
        GROUP BY minute, workflow, tool
    """
    return client.query_df(sql)


def examples(client: Warehouse, database: str, alertname: str, group: dict[str, str], since_minute: int,
             until_minute: int, limit: int = 5) -> list[Example]:  # fmt: skip
    """Up to ``limit`` calls of ``[since_minute, until_minute)`` that show the problem, the latest
    first, each with the turn where it shows (the upper bound keeps a replay's links in the window
    that paged, not at the end of the day)."""
    params: dict[str, Any] = {"workflow": group.get("workflow", ""), "since": since_minute * 60,
                              "until": until_minute * 60, "limit": limit}  # fmt: skip
    since = "toDateTime64(%(since)s, 3, 'UTC')"
    until = "toDateTime64(%(until)s, 3, 'UTC')"
    kind = alertname.removeprefix("CallpulseDetector")
    if kind in ("ToolFailures", "SlowTool"):
        params["tool"] = group["tool"]
        params["code"] = "" if group.get("error_code", "unknown") == "unknown" else group["error_code"]
        params["any_code"] = "error_code" not in group  # a tool's failures of every code
        params["slow_ms"] = float(group.get("slow_ms", "0"))
        failing = (
            "NOT JSONExtractBool(data, 'ok') "
            "AND (%(any_code)s OR JSONExtractString(data, 'error_code') = %(code)s)"
        )
        slow = "JSONExtractFloat(data, 'latency_ms') >= %(slow_ms)s"
        shows = slow if kind == "SlowTool" else failing
        sql = f"""
            WITH showing AS (
                SELECT call_sid, min(ts) AS at FROM {database}.events
                WHERE type = 'tool.result' AND NOT shadow
                  AND workflow = %(workflow)s AND ts >= {since} AND ts < {until}
                  AND JSONExtractString(data, 'tool') = %(tool)s AND {shows}
                GROUP BY call_sid ORDER BY at DESC LIMIT %(limit)s)
            SELECT showing.call_sid, uniqExactIf(t.event_id, t.speaker = 'caller' AND t.ts <= showing.at)
            FROM showing LEFT JOIN {database}.turns AS t ON t.call_sid = showing.call_sid
            GROUP BY showing.call_sid, showing.at ORDER BY showing.at DESC"""
    elif kind == "TTFHWRegression":
        params["version"] = group["agent_version"]
        sql = f"""
            SELECT call_sid, min(turn_index) FROM {database}.turn_metrics
            WHERE NOT shadow
              AND workflow = %(workflow)s AND agent_version = %(version)s AND start_at >= {since}
              AND start_at < {until} AND NOT within_budget
            GROUP BY call_sid ORDER BY max(start_at) DESC LIMIT %(limit)s"""
    elif kind == "DeadAir":  # the first turn the agent left unanswered
        params["version"] = group.get("agent_version", "")
        sql = f"""
            SELECT call_sid, minIf(turn_index, dead_air) FROM {database}.turn_metrics
            WHERE NOT shadow
              AND workflow = %(workflow)s AND (%(version)s = '' OR agent_version = %(version)s)
              AND start_at >= {since} AND start_at < {until}
            GROUP BY call_sid HAVING countIf(dead_air) > 0
            ORDER BY max(start_at) DESC LIMIT %(limit)s"""
    elif kind == "AgentLoop":  # per workflow, or per build across workflows (a canary's loop)
        params["version"] = group.get("agent_version", "")
        sql = f"""
            SELECT call_sid, loop_turn FROM {database}.calls FINAL
            WHERE NOT shadow AND (%(workflow)s = '' OR workflow = %(workflow)s)
              AND (%(version)s = '' OR agent_version = %(version)s)
              AND looping AND last_event_at >= {since} AND last_event_at < {until}
            ORDER BY last_event_at DESC LIMIT %(limit)s"""
    elif kind == "AgentFailures":
        params["version"] = group.get("agent_version", "")
        sql = f"""
            SELECT call_sid, greatest(turns, 1) FROM {database}.calls FINAL
            WHERE NOT shadow
              AND agent_failed AND agent_version = %(version)s AND ended AND ended_at >= {since}
              AND ended_at < {until}
            ORDER BY ended_at DESC LIMIT %(limit)s"""
    elif kind == "ASR" and group.get("problem") == "cut":  # the turn of the cut transcript
        sql = f"""
            SELECT call_sid, min(turn) FROM (
                SELECT call_sid, ts, row_number() OVER (PARTITION BY call_sid ORDER BY ts, event_id) AS turn,
                       {_WORDS.format("text")} AS said, {_WORDS.format("next_text")} AS said_next
                FROM (
                    SELECT call_sid, ts, event_id, text,
                           leadInFrame(text) OVER (PARTITION BY call_sid ORDER BY ts, event_id
                                                   ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING) AS next_text
                    FROM {database}.turns
                    WHERE (%(workflow)s = '' OR workflow = %(workflow)s) AND speaker = 'caller'
                      AND ts >= {since} - INTERVAL 1 HOUR AND ts < {until}
                      AND call_sid NOT IN (SELECT call_sid FROM {database}.calls WHERE shadow)))
            WHERE ts >= {since} AND {CUT_CALLER}
            GROUP BY call_sid ORDER BY max(ts) DESC LIMIT %(limit)s"""
    elif kind == "ASR":  # the turn of the first empty or garbled transcript
        sql = f"""
            SELECT call_sid, 1 + uniqExactIf(event_id, speaker = 'caller') - 1 FROM {database}.turns
            WHERE workflow = %(workflow)s AND speaker = 'caller' AND ts >= {since} AND ts < {until}
              AND NOT match(text, '[A-Za-z]')
              AND call_sid NOT IN (SELECT call_sid FROM {database}.calls WHERE shadow)
            GROUP BY call_sid ORDER BY max(ts) DESC LIMIT %(limit)s"""
    elif kind == "WrongLanguage":  # the caller's turn the first reply in another language followed
        params["model"], params["en"] = group.get("agent_model", ""), list(COMMON_WORDS["en"])
        sql = f"""
            SELECT t.call_sid, greatest(1, uniqExactIf(t.event_id, t.speaker = 'caller'
                                                       AND t.ts < f.at)) AS turn
            FROM {database}.turns AS t
            INNER JOIN (
                SELECT call_sid, min(ts) AS at FROM {database}.turns
                WHERE speaker = 'agent' AND ts >= {since} AND ts < {until} AND {_foreign("text")}
                  AND call_sid IN (SELECT call_sid FROM {database}.calls FINAL
                                   WHERE NOT shadow AND agent_model = %(model)s)
                GROUP BY call_sid ORDER BY at DESC LIMIT %(limit)s) AS f ON f.call_sid = t.call_sid
            GROUP BY t.call_sid, f.at ORDER BY f.at DESC"""
    elif kind == "TrafficStopped":  # nothing arrived: the last calls before the gap
        sql = f"""
            SELECT call_sid, 1 FROM {database}.calls FINAL
            WHERE NOT shadow
              AND (%(workflow)s = '' OR workflow = %(workflow)s)
              AND started_at < {until} AND started_at >= {since} - INTERVAL 2 HOUR
            ORDER BY started_at DESC LIMIT %(limit)s"""
    else:
        order = "sentiment_delta ASC" if kind == "SentimentDip" else "ended_at DESC"
        extra = "AND sentiment_delta < 0" if kind == "SentimentDip" else "AND NOT contained"
        sql = f"""
            SELECT call_sid, turns FROM {database}.calls FINAL
            WHERE NOT shadow
              AND workflow = %(workflow)s AND ended AND ended_at >= {since} AND ended_at < {until}
              AND NOT abandoned_early {extra}
            ORDER BY {order} LIMIT %(limit)s"""
    rows = client.query(sql, parameters=params).result_rows
    if kind == "ASR" and not rows:  # callers not heard at all: no transcript to point at; turn 1
        rows = client.query(f"""
            SELECT call_sid, 1 FROM {database}.calls FINAL
            WHERE NOT shadow AND (%(workflow)s = '' OR workflow = %(workflow)s)
              AND ended AND ended_at >= {since} AND ended_at < {until}
              AND call_sid NOT IN (SELECT call_sid FROM {database}.events
                                   WHERE type = 'caller.utterance' AND ts >= {since} - INTERVAL 1 HOUR)
            ORDER BY ended_at DESC LIMIT %(limit)s""", parameters=params).result_rows  # fmt: skip
    return [Example(str(sid), max(int(turn), 1)) for sid, turn in rows]


def _empty(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    return frame if not frame.empty else pd.DataFrame({c: [] for c in columns})
