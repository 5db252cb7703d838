"""Rebuild a call's events from the warehouse when its partition moved to this worker.

Offsets are committed only after their rows are stored, so a call's events are split in two: the
ones before the committed offset are in ``events`` (stored by the previous owner), the ones after
are re-read from Kafka. This module reads the first part back as ``TurnEvent``s. Stored payloads are
redacted, and a few redacted values no longer match the contract (a DTMF digit becomes ``<DTMF>``);
those are put back in a contract-valid neutral form, which no metric reads.

One query per call would cost more than the rest of the chain: a call is first seen on one of its
first events, so every new call asked the warehouse once (69% of the pipeline thread in the issue 19
profile of the worker). ``prefetched(call_sids)`` asks once for the calls of a whole fetched batch (the
Kafka key is the call SID) and answers ``history(call_sid)`` from that answer while the batch is
submitted; a call that is not in it (a key that is not its SID, a call evicted and seen again) is
asked alone, as before. The answer is dropped when the batch is submitted, so it is never older than
the batch it was read for.

The read is started when the batch is fetched (``start``, on the worker's event loop), on a thread of
its own, and waited for when the batch is submitted (``answered``): while the pipeline thread works on
the batches before it, the warehouse answers, instead of the pipeline thread waiting for each answer
(measured, py-spy of the worker at 1,000 events/s on the loaded 2-core machine, 2026-12-06: 19-43% of
the pipeline thread waited on the prefetch). Starting early reads nothing older than before: which
calls are new is decided in fetch order, so a call of this batch was in no earlier batch and is not
open here; nothing of it can be written by this worker before the batch is submitted.

The reads are without ``FINAL``: a redelivered batch's rows may not be merged yet, so an event can come
back twice, and the copies are dropped here by ``event_id`` (the first in ``seq`` order is kept). The
copies are the same event: the call state never stores a second content under one ``event_id`` (it
dead-letters it as a conflicting duplicate, checking against these very reads). ``FINAL`` made each read
merge across the table's parts: measured on a day's warehouse (817,498 events, 6 parts, chDB), 4 SIDs
of new calls took a median 135 ms with it and 9 ms without; the history read was the worker's largest
statement kind on the warehouse (bench/rule_latency_kafka.py, 2026-12-06: 2,086 reads, 38.8 s of the
server's 116.8 s of statement time in a 126-s run).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import orjson

from ingest.codec import decode_lean
from ingest.contract.lean import TurnEvent
from ingest.contract.models import SCHEMA_VERSION
from ingest.errors import IngestError
from stream.steps.call_state import StoredEvent
from stream.warehouse import Warehouse

_COLUMNS = (
    "event_id, call_sid, session_id, seq, toUnixTimestamp64Milli(ts), type, workflow, agent_name, "
    "agent_version, agent_model, prompt_version, canary, shadow, data"
)
_NEUTRAL = {"dtmf": {"digit": "0"}}
_ASKED_MAX = 200_000
"""Call SIDs remembered as already asked for (their calls are open here, or were): past this many the
memory is cleared, which costs one more batched query, never a wrong answer."""


class WarehouseHistory:
    """``history(call_sid)`` for ``CallStateStep``: the call's stored events, in seq order, each with
    the content it is stored with (so a redelivered copy is told from a conflicting one)."""

    def __init__(self, client: Warehouse, database: str) -> None:
        self._client = client
        self._database = database
        self.lookups = 0
        self.restored = 0  # lookups that found stored events (a call first seen mid-way here)
        self.unreadable = 0
        self.queries = 0
        self._batch: dict[str, list[Sequence[Any]]] | None = None
        self._asked: set[str] = set()
        self._lock = threading.Lock()  # ``start`` runs on the event loop, ``forget`` on the pipeline thread
        self._reader: ThreadPoolExecutor | None = None

    def __call__(self, call_sid: str) -> Sequence[StoredEvent]:
        self.lookups += 1
        if self._batch is not None and call_sid in self._batch:
            rows: Sequence[Sequence[Any]] = self._batch.pop(call_sid)
        else:
            with self._lock:
                self.queries += 1
            rows = self._client.query(
                f"SELECT {_COLUMNS} FROM {self._database}.events WHERE call_sid = %(sid)s ORDER BY seq",
                parameters={"sid": call_sid},
            ).result_rows
        events = []
        seen: set[str] = set()
        for row in rows:
            if row[0] in seen:  # a copy not merged yet (a redelivered batch): the same event
                continue
            seen.add(row[0])
            event = self._event(row)
            if event is not None:
                events.append(StoredEvent(event, _content(row)))
        self.restored += bool(events)
        return events

    def start(self, call_sids: Iterable[str]) -> Future[dict[str, list[Sequence[Any]]]]:
        """Start reading the stored events of the calls in ``call_sids`` not asked for before, on the
        history thread; call in fetch order. ``answered`` waits for the answer."""
        with self._lock:
            new = set(call_sids) - self._asked
            if len(self._asked) + len(new) > _ASKED_MAX:
                self._asked.clear()
            self._asked |= new
            if new:
                self.queries += 1
        if not new:
            done: Future[dict[str, list[Sequence[Any]]]] = Future()
            done.set_result({})
            return done
        if self._reader is None:
            self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="callpulse-history")
        return self._reader.submit(self._read, tuple(sorted(new)))

    @contextmanager
    def answered(self, answer: Future[dict[str, list[Sequence[Any]]]]) -> Iterator[None]:
        """While the block runs, ``history(sid)`` of a call in the started read is answered from it
        (waited for here; a failed read raises here, on the caller's thread)."""
        self._batch = answer.result()
        try:
            yield
        finally:
            self._batch = None

    def prefetched(self, call_sids: Iterable[str]) -> AbstractContextManager[None]:
        """``start`` and ``answered`` in one: one query for the new calls of ``call_sids``, answering
        ``history(sid)`` while the block runs (one per batch instead of one per new call)."""
        return self.answered(self.start(call_sids))

    def forget(self) -> None:
        """The calls' state was dropped (partitions moved): every call seen again is asked for again."""
        with self._lock:
            self._asked.clear()

    def close(self) -> None:
        """Stop the history thread (a read under way finishes first)."""
        if self._reader is not None:
            self._reader.shutdown(wait=True)

    def _read(self, sids: tuple[str, ...]) -> dict[str, list[Sequence[Any]]]:
        batch: dict[str, list[Sequence[Any]]] = {sid: [] for sid in sids}
        result = self._client.query(
            f"SELECT {_COLUMNS} FROM {self._database}.events WHERE call_sid IN %(sids)s "
            "ORDER BY call_sid, seq",
            parameters={"sids": sids},
        )
        for row in result.result_rows:
            batch[row[1]].append(row)
        return batch

    def _event(self, row: Sequence[Any]) -> TurnEvent | None:
        (event_id, call_sid, session_id, seq, ts, type_, workflow, name, version, model, prompt, canary,
         shadow, data) = row  # fmt: skip
        obj: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION, "event_id": event_id, "call_sid": call_sid,
            "session_id": session_id, "seq": seq, "ts": int(ts), "type": type_, "workflow": workflow,
            "agent": {"name": name, "version": version, "model": model, "prompt_version": prompt},
            "flags": {"canary": bool(canary), "shadow": bool(shadow)}, "data": orjson.loads(data),
        }  # fmt: skip
        obj["data"].update(_NEUTRAL.get(type_, {}))
        try:
            return decode_lean(orjson.dumps(obj))
        except IngestError:
            self.unreadable += 1  # counted, not fatal: the call's metrics miss one stored event
            return None


def _content(row: Sequence[Any]) -> tuple[Any, ...]:
    """The stored columns from ``session_id`` to ``data`` as ``event_content`` builds them."""
    (_, _, session_id, seq, ts, type_, workflow, name, version, model, prompt, canary, shadow,
     data) = row  # fmt: skip
    return (
        session_id, int(seq), int(ts), type_, workflow, name, version, model, prompt, bool(canary),
        bool(shadow), data,
    )  # fmt: skip
