"""Reading raw text: only for one call, only with a reason, and always audited first.

The audit row is written *before* the read, so a read that fails half-way (or whose output is
lost) is still on record; a request without a reason is refused before anything is touched. The
CLI (``callpulse raw``) and the API route both go through ``RawAccess.read``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.clock import Clock
from stream.restricted.errors import ReasonRequired
from stream.restricted.keyring import Keyring, Sealed, row_binding
from stream.warehouse import Warehouse

AUDIT_COLUMNS = ("at", "actor", "role", "action", "call_sid", "reason", "remote_addr")
MIN_REASON_CHARS = 4


@dataclass(frozen=True, slots=True)
class RawTurn:
    ts_ms: int
    speaker: str
    text: str
    event_id: str


@dataclass(frozen=True, slots=True)
class Reader:
    """Who is reading, and why."""

    actor: str
    role: str
    reason: str
    remote_addr: str = ""


def raw_read_reason(text: str) -> str | None:
    """``text`` with its white space folded, when that is a reason to read raw text by (at least
    ``MIN_REASON_CHARS`` characters); else None. The one rule for a reason: ``RawAccess.read`` holds
    every read to it, and the API route and the call page check it first to answer with their own
    message."""
    reason = " ".join(text.split())
    return reason if len(reason) >= MIN_REASON_CHARS else None


class RawAccess:
    def __init__(
        self, client: Warehouse, database: str, restricted_database: str, keyring: Keyring, clock: Clock
    ) -> None:
        self._client = client
        self._database = database
        self._restricted = restricted_database
        self._keyring = keyring
        self._clock = clock

    def read(self, call_sid: str, reader: Reader) -> list[RawTurn]:
        """The call's utterances in order, decrypted. Raises ``ReasonRequired`` without a reason."""
        reason = raw_read_reason(reader.reason)
        if reason is None:
            raise ReasonRequired(
                f"reading raw text needs a reason of at least {MIN_REASON_CHARS} characters "
                '(e.g. --reason "customer complaint #1234"); every read is audited'
            )
        self._audit(call_sid, reader, reason)
        result = self._client.query(
            f"SELECT toUnixTimestamp64Milli(ts), speaker, event_id, key_id, nonce, ciphertext "
            f"FROM {self._restricted}.turns_raw FINAL WHERE call_sid = {{sid:String}} ORDER BY ts, event_id",
            parameters={"sid": call_sid},
        )
        return [
            RawTurn(
                int(ts),
                speaker,
                self._keyring.open(Sealed(key_id, nonce, ct), row_binding(call_sid, eid)),
                eid,
            )
            for ts, speaker, eid, key_id, nonce, ct in result.result_rows
        ]

    def _audit(self, call_sid: str, reader: Reader, reason: str) -> None:
        row = (
            self._clock.now_ms(),
            reader.actor,
            reader.role,
            "read_raw",
            call_sid,
            reason,
            reader.remote_addr,
        )
        self._client.insert(f"{self._database}.audit_log", [row], column_names=list(AUDIT_COLUMNS))
