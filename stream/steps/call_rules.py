"""Per-call rules, checked while the call is live: stored events in, ``rule_matches`` rows added.

Sits after the call state (which stores each distinct event once and dead-letters conflicts), so it
reads exactly the events the warehouse keeps, from their ``events`` rows: the embedded runner and the
Kafka worker see the same rows and write the same matches. Shadow calls are skipped: a person is
handling them and the agent's proposals were never heard, so no rule fires or notifies on them. A
match caused by an event travels in that event's ``Rows`` (the batch that commits the event's offset
holds its match); a match the clock found (silence, handle time) is sent on its own from ``poll``,
and from ``join`` too: a stop finds what the clock found since the last poll before it drains.
Matches whose rule asks for it are handed to the ``Notifier`` (webhook, supervisor alert, agent), which
never blocks this step.

Evaluation is in ``stream/rules`` (pure functions over one call's signals). State is in memory: after
a restart or a partition move, a call's rules see only the events after it; a match seen again gets the
same row key (call, rule, event time) and the table keeps one.
"""

from __future__ import annotations

from collections import Counter

from ingest.clock import Clock
from stream import rows
from stream.messages import Row, Rows
from stream.rules.engine import RuleEngine
from stream.rules.model import Match
from stream.rules.notify import Notifier
from stream.rules.rows import rule_match_row
from stream.rules.signals import EVENT_COLUMNS, observed_from_row
from stream.steps.base import Step

_INDEX = {name: rows.TABLE_COLUMNS["events"].index(name) for name in EVENT_COLUMNS}
_SHADOW = rows.TABLE_COLUMNS["events"].index("shadow")
TICK_MS = 250


class CallRulesStep:
    """Rows -> Rows (with ``rule_matches`` added)."""

    def __init__(
        self, next_step: Step[Rows], clock: Clock, engine: RuleEngine, notifier: Notifier | None = None
    ) -> None:
        self._next = next_step
        self._clock = clock
        self.engine = engine
        self.notifier = notifier
        self._last_tick_ms = 0
        self.by_rule: Counter[str] = Counter()

    def submit(self, item: Rows) -> None:
        events = item.by_table.get("events")
        if events:
            found: list[Match] = []
            arrived_ms = self._clock.now_ms()
            for row in events:
                if row[_SHADOW]:  # a person handles a shadow call; nothing the agent proposed was heard
                    continue
                found += self.engine.observe(observed_from_row(row, _INDEX), arrived_ms)
            if found:
                item = Rows(
                    {**item.by_table, "rule_matches": self._rows(found)}, item.position, item.event_ts_ms
                )
        self._next.submit(item)

    def poll(self) -> None:
        now_ms = self._clock.now_ms()
        if now_ms - self._last_tick_ms >= TICK_MS:
            self._tick(now_ms)
        self._next.poll()

    def partitions_moved(self) -> None:
        """A rebalance moved partitions (after the drain): the clock stops judging the calls held here
        until their next event arrives (``RuleEngine.clock_stopped``)."""
        self.engine.clock_stopped(self._clock.now_ms())

    def join(self, timeout: float | None = None) -> None:
        """Drain (a stop, the end of a file, a partition revoke): the clock is read once more before the
        next step joins, so a silence or a handle time that passed since the last ``poll`` is written by
        the batch step's drain, with the offsets committed after it. Rule state is in memory: a match
        not found here would be found by no one (a restarted worker sees only the events after it)."""
        self._tick(self._clock.now_ms())
        self._next.join(timeout)

    def _tick(self, now_ms: int) -> None:
        """What the clock found (a caller gone silent, a handle time passed), sent on as its own rows."""
        self._last_tick_ms = now_ms
        found = self.engine.tick(now_ms)
        if found:
            self._next.submit(Rows({"rule_matches": self._rows(found)}))

    def close(self) -> None:
        if self.notifier is not None:
            self.notifier.close()
        self._next.close()

    def _rows(self, found: list[Match]) -> tuple[Row, ...]:
        now_ms = self._clock.now_ms()
        for match in found:
            self.by_rule[match.rule] += 1
            if self.notifier is not None:
                self.notifier.offer(match)
        return tuple(rule_match_row(m, now_ms) for m in found)
