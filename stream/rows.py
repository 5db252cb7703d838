"""Warehouse rows: events and metric results as tuples in the column order of each table.

``TABLE_COLUMNS`` is the one place that knows the column order the writer inserts with; a test
checks it against the migrations, so a column added to a table without adding it here (or the other
way round) fails in CI rather than at 3 a.m. Builders return plain tuples because that is what the
driver serializes fastest. Timestamps stay epoch-millisecond ints: a ``DateTime64(3, 'UTC')`` column
takes them as ticks, so no ``datetime`` is built and taken apart again per value (measured: ~5% of
the pipeline's time).
"""

from __future__ import annotations

from ingest.codec import data_json
from ingest.contract.lean import TurnEvent
from stream.messages import DeadLetter, Position, Row
from stream.metrics.types import CallResult, InterruptMetrics, TurnMetrics

NO_POSITION = Position(source="", partition=-1, offset=-1)
"""Stored for events that did not come from the bus (e.g. written directly by a test or a backfill)."""

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": (
        "event_id", "call_sid", "session_id", "seq", "ts", "type", "workflow", "agent_name",
        "agent_version", "agent_model", "prompt_version", "canary", "shadow", "data", "source",
        "kafka_partition", "kafka_offset", "ingested_at",
    ),
    "turns": (
        "call_sid", "event_id", "ts", "speaker", "text", "lang", "interrupted", "workflow", "agent_version",
        "truncated",
    ),
    "turns_raw": ("call_sid", "event_id", "ts", "speaker", "key_id", "nonce", "ciphertext"),
    "turn_metrics": (
        "call_sid", "turn_index", "caller_event_id", "start_at", "first_token_ms", "ttfhw_ms",
        "within_budget", "response", "dead_air", "interrupted", "sentiment", "workflow", "agent_version",
        "canary", "shadow", "metrics_version",
    ),
    "interruptions": (
        "call_sid", "interrupt_index", "event_id", "ts", "yielded", "answered", "not_repeated", "recovered",
        "window_truncated", "workflow", "agent_version", "canary", "shadow", "metrics_version",
    ),
    "dlq": (
        "received_at", "source", "kafka_partition", "kafka_offset", "reason_code", "reason", "payload",
        "call_sid", "event_id",
    ),
    "calls": (
        "call_sid", "workflow", "agent_name", "agent_version", "agent_model", "prompt_version", "canary",
        "shadow", "started_at", "last_event_at", "ended", "ended_at", "end_status", "end_reason",
        "handle_time_ms", "escalated", "contained", "resolved_contained", "abandoned_early", "agent_failed",
        "task_success",
        "tasks_started", "tasks_succeeded", "tasks_failed", "turns", "ttfhw_first_ms", "ttfhw_p50_ms",
        "ttfhw_p95_ms", "turns_within_budget", "no_helpful_turns", "dead_air_turns", "interrupts",
        "interrupts_recovered", "interrupts_yielded", "interrupts_answered", "interrupts_not_repeated",
        "sentiment_first", "sentiment_last", "sentiment_delta", "short_call", "tool_calls", "tool_failures",
        "tool_calls_by_tool", "tool_failures_by_tool", "tool_latency_ms_mean_by_tool",
        "tool_latency_ms_max_by_tool", "handoff_reason", "handoff_trigger", "consent_given",
        "disclosure_before_verification", "metrics_version", "version", "updated_at",
        "unanswered", "agent_repeats", "caller_repeats", "looping", "loop_turn",
    ),
    "rule_matches": (
        "call_sid", "rule", "rule_version", "turn", "matched_at", "event_at", "workflow", "agent_version",
        "detail", "marked",
    ),
}  # fmt: skip


def event_row(event: TurnEvent, position: Position | None, ingested_ms: int) -> Row:
    """One ``events`` row; ``data`` is the (already redacted) payload as compact JSON (``data_json``)."""
    pos = position or NO_POSITION
    agent = event.agent
    data = data_json(event)
    return (
        event.event_id, event.call_sid, event.session_id, event.seq, event.ts, event.type,
        event.workflow, agent.name, agent.version, agent.model, agent.prompt_version,
        event.flags.canary, event.flags.shadow, data, pos.source, pos.partition, pos.offset,
        ingested_ms,
    )  # fmt: skip


