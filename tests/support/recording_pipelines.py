"""A pipeline for tests of the tap's observing child (``stream.bus_drain.ObservingProcess``): module-level
(the child is spawned), it appends each event it is given, decoded, as one JSON line to the file named
by ``$RECORDING_PIPELINE_OUT``, so the test reads what the child's observers built."""

from __future__ import annotations

import json
import os
from typing import IO

from ingest.clock import Clock
from ingest.codec import decode
from stream.messages import RawMessage

OUT_ENV = "RECORDING_PIPELINE_OUT"


class RecordingPipeline:
    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def submit(self, message: RawMessage) -> None:
        try:
            event = decode(message.value)
        except Exception as err:  # a producer's dead-letter note, or a broken event
            self.out.write(json.dumps({"not_an_event": type(err).__name__}) + "\n")
            return
        data = event.data.model_dump(mode="json")
        self.out.write(json.dumps({"call_sid": event.call_sid, "type": event.type, "data": data}) + "\n")

    def poll(self) -> None:
        self.out.flush()

    def join(self, timeout: float | None = None) -> None:
        self.out.flush()

    def close(self) -> None:
        self.out.close()


def recording(clock: Clock) -> RecordingPipeline:
    return RecordingPipeline(open(os.environ[OUT_ENV], "a", encoding="utf-8"))
