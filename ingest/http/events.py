"""``POST /v1/events``: one turn event (schema v1) per line; every line validated with ``decode``.

Valid lines are handed to the emitter (keyed by call SID there). The answer says, per rejected
line, its number, an error code and a reason that names the field and rule, never the value (it may
be a phone number or transcript text):

- 202 when every line was accepted,
- 207 when some were and some were not (the accepted ones are on their way; resend only the others),
- 400 when none was (or the body is empty), 413 when the body is too large,
- 503 when the emitter's buffer is full: the lines marked ``dropped`` may be retried later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from ingest.codec import decode
from ingest.emit.base import Emitter
from ingest.errors import IngestError

Count = Callable[[str, int], None]  # (outcome, how many)


@dataclass(slots=True)
class IngestResult:
    accepted: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def status(self) -> int:
        if not self.errors:
            return 202
        if any(e["code"] == "dropped" for e in self.errors):
            return 503
        return 207 if self.accepted else 400

    def body(self) -> dict[str, Any]:
        return {"accepted": self.accepted, "rejected": len(self.errors), "errors": self.errors}


def ingest_lines(body: bytes, emitter: Emitter) -> IngestResult:
    """Validate and emit every non-blank line of ``body``; line numbers start at 1."""
    result = IngestResult()
    for number, line in enumerate(body.splitlines(), 1):
        if not line.strip():
            continue
        try:
            event = decode(line)
        except IngestError as err:
            result.errors.append({"line": number, "code": err.code, "reason": str(err)})
            continue
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
            count("accepted", result.accepted)
            dropped = sum(1 for e in result.errors if e["code"] == "dropped")
            count("dropped", dropped)
            count("rejected", len(result.errors) - dropped)
        return JSONResponse(result.body(), status_code=result.status)

    del post_events
    return router