def is_utterance(event: TurnEvent) -> bool:
    """Whether ``event`` has a ``turns`` row: a final caller utterance or an agent utterance."""
    return event.type == "agent.utterance" or (event.type == "caller.utterance" and event.data.final)


def utterance_row(event: TurnEvent) -> Row:
    """The ``turns`` row of a final caller utterance or an agent utterance (see ``is_utterance``).

    Anything else is a caller's mistake, so it raises rather than returning a row that would be
    silently dropped or, worse, stored as a turn.
    """
    if event.type == "caller.utterance" and event.data.final:
        speaker, lang, interrupted = "caller", event.data.lang, None
    elif event.type == "agent.utterance":
        speaker, lang, interrupted = "agent", None, event.data.interrupted
    else:
        raise ValueError(f"{event.type} event {event.event_id} is not a final utterance; it has no turns row")
    return (
        event.call_sid, event.event_id, event.ts, speaker, event.data.text, lang, interrupted,
        event.workflow, event.agent.version, event.data.truncated is True,
    )  # fmt: skip


def call_row(result: CallResult, updated_ms: int) -> Row:
    """The ``calls`` row; ``version`` is the number of events it was computed from, so newer wins."""
    c = result.call
    tools = c.tools
    return (
        c.call_sid, c.workflow, c.agent_name, c.agent_version, c.agent_model, c.prompt_version, c.canary,
        c.shadow, c.started_at_ms, c.last_event_ms, c.ended, c.ended_at_ms,
        c.end_status, c.end_reason, c.handle_time_ms, c.escalated, c.contained, c.resolved_contained,
        c.abandoned_early, c.agent_failed, c.task_success, c.tasks_started, c.tasks_succeeded,
        c.tasks_failed, c.turns,
        c.ttfhw_first_ms, c.ttfhw_p50_ms, c.ttfhw_p95_ms, c.turns_within_budget, c.no_helpful_turns,
        c.dead_air_turns, c.interrupts, c.interrupts_recovered, c.interrupts_yielded,
        c.interrupts_answered, c.interrupts_not_repeated, c.sentiment_first, c.sentiment_last,
        c.sentiment_delta, c.short_call, c.tool_calls, c.tool_failures,
        {tool: s.calls for tool, s in tools.items()},
        {tool: s.failures for tool, s in tools.items()},
        {tool: s.latency_ms_mean for tool, s in tools.items() if s.latency_ms_mean is not None},
        {tool: s.latency_ms_max for tool, s in tools.items() if s.latency_ms_max is not None},
        c.handoff_reason, c.handoff_trigger, c.consent_given, c.disclosure_before_verification,
        result.metrics_version, c.events, updated_ms,
        c.unanswered, c.agent_repeats, c.caller_repeats, c.looping, c.loop_turn,
    )  # fmt: skip


def turn_metrics_row(result: CallResult, turn: TurnMetrics) -> Row:
    """A ``turn_metrics`` row, labelled with the call's workflow and agent."""
    c = result.call
    return (
        turn.call_sid, turn.turn_index, turn.caller_event_id, turn.start_ms, turn.first_token_ms,
        turn.ttfhw_ms, turn.within_budget, turn.response, turn.dead_air, turn.interrupted, turn.sentiment,
        c.workflow, c.agent_version, c.canary, c.shadow, result.metrics_version,
    )  # fmt: skip


def interruption_row(result: CallResult, interrupt: InterruptMetrics) -> Row:
    """An ``interruptions`` row with the three parts of recovery kept apart."""
    c = result.call
    i = interrupt
    return (
        i.call_sid, i.interrupt_index, i.event_id, i.ts_ms, i.yielded, i.answered, i.not_repeated,
        i.recovered, i.window_truncated, c.workflow, c.agent_version, c.canary, c.shadow,
        result.metrics_version,
    )  # fmt: skip


def dlq_row(dead: DeadLetter) -> Row:
    """A ``dlq`` row, keyed by where the message came from so a redelivery collapses into it."""
    p = dead.position
    return (
        dead.received_ms, p.source, p.partition, p.offset, dead.reason_code, dead.reason,
        dead.payload, dead.call_sid, dead.event_id,
    )  # fmt: skip
