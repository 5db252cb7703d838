"""The answer of a test HTTP double (``BaseHTTPRequestHandler``): status, headers and body in one call."""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler
from typing import Any


def reply(handler: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str | None = None) -> None:
    """``status`` with ``body`` (its Content-Length, and Content-Type when given)."""
    handler.send_response(status)
    if content_type is not None:
        handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def reply_json(handler: BaseHTTPRequestHandler, status: int, value: Any) -> None:
    """``status`` with ``value`` as a JSON body."""
    reply(handler, status, json.dumps(value).encode(), "application/json")
