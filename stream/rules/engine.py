"""Per-call rule evaluation: events in, matches out, each rule at most once per condition episode.

``RuleEngine.observe`` folds one stored event into its call's ``CallSignals`` and checks the rules of
the call's workflow; ``tick`` checks the time-driven ones (silence, handle time) on the clock while a
call is quiet. A rule *fires* when its condition goes from not holding to holding; it fires again only
after the condition stopped holding (a new episode): the same phrase in two consecutive caller turns is
one match, the phrase, a normal turn, then the phrase again is two. Counts (tool failures, repeats)
only grow, so those fire once per call.

Before an event is folded in, the time-driven rules are checked at the event's time, so a silence the
clock did not see (a replay, a file, ``callpulse rules test``) is matched when the next event shows the
gap, with the same event time (``evaluate.Hit.since_ms``). The clock is trusted for a call only while
its events arrive in real time (its latest event came within ``LIVE_LAG_MS`` of its own time): a replay,
a backfill or a backlog being caught up is judged by its events alone, never by a clock that is minutes
ahead of it. And the clock is read *behind by the stream's lag*: a tick judges silence at ``now`` minus
how far behind real time the latest read was (its arrival minus the newest event time read so far), so
a worker catching up on a backlog does not see every call as silent (before this, a worker 2-10 s behind
matched ``dead_air`` on hundreds of calls that were talking: bench/rule_latency_kafka.py). Caught up, the
lag is the pipeline's own delay (well under a second), so a silent call is still seen by the clock alone.
A call's state is dropped on ``call.ended``, after ``TICK_HORIZON_MS`` of quiet (live calls) or after a
partition move it did not come back from (``clock_stopped``), or, oldest first, beyond ``MAX_CALLS``; an
ended call's SID is remembered (bounded) so a late event does not start it again.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from stream.metrics.sentiment import SentimentScorer
from stream.rules.evaluate import holds
from stream.rules.model import AllOf, AnyOf, Condition, HandleTime, Match, Not, Rule, RuleSet, Silence
from stream.rules.signals import CallSignals, Observed

TICK_HORIZON_MS = 30 * 60_000
LIVE_LAG_MS = 10_000
MAX_CALLS = 200_000
MAX_ENDED = 100_000


def is_timed(condition: Condition) -> bool:
    """Whether the condition can start (or stop) to hold with no new event: it reads the clock."""
    if isinstance(condition, AllOf | AnyOf):
        return any(is_timed(c) for c in condition.conditions)
    if isinstance(condition, Not):
        return is_timed(condition.condition)  # "not X" changes only when X can
    return isinstance(condition, Silence | HandleTime)


@dataclass(slots=True)
class _Call:
    signals: CallSignals
    active: set[str] = field(default_factory=set)  # rules whose condition holds (an open episode)
    live: bool = False  # its latest event arrived within LIVE_LAG_MS of its time: the clock may judge it
    moved_ms: int | None = None  # when partitions moved while it was held here (``clock_stopped``)
    fired: set[tuple[str, int]] = field(default_factory=set)  # (rule, event time) of its matches
    checked: tuple[object, ...] | None = None  # ``CallSignals.rule_inputs`` when the untimed rules last ran


class RuleEngine:
    """``recheck_all``: check every rule on every event, as before the untimed rules were checked only
    when their inputs changed (the reference the equality test compares against)."""

    def __init__(self, rules: RuleSet, scorer: SentimentScorer, *, recheck_all: bool = False) -> None:
        self.rules = rules
        self._scorer = scorer
        self._timed = tuple(r for r in rules.rules if is_timed(r.when))
        self._recheck_all = recheck_all
        self._calls: dict[str, _Call] = {}
        self._ended: OrderedDict[str, None] = OrderedDict()
        self._newest_ms = 0  # the newest event time read so far (any call)
        self._lag_ms = 0  # how far behind real time the latest live read was
        self.matches = 0

    @property
    def live_calls(self) -> int:
        return len(self._calls)

    def observe(self, event: Observed, arrived_ms: int | None = None) -> list[Match]:
        """Fold in one event (``arrived_ms``: the clock when it arrived; None: not live, e.g. a replay)."""
        if event.call_sid in self._ended:
            return []
        call = self._calls.get(event.call_sid)
        if call is None:
            if len(self._calls) >= MAX_CALLS:
                oldest = min(self._calls, key=lambda sid: self._calls[sid].signals.last_event_ms)
                del self._calls[oldest]
            call = self._calls[event.call_sid] = _Call(CallSignals(event.call_sid))
        call.live = arrived_ms is not None and abs(arrived_ms - event.ts) <= LIVE_LAG_MS
        call.moved_ms = None
        if arrived_ms is not None:
            self._newest_ms = max(self._newest_ms, event.ts)
            self._lag_ms = max(0, arrived_ms - self._newest_ms)
        found = self._check(call, self._timed, event.ts) if call.signals.started_ms is not None else []
        call.signals.observe(event, self._scorer)
        at_ms = max(event.ts, call.signals.last_event_ms)
        if self._recheck_all:
            found += self._check(call, self.rules.rules, at_ms)
        else:
            found += self._check_changed(call, at_ms)
        if call.signals.ended:
            del self._calls[event.call_sid]
            self._ended[event.call_sid] = None
            while len(self._ended) > MAX_ENDED:
                self._ended.popitem(last=False)
        return found

    def tick(self, now_ms: int) -> list[Match]:
        """Check the time-driven rules of quiet calls at ``now_ms`` less the stream's lag (the module's
        docstring); forget calls quiet for too long."""
        found: list[Match] = []
        if not self._timed:
            return found
        clock_ms = now_ms
        now_ms -= self._lag_ms
        for sid, call in list(self._calls.items()):
            if not call.live:
                if call.moved_ms is not None and clock_ms - call.moved_ms >= TICK_HORIZON_MS:
                    del self._calls[sid]  # moved away and never seen again here
                continue
            quiet_ms = now_ms - call.signals.last_event_ms
            if quiet_ms >= TICK_HORIZON_MS:
                del self._calls[sid]
            elif quiet_ms >= 0 and call.signals.started_ms is not None:
                found += self._check(call, self._timed, now_ms)
        return found

    def clock_stopped(self, now_ms: int) -> None:
        """Partitions moved (a rebalance): a call held here may be another worker's now, and its silence
        here would only be the absence of its events, so the clock judges no call held here until its
        next event arrives here in real time (a false ``dead_air`` on a call talking on its new owner,
        before). A call that stayed is judged by the clock again from that event on; a gap the clock
        did not see is matched when that event shows it, as for a replay. A call not seen again is
        dropped ``TICK_HORIZON_MS`` after the move. Its state is kept, not dropped: a call that stayed
        keeps its open episodes and counts (no second notification for the same episode)."""
        for call in self._calls.values():
            if call.live:
                call.live = False
                call.moved_ms = now_ms

    def _check_changed(self, call: _Call, now_ms: int) -> list[Match]:
        """The rules after an event: the timed ones always, the others only when what they read changed
        (``CallSignals.rule_inputs``; most events, e.g. speaker on/off, change none of it). An untimed
        condition is a function of those inputs alone, so checking it again with the same inputs gives
        the same answer and changes no episode: the result is that of checking every rule every time."""
        inputs = call.signals.rule_inputs()
        if inputs == call.checked:
            return self._check(call, self._timed, now_ms)
        call.checked = inputs
        return self._check(call, self.rules.rules, now_ms)

    def _check(self, call: _Call, rules: tuple[Rule, ...], now_ms: int) -> list[Match]:
        s = call.signals
        found = []
        for rule in rules:
            if not rule.applies_to(s.workflow):
                continue
            hit = holds(rule.when, s, now_ms)
            if hit is None:
                call.active.discard(rule.name)
            elif rule.name not in call.active:
                call.active.add(rule.name)
                if (rule.name, hit.since_ms) in call.fired:
                    continue  # the same episode seen again (a silence resumed after a moment of speech)
                call.fired.add((rule.name, hit.since_ms))
                self.matches += 1
                found.append(
                    Match(
                        call_sid=s.call_sid,
                        rule=rule.name,
                        rule_version=self.rules.version,
                        turn=s.turn,
                        event_ms=hit.since_ms,
                        workflow=s.workflow,
                        agent_version=s.agent_version,
                        detail=hit.detail[:500],
                        mark=rule.mark,
                        notify=rule.notify,
                    )
                )
        return found
