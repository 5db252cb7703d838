"""``PageKit``: the page helpers ``router.build_router`` defines (render a template, a message page, the
permission check), handed to the page modules that add their own routes (``compare_page``,
``review_pages``), so each renders, refuses and explains the same way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse

from api.auth.dependencies import Principal, current_principal

MaybePrincipal = Annotated[Principal | None, Depends(current_principal)]


@dataclass(frozen=True, slots=True)
class PageKit:
    render: Callable[..., HTMLResponse]
    """``render(request, template, principal, status=200, **context)``."""
    message: Callable[..., HTMLResponse]
    """``message(request, principal, status, heading, text, tone="bad", back="", back_label="")``."""
    refused: Callable[[Request, Principal | None, str], HTMLResponse | None]
    """None when the principal may; the 403 page otherwise; no principal: redirect to /login."""
