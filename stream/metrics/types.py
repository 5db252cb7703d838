"""What the metric functions return: plain, frozen rows with units in their names.

These are the product's numbers (see ``docs/metrics.md``); the ClickHouse writer maps them onto the
``turn_metrics``, ``interruptions`` and ``calls`` tables column for column.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.lexicon.thresholds import LOOP_OVERLAP, MIN_REPEAT_WORDS, REPEAT_OVERLAP

METRICS_VERSION = "1.3.0"
"""Bump when any definition in this package changes; stored beside every number it produced.

1.1.0 (2026-12-02): ``agent_failed`` (a call ended by a failure of the agent, the tap or the platform is
never abandoned or contained); interruption recovery judges a hang-up in the window by what it shows,
not by whether a task succeeded, and a failure end loses the open interrupts.

1.2.0 (2026-12-03): ``unanswered`` (a call whose last caller utterance the agent never answered, the
caller waiting past the dead-air limit before the call ended, is not contained); loops (repeated
agent questions and caller answers per call, ``looping``).

1.3.0 (2026-12-03): a call the agent never answered at all (the caller's words got no reply, the caller
waited past the dead-air limit) is ``unanswered``, not ``abandoned_early``: it stays in containment's
denominators instead of hiding a silent agent from them."""

TTFHW_BUDGET_MS = 1_500
"""The default TTFHW budget: a turn is "within budget" when its first helpful word came this soon. The one
home of the number: the settings' default (``CALLPULSE_TTFHW_BUDGET_MS``) and the dashboards' (their
budget lines) read it from here; the API receives the setting from the composition root."""


@dataclass(frozen=True, slots=True)
class MetricsConfig:
    """Tunable thresholds of the definitions. Changing one is a new ``metrics_version``."""

    ttfhw_budget_ms: int = TTFHW_BUDGET_MS
    dead_air_ms: int = 3000
    yield_grace_ms: int = 300
    restart_overlap: float = 0.8
    restart_words: int = 8
    repeat_overlap: float = REPEAT_OVERLAP
    hangup_negative_score: float = -0.5  # a hang-up right after words this negative failed the recovery
    sentiment_window_ms: int = 30_000
    short_call_ms: int = 60_000
    loop_overlap: float = LOOP_OVERLAP  # two utterances are the same when each shares this much of the other
    loop_min_asks: int = 3  # a call loops when one agent question was asked this many times
    loop_min_words: int = MIN_REPEAT_WORDS  # shorter caller utterances ("yes") are not counted as repeats


@dataclass(frozen=True, slots=True)
class TurnMetrics:
    """One turn with a caller side (turn 0, the greeting, has none and is not reported)."""

    call_sid: str
    turn_index: int  # 1-based, in caller-utterance order
    caller_event_id: str
    start_ms: int  # caller end of speech: clientSpeaking off, else the final utterance's receive time
    first_token_ms: int | None  # "time to first byte": first chunk sent - start
    ttfhw_ms: int | None  # time to first helpful word; None when the response was filler only or absent
    within_budget: bool  # ttfhw_ms is not None and ttfhw_ms <= budget
    response: str  # "helpful" | "filler_only" | "none"
    dead_air: bool  # no agent chunk within dead_air_ms of start while the call was still up
    interrupted: bool  # the agent response to this turn was barged in on
    sentiment: float | None  # caller utterance score in [-1, 1]


@dataclass(frozen=True, slots=True)
class InterruptMetrics:
    """One ``interrupt`` event, judged by the three parts of interruption recovery."""

    call_sid: str
    interrupt_index: int  # 1-based, in event-time order
    event_id: str
    ts_ms: int
    yielded: bool
    answered: bool
    not_repeated: bool
    recovered: bool  # yielded and answered and not_repeated
    window_truncated: bool  # the call ended before the evaluation window closed


@dataclass(frozen=True, slots=True)
class ToolStats:
    calls: int = 0
    failures: int = 0
    latency_ms_mean: float | None = None
    latency_ms_max: float | None = None
    # failures by the result's error_code ("unknown" without one, "no_result" for a call never answered)
    failures_by_code: dict[str, int] = field(default_factory=dict)
    latencies_ms: tuple[float, ...] = field(default=(), compare=False)  # each result's latency_ms, in order


@dataclass(frozen=True, slots=True)
class CallMetrics:
    """One row per call; recomputed while the call is live and once more when it ends."""

    call_sid: str
    workflow: str
    agent_name: str
    agent_version: str
    agent_model: str
    prompt_version: str
    canary: bool
    shadow: bool
    started_at_ms: int  # call.started ts (else the earliest event)
    last_event_ms: int
    ended: bool
    ended_at_ms: int | None
    end_status: str | None  # call.ended status
    end_reason: str | None  # call.ended reason
    handle_time_ms: int | None  # ended_at - started_at
    escalated: bool
    contained: bool  # ended and not escalated (and not abandoned_early, not agent_failed)
    resolved_contained: bool  # contained and at least one successful task
    abandoned_early: bool  # the caller left before the agent's first response (never when agent_failed)
    task_success: bool  # at least one successful task (call_task_success)
    tasks_started: int
    tasks_succeeded: int
    tasks_failed: int  # explicit failures plus tasks left incomplete at the end of the call
    turns: int  # turns with a caller side
    ttfhw_first_ms: int | None
    ttfhw_p50_ms: float | None
    ttfhw_p95_ms: float | None
    turns_within_budget: int
    no_helpful_turns: int  # responses made only of filler
    dead_air_turns: int
    interrupts: int
    interrupts_recovered: int
    interrupts_yielded: int
    interrupts_answered: int
    interrupts_not_repeated: int
    sentiment_first: float | None
    sentiment_last: float | None
    sentiment_delta: float | None
    short_call: bool
    tool_calls: int
    tool_failures: int
    tools: dict[str, ToolStats] = field(default_factory=dict)
    handoff_reason: str | None = None
    handoff_trigger: str | None = None
    consent_given: bool = False  # the consent notice was in the first agent utterance
    disclosure_before_verification: bool = False
    # ended by a failure of the agent, the tap or the platform (see end_reason); in both containment
    # denominators, never abandoned_early or contained (defaulted only to keep the field order additive)
    agent_failed: bool = False
    # the call ended (by the caller) while its last caller utterance had no answer and the caller waited
    # past the dead-air limit: the agent stopped answering. Never contained; in both denominators.
    unanswered: bool = False
    agent_repeats: int = 0  # agent questions repeating an earlier question of the call (loops.py)
    caller_repeats: int = 0  # caller utterances repeating an earlier one
    looping: bool = False  # one agent question asked loop_min_asks times or more
    loop_turn: int = 0  # the turn whose response asked that question the loop_min_asks-th time (0: none)
    events: int = 0  # distinct events the numbers were computed from (the row version)


@dataclass(frozen=True, slots=True)
class CallResult:
    """Everything computed for one call from its events.

    ``turns`` and ``interrupts`` hold only rows that can no longer change (their windows are closed),
    so each is written once; ``call`` is the live summary.
    """

    call: CallMetrics
    turns: tuple[TurnMetrics, ...]
    interrupts: tuple[InterruptMetrics, ...]
    metrics_version: str = METRICS_VERSION
