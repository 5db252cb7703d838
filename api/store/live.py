"""The wallboard's read: calls in progress with the signals of their risk score (``api/risk.py``).

A call is live when its latest row (``calls FINAL``) has ``ended = false`` and its last event is recent
(``stale_after_ms``: a call whose end never arrived drops off instead of staying forever); a call a
per-call rule fired on is live from its events before its first ``calls`` row is written (the stream
writes that row one live-update interval after the call's first event). For those
calls it reads, in three queries: the REDACTED utterances (``turns``), the caller turns' sentiment
(``turn_metrics``; a turn appears once its window closed) and the tool results and speaker / key-press
events (``events``). Nothing else leaves: no raw text, no caller number, only redacted utterances.

Silence is counted from the last sign of life: a caller utterance, the estimated end of the agent's last
utterance (its first chunk's time plus its length at ``TTS_CHARS_PER_S``: a long greeting being spoken
is not dead air), or a speaker / DTMF / interrupt event.

The text signals are pure functions below (tested on their own): a *correction* is a caller turn with
a correction phrase ("no, I said …": the lexicon ``correction_markers`` in ``ingest/lexicon``, the same
words the stream's metrics and call rules read) or one that repeats the caller's previous turn; a *loop* is an
agent utterance that repeats an earlier one.

The per-call rules that fired on each call (``rule_matches``, written by the stream's call-rules step)
come with it: ``rules`` (the names of the marked ones, in the order they fired: what the wallboard shows
on the row) and ``matches`` (every match: rule, turn, event time, when the stream found it, and the rule's
own description of what matched, never the caller's words). They also feed the risk score. In the JSON of
``GET /api/v1/live`` each call carries::

    "rules": ["caller_frustrated"],
    "matches": [{"rule": "caller_frustrated", "rule_version": "1", "turn": 2, "event_ms": 1764000007000,
                 "matched_ms": 1764000007120, "detail": "said 'ridiculous' (or close)", "marked": true}]

For the learned part of the score it also reads each live call's first recognized intent and its
oldest tool call still without a result (``events``), and, once a minute (``HISTORY_REFRESH_MS``), how
the ended calls of the last ``HISTORY_DAYS`` ended per workflow and first intent (``past_outcomes``)
and how many tool calls each workflow's calls had completed one minute in (``past_pace``): counts and
shares only, no call's text. ``history_for`` picks a call's "calls like this" from them.

``signals_of`` turns what was read into the score's inputs; ``bench/risk_auc.py`` calls it with the same
inputs rebuilt from simulated events, so the measured score is the wallboard's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from api.risk import CallHistory, LiveCallSignals, Risk, risk_score
from ingest.lexicon.phrases import CORRECTION_MARKERS, load_lexicon
from ingest.lexicon.thresholds import LOOP_OVERLAP, MIN_REPEAT_WORDS, REPEAT_OVERLAP, TTS_CHARS_PER_S
from ingest.lexicon.words import overlap, words
from stream.warehouse import Warehouse, is_plain_identifier

STALE_AFTER_MS = 15 * 60_000
MAX_LIVE = 200
HISTORY_DAYS = 7  # "calls like this": ended calls of the last this many days
HISTORY_MIN_CALLS = 30  # fewer ended calls with the call's intent: the workflow's calls stand in
NEGATIVE_DELTA = -0.3  # a clearly negative sentiment delta (ending below neutral), as bench/risk_auc.py

HISTORY_REFRESH_MS = 60_000  # the past calls are read once a minute per database, not on every read
History = dict[tuple[str, str], tuple[int, int]]  # (workflow, first intent) -> (ended calls, bad ones)
Pace = dict[str, float]  # workflow -> tool calls completed in the first minute of past calls past it

_QUESTION = re.compile(r"[^.!?]*\?")  # a sentence that asks


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """A per-call rule that fired (a ``rule_matches`` row); ``detail`` is in the rule's words."""

    rule: str
    rule_version: str
    turn: int
    event_ms: int
    matched_ms: int
    detail: str
    marked: bool


