"""``turns_raw`` rows: the original text of final caller utterances and agent utterances, sealed.

The redact step hands every event here *before* redacting it; only utterances that also get a
redacted ``turns`` row are kept, encrypted, and submitted to the batch step as rows without a
position (so they ride in the same or an earlier batch than their event, and the offset is
committed only after both are written).
"""

from __future__ import annotations

from ingest.contract.lean import TurnEvent
from stream.messages import Row, Rows
from stream.restricted.keyring import Keyring, row_binding
from stream.steps.base import Step

TABLE = "turns_raw"


def raw_row(event: TurnEvent, keyring: Keyring) -> Row | None:
    """The sealed row of an utterance event, or None for any other event."""
    if event.type == "caller.utterance" and event.data.final:
        speaker = "caller"
    elif event.type == "agent.utterance":
        speaker = "agent"
    else:
        return None
    sealed = keyring.seal(event.data.text, row_binding(event.call_sid, event.event_id))
    return (event.call_sid, event.event_id, event.ts, speaker, sealed.key_id, sealed.nonce, sealed.ciphertext)


class RawTurnSink:
    """Seals utterances and submits their rows to ``sink`` (the batch step)."""

    def __init__(self, keyring: Keyring, sink: Step[Rows]) -> None:
        self._keyring = keyring
        self._sink = sink
        self.rows = 0

    def submit_event(self, event: TurnEvent) -> None:
        row = raw_row(event, self._keyring)
        if row is not None:
            self.rows += 1
            self._sink.submit(Rows({TABLE: (row,)}))
