"""Assemble the step chain: validate -> redact -> call state -> [call rules] -> batch -> [write behind] ->
ClickHouse writer (behind the chain, the batch step's fast lane of rule matches -> a writer of its own).

The chain does not know its transport: the embedded runner and the faust agent both feed
``Pipeline.submit`` with ``RawMessage``s and call ``poll`` regularly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial

from ingest.clock import Clock
from stream.messages import RawMessage
from stream.metrics import MetricsConfig, SentimentScorer, VaderScorer, compute_call
from stream.observe import PipelineObserver
from stream.redaction.base import Redactor, Tokenizer
from stream.restricted.keyring import Keyring
from stream.restricted.raw_turns import RawTurnSink
from stream.rules.engine import RuleEngine
from stream.rules.model import RuleSet
from stream.rules.notify import Notifier
from stream.steps.batch import BatchStep
from stream.steps.call_rules import CallRulesStep
from stream.steps.call_state import CallStateStep, History
from stream.steps.clickhouse_writer import ClickHouseWriter
from stream.steps.redact import RedactStep
from stream.steps.validate import ValidateStep
from stream.steps.write_behind import WriteBehind
from stream.warehouse import Warehouse

Commit = Callable[[Mapping[tuple[str, int], int]], None]


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    batch_max_rows: int = 20_000
    batch_max_age_ms: int = 1_000
    match_max_age_ms: int | None = 250  # rule matches written on their own after this (None: with the batch)
    live_update_interval_ms: int = 5_000
    ended_call_grace_ms: int = 300_000
    max_future_skew_ms: int = 3_600_000
    max_invalid_ratio: float = 0.5
    invalid_ratio_window: int = 1_000
    metrics: MetricsConfig = field(default_factory=MetricsConfig)


@dataclass(frozen=True, slots=True)
class Redaction:
    """How to redact, and where the original utterance text goes: sealed with ``keyring`` into
    ``restricted_database.turns_raw`` when both are given, nowhere otherwise."""

    redactor: Redactor
    tokenizer: Tokenizer
    keyring: Keyring | None = None
    restricted_database: str | None = None


def _matches_commit_nothing(offsets: Mapping[tuple[str, int], int]) -> None:
    """The fast lane's writer: its batches hold rule matches only, never offsets (those go with the events'
    batch, committed after it is stored)."""
    if offsets:
        raise AssertionError(f"the rule matches' lane was handed offsets to commit: {dict(offsets)}")


class Pipeline:
    """The whole chain, with handles on the steps whose counters the CLI and benchmarks report."""

    def __init__(
        self,
        client: Warehouse,
        database: str,
        clock: Clock,
        *,
        config: PipelineConfig = PipelineConfig(),
        redaction: Redaction | None,
        commit: Commit = lambda offsets: None,
        scorer: SentimentScorer | None = None,
        history: History | None = None,
        observer: PipelineObserver | None = None,
        rules: RuleSet | None = None,
        notifier: Notifier | None = None,
        write_behind: bool = False,
    ) -> None:
        """``write_behind``: batches are written on a thread of their own (``WriteBehind``), so the chain
        goes on during an insert, and the rule matches' fast lane on another (a match is not held behind
        a batch's write); for a chain whose driver acks from the writer's commit (the Kafka worker), with
        a warehouse client that takes calls from three threads."""
        self.observer = observer
        self._redactor = redaction.redactor if redaction else None
        raw = redaction if redaction and redaction.keyring and redaction.restricted_database else None
        self.writer = ClickHouseWriter(
            client, database, commit, clock, restricted_database=raw.restricted_database if raw else None
        )
        self.write_behind = WriteBehind(self.writer) if write_behind else None
        # behind the chain, the fast lane's matches get a writer thread of their own (BatchStep's lane)
        self.match_writer = (
            ClickHouseWriter(client, database, _matches_commit_nothing, clock) if write_behind else None
        )
        lane = None
        if self.match_writer is not None:
            lane = WriteBehind(self.match_writer, thread_name="callpulse-match-writer")
        self.batch = batch = BatchStep(
            self.writer if self.write_behind is None else self.write_behind,
            clock,
            max_rows=config.batch_max_rows,
            max_age_ms=config.batch_max_age_ms,
            match_max_age_ms=config.match_max_age_ms,
            lane=lane,
        )
        scorer = scorer or VaderScorer()
        compute = partial(compute_call, config=config.metrics, scorer=scorer)
        # per-call rules (stream/rules) read the events the call state stored, before they are batched
        self.call_rules = (
            None if rules is None else CallRulesStep(batch, clock, RuleEngine(rules, scorer), notifier)
        )
        self.call_state = CallStateStep(
            batch if self.call_rules is None else self.call_rules,
            clock,
            compute,
            live_update_interval_ms=config.live_update_interval_ms,
            ended_grace_ms=config.ended_call_grace_ms,
            history=history,
            observer=observer.published if observer else None,
        )
        raw_sink = RawTurnSink(raw.keyring, batch) if raw and raw.keyring else None
        self.redact = (
            None
            if redaction is None
            else RedactStep(self.call_state, redaction.redactor, redaction.tokenizer, raw_sink=raw_sink)
        )
        after_validate = self.call_state if self.redact is None else self.redact
        self.validate = ValidateStep(
            after_validate,
            max_future_skew_ms=config.max_future_skew_ms,
            max_invalid_ratio=config.max_invalid_ratio,
            window=config.invalid_ratio_window,
        )

    @property
    def stored(self) -> int:
        """Messages that became stored events (duplicates of stored events included): with
        ``dead_lettered``, every message in."""
        return self.validate.valid - self.call_state.rejected

    @property
    def dead_lettered(self) -> int:
        """Messages kept in ``dlq``: refused by the contract, or by the call state (a conflicting
        duplicate, an event of a reused call SID)."""
        return self.validate.invalid + self.call_state.rejected

    @property
    def reasons(self) -> Counter[str]:
        """Dead letters per reason code, from every step that dead-letters."""
        return self.validate.reasons + self.call_state.reasons

    def submit(self, message: RawMessage) -> None:
        self.validate.submit(message)

    def poll(self) -> None:
        self.validate.poll()
        if self.observer is not None:
            failures = getattr(getattr(self._redactor, "stats", None), "failures", 0)
            stats = self.call_state.stats
            self.observer.sample(stats.events, self.reasons, failures, stats.live_calls)

    def join(self, timeout: float | None = None) -> None:
        self.validate.join(timeout)
        if self.observer is not None:
            self.poll()  # fold the last counters in: a short run still reports them

    def close(self) -> None:
        self.validate.close()