@dataclass(frozen=True, slots=True)
class LiveCall:
    """One call in progress, as the wallboard shows it (texts are redacted)."""

    call_sid: str
    workflow: str
    agent_version: str
    canary: bool
    started_at_ms: int
    last_event_at_ms: int
    utterances: int
    last_caller_text: str
    last_agent_text: str
    signals: LiveCallSignals
    risk: Risk
    rules: tuple[str, ...] = ()  # marked rules that fired, first first (shown on the wallboard row)
    matches: tuple[RuleMatch, ...] = ()


def count_corrections(caller_texts: Sequence[str]) -> int:
    """Caller turns that correct the agent (a phrase of the lexicon ``correction_markers``, the one the
    stream's metrics and call rules read) or repeat the caller's previous turn."""
    markers = load_lexicon(CORRECTION_MARKERS)
    count = 0
    previous: tuple[str, ...] = ()
    for text in caller_texts:
        said = words(text)
        phrase = markers.occurs_in(said)
        repeat = len(set(said)) >= MIN_REPEAT_WORDS and overlap(said, previous) >= REPEAT_OVERLAP
        count += phrase or repeat
        previous = said
    return count


def count_loops(agent_texts: Sequence[str]) -> int:
    """Agent utterances that say (nearly) what one earlier utterance said, or ask (nearly) a question
    one earlier utterance asked ("Sorry, I didn't get that. What's the phone number on the account?")."""
    count = 0
    earlier: list[tuple[str, ...]] = []
    asked: list[tuple[str, ...]] = []
    for text in agent_texts:
        said = words(text)
        questions = [q for q in map(words, _QUESTION.findall(text)) if len(set(q)) >= MIN_REPEAT_WORDS]
        same = len(set(said)) >= MIN_REPEAT_WORDS and any(
            overlap(said, before) >= LOOP_OVERLAP for before in earlier
        )
        again = any(overlap(q, before) >= LOOP_OVERLAP for q in questions for before in asked)
        count += same or again
        earlier.append(said)
        asked.extend(questions)
    return count


