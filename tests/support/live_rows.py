"""Every row the call state emits for one list of events, with the clock following their event time: what
a live deployment writes, live updates included. Tests of a change to how a call is computed (the text
caches, the remembered loop fold) compare these rows with and without the change, so they feed the step
the same way."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ingest.clock import ManualClock
from ingest.contract.models import TurnEvent
from stream.messages import Position, Rows, ValidEvent
from stream.steps.call_state import CallStateStep, ComputeCall

from recording import Recorder


def live_rows(events: Sequence[TurnEvent], compute: ComputeCall) -> list[dict[str, Any]]:
    """Each ``Rows`` the step emitted, as ``{table: rows}``: one poll after every event, then ``join``."""
    clock = ManualClock(events[0].ts)
    out = Recorder()
    step = CallStateStep(out, clock, compute)
    for offset, event in enumerate(events):
        if event.ts > clock.now_ms():
            clock.advance(event.ts - clock.now_ms())
        step.submit(ValidEvent(event, Position("t", 0, offset), event.ts))
        step.poll()
    step.join()
    return [dict(item.by_table) for item in out.items if isinstance(item, Rows)]
