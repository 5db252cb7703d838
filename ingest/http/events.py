"""``POST /v1/events``: one turn event (schema v1) per line; every line validated with ``decode``.

Valid lines are handed to the emitter (keyed by call SID there). A line whose only fault is an
utterance over the contract's limits (text over 20,000 characters, more than 2,000 chunks) is cut to
fit, flagged ``data.truncated`` and accepted (``ingest/truncate.py``); its number is listed under
``truncated``. Every other rejected line is also dead-lettered (a note on the bus: ``ingest/deadletter.py``),
so lines posted = events stored + dead letters + lines answered ``dropped``. The answer says, per
rejected line, its number, an error code and a reason that names the field and rule, never the value
(it may be a phone number or transcript text):

- 202 when every line was accepted (some perhaps truncated),
- 207 when some were and some were not (the accepted ones are on their way; resend only the others),
- 400 when none was (or the body is empty), 413 when the body is too large,
- 503 when the emitter's buffer is full: the lines marked ``dropped`` may be retried later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from ingest.codec import decode
from ingest.contract.models import EVENT_TYPES, TurnEvent, is_identifier
from ingest.deadletter import DeadLetterNote, ProducerDeadLetter
from ingest.emit.base import Emitter
from ingest.errors import IngestError, InvalidEvent
from ingest.truncate import fit_to_contract

Count = Callable[[str, int], None]  # (outcome, how many)
_EVENT_TYPES = frozenset(EVENT_TYPES)


@dataclass(slots=True)
class IngestResult:
    accepted: int = 0  # truncated lines included
    truncated: list[int] = field(default_factory=list)  # numbers of lines accepted after a cut
    dead_lettered: int = 0  # rejected lines whose dead-letter note the emitter accepted
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def status(self) -> int:
        if not self.errors:
            return 202
        if any(e["code"] == "dropped" for e in self.errors):
            return 503
        return 207 if self.accepted else 400

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "accepted": self.accepted,
            "rejected": len(self.errors),
            "errors": self.errors,
        }
        if self.truncated:
            body["truncated"] = self.truncated
        return body


def ingest_lines(body: bytes, emitter: Emitter) -> IngestResult:
    """Validate and emit every non-blank line of ``body``; line numbers start at 1."""
    result = IngestResult()
    for number, line in enumerate(body.splitlines(), 1):
        if not line.strip():
            continue
        try:
            event = decode(line)
        except IngestError as err:
            cut = _cut_to_fit(line) if isinstance(err, InvalidEvent) else None
            if cut is None:
                _reject(result, number, line, err, emitter)
                continue
            event = cut
            result.truncated.append(number)
        if emitter.emit(event):
            result.accepted += 1
        else:
            result.errors.append(
                {
                    "line": number,
                    "code": "dropped",
                    "reason": "the event buffer is full; retry this line later",
                }
            )
    return result


def _cut_to_fit(line: bytes) -> TurnEvent | None:
    """The line's event with its utterance cut to the contract's limits, if that is all it needed."""
    obj = orjson.loads(line)  # decode already parsed it once: it is a JSON object
    type_, data = obj.get("type"), obj.get("data")
    fitted = fit_to_contract(type_, data) if isinstance(type_, str) and isinstance(data, dict) else None
    if fitted is None:
        return None
    try:
        return decode(orjson.dumps({**obj, "data": fitted}))
    except IngestError:
        return None


def _reject(result: IngestResult, number: int, line: bytes, err: IngestError, emitter: Emitter) -> None:
    """Answer the line's error and dead-letter it, so the rejection is stored, not only answered."""
    code, reason = err.code, str(err)
    if isinstance(err, ProducerDeadLetter):  # a client may not file its own dead letters
        code, reason = "invalid_event", "a dead-letter note is not an event; post events only"
    result.errors.append({"line": number, "code": code, "reason": reason})
    call_sid, event_type = _identifiers(line)
    note = DeadLetterNote(code, f"line {number}: {reason}", "http_ingest", call_sid, event_type=event_type)
    result.dead_lettered += emitter.emit_dead_letter(note)


def _identifiers(line: bytes) -> tuple[str, str]:
    """The rejected line's call SID and type when they are well-formed (the note is keyed by the
    SID, so it lands beside the call's events); empty otherwise, never a raw value."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError:
        return "", ""
    if not isinstance(obj, dict):
        return "", ""
    sid, type_ = obj.get("call_sid"), obj.get("type")
    return (
        sid if isinstance(sid, str) and is_identifier(sid) else "",
        type_ if isinstance(type_, str) and type_ in _EVENT_TYPES else "",
    )


def make_router(
    emitter: Emitter, *, max_body_bytes: int = 5_000_000, count: Count | None = None
) -> APIRouter:
    """The ingest routes over ``emitter``; ``count(outcome, n)`` feeds the lines metric."""
    router = APIRouter()

    @router.post("/v1/events", status_code=202)
    async def post_events(request: Request) -> JSONResponse:
        body = await request.body()
        if len(body) > max_body_bytes:
            return JSONResponse(
                {"error": f"body is larger than {max_body_bytes} bytes; split it into several requests"},
                status_code=413,
            )
        result = ingest_lines(body, emitter)
        if result.accepted == 0 and not result.errors:
            return JSONResponse({"error": "empty body; send one JSON event per line"}, status_code=400)
        if count is not None:
            count("accepted", result.accepted - len(result.truncated))
            count("truncated", len(result.truncated))
            dropped = sum(1 for e in result.errors if e["code"] == "dropped")
            count("dropped", dropped)
            count("rejected", len(result.errors) - dropped)
        return JSONResponse(result.body(), status_code=result.status)

    del post_events
    return router
