"""``require(permission)``: the FastAPI dependency every protected route declares.

A client shows an API key in ``Authorization: Bearer cpk_…`` or ``X-API-Key: cpk_…``; a browser shows
the ``callpulse_session`` cookie set by ``POST /login`` (a server-side session, ``api.auth.sessions``: the
cookie never holds the key). A key in a header wins over the cookie. The decision is made before the
route runs, so a caller without the right permission gets the same 401/403 whether or not the call it
asked for exists. A missing, malformed, unknown, revoked or wrong key (or an expired, logged-out or
orphaned session) is 401; a valid key whose role lacks the permission is 403.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyCookie, APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from api.auth.keys import KeyStore
from api.auth.roles import ROLES, allows
from api.auth.sessions import SessionStore
from api.context import ApiContext
from api.errors import Forbidden, Unauthenticated

COOKIE_NAME = "callpulse_session"

_bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer cpk_…`")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="An API key in `X-API-Key`")
_cookie = APIKeyCookie(name=COOKIE_NAME, auto_error=False, description="A session id set by `POST /login`")


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the key's id and name, and its role (for a browser, the role bound at login)."""

    key_id: str
    name: str
    role: str
    via_session: bool = False

    def can(self, permission: str) -> bool:
        return allows(self.role, permission)

    @property
    def permissions(self) -> frozenset[str]:
        return ROLES.get(self.role, frozenset())


def api_context(request: Request) -> ApiContext:
    """The ``ApiContext`` the app was created with."""
    ctx: ApiContext = request.app.state.ctx
    return ctx


def key_store(ctx: ApiContext) -> KeyStore:
    return KeyStore(ctx.client, ctx.restricted_database, ctx.key_pepper, ctx.clock)


def session_store(ctx: ApiContext) -> SessionStore:
    return SessionStore(ctx.client, key_store(ctx), ctx.restricted_database, ctx.key_pepper, ctx.clock)


def presented_key(
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header: Annotated[str | None, Depends(_header)],
) -> str | None:
    """The API key the request carries in a header, if any."""
    if bearer is not None and bearer.scheme.lower() == "bearer":
        return bearer.credentials
    return header or None


def presented_session(cookie: Annotated[str | None, Depends(_cookie)]) -> str | None:
    """The session id of the login cookie, if any."""
    return cookie or None


def authenticate(ctx: ApiContext, key: str | None) -> Principal | None:
    """The principal of ``key``, or None when it is missing or not a valid, unrevoked key."""
    if not key:
        return None
    found = key_store(ctx).authenticate(key)
    return None if found is None else Principal(found.id, found.name, found.role)


def from_session(ctx: ApiContext, session_id: str | None) -> Principal | None:
    """The principal of a live session (unexpired, not logged out, its key unrevoked), else None."""
    if not session_id:
        return None
    found = session_store(ctx).check(session_id)
    return None if found is None else Principal(found.key_id, found.key_name, found.role, via_session=True)


def current_principal(
    request: Request,
    key: Annotated[str | None, Depends(presented_key)],
    session_id: Annotated[str | None, Depends(presented_session)],
) -> Principal | None:
    """The caller, or None (for pages that show something to anonymous visitors, e.g. /login)."""
    ctx = api_context(request)
    return authenticate(ctx, key) if key else from_session(ctx, session_id)


def require(permission: str) -> Callable[..., Principal]:
    """A dependency giving the caller's ``Principal``: 401 without a valid key, 403 without ``permission``."""
    allows("admin", permission)  # an unknown permission is a programming error: fail at import time

    def dependency(principal: Annotated[Principal | None, Depends(current_principal)]) -> Principal:
        if principal is None:
            raise Unauthenticated()
        if not principal.can(permission):
            raise Forbidden(
                f"the {principal.role!r} role may not {PERMISSION_VERBS.get(permission, permission)}"
            )
        return principal

    dependency.__name__ = f"require_{permission.replace(':', '_')}"
    return dependency


PERMISSION_VERBS = {
    "kpis:read": "read KPIs",
    "alerts:read": "read alerts",
    "wallboard:read": "see the wallboard",
    "calls:read": "read calls",
    "calls:handoff": "hand calls off",
    "raw:read": "read raw transcripts",
    "audit:read": "read the audit log",
    "alerts:write": "post alerts",
}