def live_calls(
    client: Warehouse,
    database: str,
    now_ms: int,
    *,
    stale_after_ms: int = STALE_AFTER_MS,
    limit: int = MAX_LIVE,
    history_days: int = HISTORY_DAYS,
) -> list[LiveCall]:
    """Calls in progress, riskiest first (then the most recently active). Shadow calls are not on the
    board: a person handles them (``callpulse shadow report`` reads them). When more than ``limit`` calls
    are live, the calls a rule flagged are kept first, the most recently flagged first, then the most
    recently active: at 1,000 events/s (~1,700 live calls) the board used to keep the 200 most recently
    active and drop most flagged calls (bench/rule_latency_kafka.py: 1,210 of 2,606 matches never seen
    live); then, with more flagged calls than the limit (~11 matches a second), it kept the flagged calls
    with the newest ``last_event_at``, a column the stream updates once per live-update interval, so a
    call flagged just now could wait an interval or more (found -> on the board p99 10.3 s against
    queryable p99 2.2 s, 2026-12-06)."""
    db = _identifier(database)
    calls = client.query(
        f"SELECT c.call_sid, c.workflow, c.agent_version, c.canary, toUnixTimestamp64Milli(c.started_at), "
        f"toUnixTimestamp64Milli(c.last_event_at) FROM {db}.calls AS c FINAL "
        f"LEFT JOIN (SELECT call_sid, max(matched_at) AS flagged_at FROM {db}.rule_matches WHERE marked "
        "AND matched_at >= fromUnixTimestamp64Milli({since:Int64}, 'UTC') GROUP BY call_sid) AS m "
        "ON c.call_sid = m.call_sid "
        "WHERE NOT c.ended AND NOT c.shadow "
        "AND c.last_event_at >= fromUnixTimestamp64Milli({since:Int64}, 'UTC') "
        "ORDER BY m.flagged_at DESC, c.last_event_at DESC, c.call_sid LIMIT {limit:UInt32}",
        parameters={"since": now_ms - stale_after_ms, "limit": limit},
    ).result_rows
    calls = list(calls) + _flagged_before_their_row(client, db, now_ms - stale_after_ms, limit)
    if not calls:
        return []
    params = {"sids": [str(row[0]) for row in calls]}
    texts = _utterances(client, db, params)
    sentiments = _sentiments(client, db, params)
    activity, intents, waiting = _event_signals(client, db, params)
    matched = _rule_matches(client, db, params)
    history, pace = _past(client, db, now_ms, history_days)
    live = []
    for sid, workflow, version, canary, started_ms, last_ms in calls:
        said = texts.get(sid, [])
        caller = [text for _, speaker, text in said if speaker == "caller"]
        agent = [text for _, speaker, text in said if speaker == "agent"]
        matches = tuple(matched.get(sid, ()))
        rules = tuple(dict.fromkeys(m.rule for m in matches if m.marked))
        signals = signals_of(
            said,
            sentiments.get(sid, ()),
            activity.get(sid, (0, 0, 0)),
            rules,
            int(started_ms),
            now_ms,
            open_tool_since_ms=waiting.get(sid),
            history=history_for(history, str(workflow), intents.get(sid, ""), pace),
        )
        live.append(
            LiveCall(
                call_sid=str(sid),
                workflow=str(workflow),
                agent_version=str(version),
                canary=bool(canary),
                started_at_ms=int(started_ms),
                last_event_at_ms=int(last_ms),
                utterances=len(said),
                last_caller_text=caller[-1] if caller else "",
                last_agent_text=agent[-1] if agent else "",
                signals=signals,
                risk=risk_score(signals),
                rules=rules,
                matches=matches,
            )
        )
    live.sort(key=lambda c: (-c.risk.score, -c.last_event_at_ms, c.call_sid))
    return live


def signals_of(
    said: Sequence[tuple[int, str, str]],
    sentiments: Sequence[float],
    activity: tuple[int, int, int],
    rules: tuple[str, ...],
    started_ms: int,
    now_ms: int,
    *,
    open_tool_since_ms: int | None = None,
    history: CallHistory | None = None,
) -> LiveCallSignals:
    """The risk score's inputs: ``said`` is (ts, speaker, redacted text) in order, ``sentiments`` the
    caller turns' scores, ``activity`` (tool results, failed ones, last speaker / DTMF / interrupt ms),
    ``open_tool_since_ms`` when the oldest tool call still without a result was made, ``history`` how
    calls like this one ended (``history_for``)."""
    caller = [text for _, speaker, text in said if speaker == "caller"]
    agent = [text for _, speaker, text in said if speaker == "agent"]
    tool_calls, tool_failures, last_signal_ms = activity
    last_sign_ms = max([started_ms, last_signal_ms, *(_said_until(*utterance) for utterance in said)])
    return LiveCallSignals(
        sentiments=tuple(sentiments),
        corrections=count_corrections(caller),
        loops=count_loops(agent),
        tool_calls=tool_calls,
        tool_failures=tool_failures,
        silence_ms=max(0, now_ms - last_sign_ms),
        rules=rules,
        waiting_tool_ms=0 if open_tool_since_ms is None else max(0, now_ms - open_tool_since_ms),
        history=history,
        elapsed_ms=max(0, now_ms - started_ms),
    )


def history_for(history: History, workflow: str, intent: str, pace: Pace | None = None) -> CallHistory | None:
    """How calls like this one ended: the past calls of its workflow whose first recognized intent is
    the one it has so far, or all the workflow's calls when it has no intent yet (the past calls that
    never had one are mostly calls that ended in the greeting: not like a call still going) or fewer
    than ``HISTORY_MIN_CALLS`` of its intent ended. None with no history at all."""
    total = sum(calls for calls, _ in history.values())
    if total == 0:
        return None
    reference = sum(bad for _, bad in history.values()) / total
    calls, bad = history.get((workflow, intent), (0, 0)) if intent else (0, 0)
    label = f"{workflow}, {intent}"
    if calls < HISTORY_MIN_CALLS:
        own = [v for (wf, _), v in history.items() if wf == workflow]
        calls, bad = sum(c for c, _ in own), sum(b for _, b in own)
        label = workflow
    if calls == 0:
        return None
    return CallHistory(
        label=label, calls=calls, bad=bad, reference=reference, pace=(pace or {}).get(workflow, 0.0)
    )


