"""The other per-call facts: tools, handoff reason, compliance (consent, disclosure), dead air."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from ingest.contract.lean import AgentUtterance, IdentityVerified, ToolCalled, ToolResult
from stream.metrics.timeline import Timeline
from stream.metrics.ttfhw import TurnTiming
from stream.metrics.types import ToolStats


class ToolUsage(NamedTuple):
    calls: int
    failures: int
    per_tool: dict[str, ToolStats]


@dataclass
class _Tally:
    calls: int = 0
    failures: int = 0
    latencies: list[float] = field(default_factory=list)
    codes: dict[str, int] = field(default_factory=dict)

    def fail(self, code: str) -> None:
        self.failures += 1
        self.codes[code] = self.codes.get(code, 0) + 1

    def stats(self) -> ToolStats:
        lat = self.latencies
        mean = sum(lat) / len(lat) if lat else None
        return ToolStats(
            self.calls,
            self.failures,
            mean,
            max(lat) if lat else None,
            dict(sorted(self.codes.items())),
            tuple(lat),
        )


def tool_usage(timeline: Timeline) -> ToolUsage:
    """Calls = tool.called plus results without a call; failures = ok=false results, plus calls that
    never got a result by the end of the call, also counted by error code. Latency comes from
    ``tool.result.latency_ms``."""
    calls = timeline.of(ToolCalled)
    called = {c.data.tool_call_id for c in calls}
    answered: set[str] = set()
    tallies: dict[str, _Tally] = {}
    for call in calls:
        tallies.setdefault(call.data.tool, _Tally()).calls += 1
    for result in timeline.of(ToolResult):
        tally = tallies.setdefault(result.data.tool, _Tally())
        answered.add(result.data.tool_call_id)
        tally.calls += result.data.tool_call_id not in called
        if not result.data.ok:
            tally.fail(result.data.error_code or "unknown")
        tally.latencies.append(result.data.latency_ms)
    if timeline.ended is not None:
        for call in calls:
            if call.data.tool_call_id not in answered:
                tallies[call.data.tool].fail("no_result")
    per_tool = {name: tallies[name].stats() for name in sorted(tallies)}
    return ToolUsage(
        calls=sum(s.calls for s in per_tool.values()),
        failures=sum(s.failures for s in per_tool.values()),
        per_tool=per_tool,
    )


def handoff_reason(timeline: Timeline) -> tuple[str | None, str | None]:
    """(reason, trigger) of the first handoff request; ("handoff", None) if only the end says so."""
    if timeline.handoffs:
        first = timeline.handoffs[0]
        return first.data.reason, first.data.trigger
    if timeline.ended is not None and timeline.ended.data.reason == "handoff":
        return "handoff", None
    return None, None


def consent_given(timeline: Timeline) -> bool:
    """The first agent utterance carries the ``consent_notice`` tag."""
    first = next(iter(timeline.of(AgentUtterance)), None)
    return first is not None and "consent_notice" in first.data.tags


def disclosure_before_verification(timeline: Timeline) -> bool:
    """Account data was spoken before the caller's identity was verified (or it never was)."""
    disclosed = next((u for u in timeline.of(AgentUtterance) if "account_data" in u.data.tags), None)
    if disclosed is None:
        return False
    verified = next((v for v in timeline.of(IdentityVerified) if v.data.verified), None)
    return verified is None or timeline.position[disclosed.event_id] < timeline.position[verified.event_id]


def dead_air_turns(timings: Iterable[TurnTiming]) -> int:
    return sum(t.dead_air for t in timings)
