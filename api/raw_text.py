"""Reading one call's original (decrypted) transcript for a person: one home for the API route
(``POST /api/v1/calls/{sid}/raw``) and the call page's form (``/calls/{sid}/raw``).

Both go through ``read_raw``: the per-key rate limit (``ApiContext.raw_limiter``, one window across the
API and the pages), the reason, and ``stream.restricted.RawAccess``, which writes the audit row (who,
role, when, why, from where) *before* it decrypts anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from api.auth.dependencies import Principal
from api.context import ApiContext
from api.errors import ApiError, BadRequest, NotFound
from api.store.calls import call_exists
from stream.restricted.access import RawAccess, Reader
from stream.restricted.errors import ReasonRequired, RestrictedError


@dataclass(frozen=True, slots=True)
class RawUtterance:
    ts_ms: int
    speaker: str
    text: str
    event_id: str


@dataclass(frozen=True, slots=True)
class RawTranscript:
    call_sid: str
    utterances: list[RawUtterance]
    audited_as: str


def read_raw(ctx: ApiContext, principal: Principal, sid: str, reason: str, remote: str) -> RawTranscript:
    """The call's utterances in order, decrypted, for ``principal`` (who must hold ``raw:read``).

    Raises ``RateLimited`` over the per-key limit, ``BadRequest`` without a reason, ``NotFound`` for an
    unknown call (the audit row is written even then), ``ApiError`` when the text cannot be decrypted."""
    ctx.raw_limiter.hit(principal.key_id)
    actor = f"{principal.name} [{principal.key_id}]"
    access = RawAccess(ctx.client, ctx.database, ctx.restricted_database, ctx.keyring, ctx.clock)
    try:
        turns = access.read(sid, Reader(actor, principal.role, reason, remote))
    except ReasonRequired as err:
        raise BadRequest(str(err)) from None
    except RestrictedError as err:
        raise ApiError(f"the raw text could not be decrypted: {type(err).__name__}") from None
    if not turns and not call_exists(ctx.client, ctx.database, sid):
        raise NotFound(f"no call {sid}")
    return RawTranscript(sid, [RawUtterance(t.ts_ms, t.speaker, t.text, t.event_id) for t in turns], actor)