_past_read: dict[tuple[int, str, int], tuple[int, History, Pace]] = {}


def _past(client: Warehouse, db: str, now_ms: int, days: int) -> tuple[History, Pace]:
    """``past_outcomes`` and ``past_pace``, read again once ``HISTORY_REFRESH_MS`` has passed since they
    were last read for this client and database (a week of calls changes little in a minute; the
    wallboard reads the live calls every few seconds)."""
    key = (id(client), db, days)
    cached = _past_read.get(key)
    if cached is not None and 0 <= now_ms - cached[0] < HISTORY_REFRESH_MS:
        return cached[1], cached[2]
    history, pace = past_outcomes(client, db, now_ms, days), past_pace(client, db, now_ms, days)
    if len(_past_read) > 64:  # many short-lived clients (tests): forget the old ones
        _past_read.clear()
    _past_read[key] = (now_ms, history, pace)
    return history, pace


def past_outcomes(client: Warehouse, database: str, now_ms: int, days: int = HISTORY_DAYS) -> History:
    """(workflow, first recognized intent) -> (ended calls, bad ones) over the ended calls that started in
    the ``days`` before ``now_ms`` (shadow calls left out). Bad: escalated, abandoned (the caller hung up
    or timed out with no task succeeded, not an agent failure), or a sentiment delta at most
    ``NEGATIVE_DELTA`` ending below neutral: the outcome ``bench/risk_auc.py`` judges the score on."""
    db = _identifier(database)
    rows = client.query(
        "SELECT c.workflow, i.intent, count(), countIf(c.bad) FROM ("
        "SELECT call_sid, workflow, escalated OR (end_reason IN ('hangup', 'timeout') AND NOT agent_failed "
        "AND tasks_succeeded = 0) OR (ifNull(sentiment_delta, 0) <= {negative:Float64} "
        "AND ifNull(sentiment_last, 0) < 0) AS bad "
        f"FROM {db}.calls FINAL WHERE ended AND NOT shadow "
        "AND started_at >= fromUnixTimestamp64Milli({since:Int64}, 'UTC') "
        "AND started_at < fromUnixTimestamp64Milli({now:Int64}, 'UTC')) AS c "
        "LEFT JOIN (SELECT call_sid, argMin(JSONExtractString(data, 'intent'), ts) AS intent "
        f"FROM {db}.events WHERE type = 'intent.recognized' "
        "AND ts >= fromUnixTimestamp64Milli({since:Int64}, 'UTC') GROUP BY call_sid) AS i "
        "ON c.call_sid = i.call_sid GROUP BY c.workflow, i.intent",
        parameters={"since": now_ms - days * 86_400_000, "now": now_ms, "negative": NEGATIVE_DELTA},
    ).result_rows
    return {(str(wf), str(intent or "")): (int(calls), int(bad)) for wf, intent, calls, bad in rows}


def _said_until(ts_ms: int, speaker: str, text: str) -> int:
    """When an utterance was over: at once for the caller's (final), after speaking it for the agent's."""
    return ts_ms if speaker != "agent" else ts_ms + round(len(text) / TTS_CHARS_PER_S * 1000)


def _identifier(name: str) -> str:
    """A database name from configuration, checked before it is put into SQL text."""
    if not is_plain_identifier(name):
        raise ValueError(f"not a plain database name: {name!r}")
    return name


