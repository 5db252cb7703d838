"""``POST /login`` (form field ``key``) opens a server-side session (``api.auth.sessions``) and sets the
``callpulse_session`` cookie to its random id: the key itself never leaves the form. ``POST /logout``
revokes the session and clears the cookie. ``GET /login`` is a minimal form, unless the pages router
serves its own.

The cookie is HttpOnly (scripts cannot read it) and SameSite=Strict (other sites cannot make the
browser send it, which is what protects the POST routes from cross-site requests).
"""

from __future__ import annotations

import html
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.auth.dependencies import COOKIE_NAME, api_context, key_store, session_store
from api.auth.sessions import SESSION_TTL_MS

COOKIE_MAX_AGE_S = SESSION_TTL_MS // 1000
FORM_BODY = {
    "required": True,
    "content": {
        "application/x-www-form-urlencoded": {
            "schema": {
                "type": "object",
                "properties": {"key": {"type": "string"}, "next": {"type": "string"}},
                "required": ["key"],
            }
        }
    },
}


def build_router() -> APIRouter:
    router = APIRouter(tags=["auth"])

    @router.get("/login", response_class=HTMLResponse, summary="Log-in form for the pages")
    def login_form(next: str = "/calls") -> HTMLResponse:
        return HTMLResponse(_form(safe_next(next), error=""))

    @router.post(
        "/login",
        summary="Exchange an API key for a session cookie (form: key, next)",
        openapi_extra={"requestBody": FORM_BODY},
        responses={303: {"description": "Logged in: redirect to `next`"}, 401: {"description": "Wrong key"}},
        response_class=HTMLResponse,
    )
    async def login(request: Request) -> Response:
        form = parse_qs((await request.body()).decode("utf-8", errors="replace"))
        key = (form.get("key") or [""])[0].strip()
        target = safe_next((form.get("next") or ["/calls"])[0])
        ctx = api_context(request)
        found = key_store(ctx).authenticate(key)
        if found is None:
            return HTMLResponse(_form(target, error="That key is not valid (or was revoked)."), 401)
        _, session_id = session_store(ctx).open(found)
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(
            COOKIE_NAME, session_id, max_age=COOKIE_MAX_AGE_S, httponly=True, samesite="strict",
            secure=ctx.cookie_secure, path="/",
        )  # fmt: skip
        return response

    @router.post("/logout", summary="End the session and clear the login cookie",
                 responses={303: {"description": "To /login"}})  # fmt: skip
    def logout(request: Request) -> Response:
        session_id = request.cookies.get(COOKIE_NAME)
        if session_id:
            session_store(api_context(request)).revoke(session_id)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(COOKIE_NAME, path="/", httponly=True, samesite="strict")
        return response

    return router


def safe_next(target: str) -> str:
    """Only a local path (never ``//host`` or a URL): a login link cannot send the browser elsewhere."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/calls"
    return target


def _form(next_path: str, error: str) -> str:
    message = f'<p class="error" role="alert">{html.escape(error)}</p>' if error else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>callpulse · log in</title></head>
<body><main><h1>callpulse</h1>{message}
<form method="post" action="/login">
<label>API key <input type="password" name="key" autocomplete="off" required></label>
<input type="hidden" name="next" value="{html.escape(next_path)}">
<button type="submit">Log in</button></form></main></body></html>"""
