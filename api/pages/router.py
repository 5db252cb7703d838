"""The pages' routes. Placeholder: the pages helper replaces this with the real router."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter


def build_router(ctx: Any) -> APIRouter:
    """Routes for /calls, /calls/{sid}, /wallboard (HTML)."""
    return APIRouter()