def _utterances(client: Warehouse, db: str, params: dict[str, Any]) -> dict[str, list[tuple[int, str, str]]]:
    rows = client.query(
        f"SELECT call_sid, toUnixTimestamp64Milli(ts), speaker, text FROM {db}.turns FINAL "
        "WHERE call_sid IN {sids:Array(String)} ORDER BY call_sid, ts, event_id",
        parameters=params,
    ).result_rows
    found: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for sid, ts, speaker, text in rows:
        found[str(sid)].append((int(ts), str(speaker), str(text)))
    return found


def _sentiments(client: Warehouse, db: str, params: dict[str, Any]) -> dict[str, list[float]]:
    rows = client.query(
        f"SELECT call_sid, sentiment FROM {db}.turn_metrics FINAL "
        "WHERE call_sid IN {sids:Array(String)} AND sentiment IS NOT NULL ORDER BY call_sid, turn_index",
        parameters=params,
    ).result_rows
    found: dict[str, list[float]] = defaultdict(list)
    for sid, sentiment in rows:
        found[str(sid)].append(float(sentiment))
    return found


def _event_signals(
    client: Warehouse, db: str, params: dict[str, Any]
) -> tuple[dict[str, tuple[int, int, int]], dict[str, str], dict[str, int]]:
    """What the board reads from the live calls' ``events``, in one query (it was three, each a round
    trip and a scan of the same rows: bench/rule_latency_kafka.py's warehouse spent 14% of its statement
    time on them, 2026-12-06):

    - call_sid -> (tool results, failed tool results, ms of the last speaker / DTMF / interrupt event);
    - call_sid -> the first intent the agent recognized (calls with none yet are left out);
    - call_sid -> ms of its oldest tool call that has no result yet (calls with none are left out)."""
    rows = client.query(
        "SELECT call_sid, uniqExactIf(event_id, type = 'tool.result'), "
        "uniqExactIf(event_id, type = 'tool.result' AND NOT JSONExtractBool(data, 'ok')), "
        "toUnixTimestamp64Milli(maxIf(ts, type IN ('speaker', 'dtmf', 'interrupt'))), "
        "countIf(type = 'intent.recognized'), "
        "argMinIf(JSONExtractString(data, 'intent'), ts, type = 'intent.recognized'), "
        "groupArrayIf((JSONExtractString(data, 'tool_call_id'), toUnixTimestamp64Milli(ts)), "
        "type = 'tool.called'), "
        "groupUniqArrayIf(JSONExtractString(data, 'tool_call_id'), type = 'tool.result') "
        f"FROM {db}.events WHERE call_sid IN {{sids:Array(String)}} "
        "AND type IN ('tool.result', 'speaker', 'dtmf', 'interrupt', 'intent.recognized', 'tool.called') "
        "GROUP BY call_sid",
        parameters=params,
    ).result_rows
    activity: dict[str, tuple[int, int, int]] = {}
    intents: dict[str, str] = {}
    waiting: dict[str, int] = {}
    for sid, results, failures, last, recognized, intent, called, answered in rows:
        activity[str(sid)] = (int(results), int(failures), int(last))
        if recognized:
            intents[str(sid)] = str(intent)
        done = set(answered)
        open_since = [int(at) for tool_call_id, at in called if tool_call_id not in done]
        if open_since:
            waiting[str(sid)] = min(open_since)
    return activity, intents, waiting


