"""Turn events as a producer makes them (``CallEventFactory`` on a fixed clock), for the emitter tests."""

from __future__ import annotations

from ingest.contract.models import AgentInfo, Flags, TurnEvent
from ingest.factory import CallEventFactory

FIXED_MS = 1_736_870_400_000


class FixedClock:
    def now_ms(self) -> int:
        return FIXED_MS


def dtmf_events(n: int, call_sid: str) -> list[TurnEvent]:
    """``n`` DTMF events of one call, seq 0..n-1, digits 0-9 in turn."""
    factory = CallEventFactory(
        call_sid, "VX1", "billing", AgentInfo(name="a", version="1", model="m", prompt_version="p"),
        Flags(canary=False, shadow=False), FixedClock(),
    )  # fmt: skip
    return [factory.make("dtmf", {"digit": str(i % 10)}) for i in range(n)]
