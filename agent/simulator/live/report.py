"""What one simulated call observed, and the summary of many (``callpulse simulate``'s table)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

# Twilio error codes the simulator records (reference §4)
CONNECT_FAILED = 64102  # handshake refused / no server
SOCKET_ENDED = 64105  # the app's socket dropped, or too many malformed messages
INVALID_MESSAGE = 64107  # one app message failed validation

OUTCOMES = ("ended", "handoff", "completed", "failed", "rejected")


@dataclass
class CallReport:
    """One call as the caller side saw it.

    ``outcome``: ``ended`` (the app sent ``end``), ``handoff`` (``end`` with ``handoffData``),
    ``completed`` (the caller hung up), ``failed`` (the app's socket dropped or it sent ten
    malformed messages in a row), ``rejected`` (the handshake was refused).
    """

    call_sid: str
    plan: str
    persona: str
    outcome: str = "completed"
    session_ids: list[str] = field(default_factory=list)
    errors: list[int] = field(default_factory=list)
    error_descriptions: list[str] = field(default_factory=list)
    ttft_ms: list[float] = field(default_factory=list)
    prompts: int = 0
    barge_ins: int = 0
    app_messages: int = 0
    replies_missing: int = 0  # caller turns no reply came to within the timeout
    agent_said: list[str] = field(default_factory=list)  # completed talk cycles
    handoff_data: str | None = None
    close_code: int | None = None
    callbacks: list[dict[str, str]] = field(default_factory=list)
    digits_sent_by_agent: list[str] = field(default_factory=list)
    started_s: float = 0.0  # monotonic clock, for concurrency figures
    finished_s: float = 0.0

    @property
    def protocol_errors(self) -> list[int]:
        """Errors the app caused (handshake failures are counted apart)."""
        return [e for e in self.errors if e != CONNECT_FAILED]


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@dataclass(frozen=True)
class Summary:
    calls: int
    outcomes: dict[str, int]
    errors: dict[int, int]
    handshake_failures: int
    ttft_p50_ms: float | None
    ttft_p95_ms: float | None
    barge_ins: int
    prompts: int
    replies_missing: int
    wall_s: float

    def lines(self) -> list[str]:
        def ms(v: float | None) -> str:
            return "-" if v is None else f"{v:.0f} ms"

        out = [f"calls                {self.calls}  ({self.wall_s:.1f} s wall clock)"]
        for name in OUTCOMES:
            out.append(f"  {name:<18} {self.outcomes.get(name, 0)}")
        errors = ", ".join(f"{code}: {n}" for code, n in sorted(self.errors.items())) or "none"
        out += [
            f"protocol errors      {errors}",
            f"handshake failures   {self.handshake_failures}",
            f"agent TTFT (caller)  p50 {ms(self.ttft_p50_ms)}, p95 {ms(self.ttft_p95_ms)}",
            f"prompts / barge-ins  {self.prompts} / {self.barge_ins}",
            f"turns without reply  {self.replies_missing}",
        ]
        return out


def summarize(reports: Iterable[CallReport], wall_s: float) -> Summary:
    reports = list(reports)
    ttft = [t for r in reports for t in r.ttft_ms]
    errors = Counter(e for r in reports for e in r.protocol_errors)
    return Summary(
        calls=len(reports),
        outcomes=dict(Counter(r.outcome for r in reports)),
        errors=dict(errors),
        handshake_failures=sum(1 for r in reports if r.outcome == "rejected"),
        ttft_p50_ms=_pct(ttft, 0.5),
        ttft_p95_ms=_pct(ttft, 0.95),
        barge_ins=sum(r.barge_ins for r in reports),
        prompts=sum(r.prompts for r in reports),
        replies_missing=sum(r.replies_missing for r in reports),
        wall_s=wall_s,
    )