def past_pace(client: Warehouse, database: str, now_ms: int, days: int = HISTORY_DAYS) -> Pace:
    """workflow -> the mean number of tool calls completed (ok) in the first minute of its past calls that
    were still going one minute in (started in the ``days`` before ``now_ms``, shadow calls left out)."""
    db = _identifier(database)
    rows = client.query(
        "SELECT workflow, avg(done) FROM (SELECT call_sid, any(workflow) AS workflow, "
        "toUnixTimestamp64Milli(minIf(ts, type = 'call.started')) AS t0, "
        "toUnixTimestamp64Milli(max(ts)) AS last, "
        "arrayCount(t -> t < t0 + 60000, groupArrayIf(toUnixTimestamp64Milli(ts), "
        "type = 'tool.result' AND JSONExtractBool(data, 'ok'))) AS done "
        f"FROM {db}.events WHERE ts >= fromUnixTimestamp64Milli({{since:Int64}}, 'UTC') "
        "AND ts < fromUnixTimestamp64Milli({now:Int64}, 'UTC') AND NOT shadow "
        "GROUP BY call_sid HAVING countIf(type = 'call.started') > 0 AND countIf(type = 'call.ended') > 0 "
        "AND last > t0 + 60000) GROUP BY workflow",
        parameters={"since": now_ms - days * 86_400_000, "now": now_ms},
    ).result_rows
    return {str(wf): float(mean) for wf, mean in rows}


def newest_matches(client: Warehouse, database: str, since_ms: int) -> tuple[int, int]:
    """(the newest ``rule_matches`` row's ``matched_at`` at or after ``since_ms``, how many rows have that
    time), or ``(since_ms, 0)`` when there is none: what the wallboard's stream watches between its reads
    of the board. The stream passes the newest time it has already seen, so each watch reads the rows of
    one millisecond or a few (counting every match since the stream opened read up to 120 s of them every
    0.2 s). The answer does not depend on ``since_ms`` as long as it is at most the
    newest time, so the watch may move it forward at any time; a second match in the same millisecond
    changes the count. No ``FINAL``: a merged duplicate only costs one more read of the board."""
    rows = client.query(
        "SELECT toUnixTimestamp64Milli(matched_at) AS at, count() "
        f"FROM {_identifier(database)}.rule_matches "
        "WHERE matched_at >= fromUnixTimestamp64Milli({since:Int64}, 'UTC') "
        "GROUP BY at ORDER BY at DESC LIMIT 1",
        parameters={"since": since_ms},
    ).result_rows
    if not rows:
        return since_ms, 0
    newest, count = rows[0]
    return int(newest), int(count)


def _flagged_before_their_row(client: Warehouse, db: str, since_ms: int, limit: int) -> list[Sequence[Any]]:
    """Calls a rule fired on that have no ``calls`` row yet (the stream writes a live call's first row one
    live-update interval after its first event): read from their events, so a match in a call's first
    seconds is on the board as soon as it is written. Ended calls (a ``call.ended`` event) are left out."""
    return list(
        client.query(
            "SELECT call_sid, any(workflow), any(agent_version), any(canary), "
            "toUnixTimestamp64Milli(minIf(ts, type = 'call.started')), toUnixTimestamp64Milli(max(ts)) "
            f"FROM {db}.events WHERE call_sid IN (SELECT call_sid FROM {db}.rule_matches "
            "WHERE matched_at >= fromUnixTimestamp64Milli({since:Int64}, 'UTC')) "
            f"AND call_sid NOT IN (SELECT call_sid FROM {db}.calls) "
            "GROUP BY call_sid "
            "HAVING countIf(type = 'call.ended') = 0 AND countIf(type = 'call.started') > 0 "
            "LIMIT {limit:UInt32}",
            parameters={"since": since_ms, "limit": limit},
        ).result_rows
    )


def _rule_matches(client: Warehouse, db: str, params: dict[str, Any]) -> dict[str, list[RuleMatch]]:
    rows = client.query(
        "SELECT call_sid, rule, rule_version, turn, toUnixTimestamp64Milli(event_at), "
        f"toUnixTimestamp64Milli(matched_at), detail, marked FROM {db}.rule_matches FINAL "
        "WHERE call_sid IN {sids:Array(String)} ORDER BY call_sid, event_at, rule",
        parameters=params,
    ).result_rows
    found: dict[str, list[RuleMatch]] = defaultdict(list)
    for sid, rule, version, turn, event_ms, matched_ms, detail, marked in rows:
        found[str(sid)].append(
            RuleMatch(
                str(rule), str(version), int(turn), int(event_ms), int(matched_ms), str(detail), bool(marked)
            )
        )
    return found
