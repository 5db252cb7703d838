"""A call's event stream: builds v1 events with the factory and hands them to the emitter.

``emit`` never raises and never waits: an event the contract refuses is logged (by field path, never
by value) and dropped, and the emitter only appends to its buffer. A voice turn must not stall or
fail because analytics did.
"""

from __future__ import annotations

import logging
from typing import Any

from ingest.emit.base import Emitter
from ingest.errors import IngestError
from ingest.factory import CallEventFactory

log = logging.getLogger(__name__)


class CallEvents:
    def __init__(self, factory: CallEventFactory, emitter: Emitter) -> None:
        self.factory = factory
        self.emitter = emitter
        self.refused = 0
        self.dropped = 0

    def emit(self, type: str, data: dict[str, Any], ts: int | None = None) -> None:
        try:
            event = self.factory.make(type, data, ts)
        except IngestError as err:
            self.refused += 1
            log.warning("call %s: %s event refused: %s", self.factory.call_sid, type, err)
            return
        if not self.emitter.emit(event):
            self.dropped += 1
