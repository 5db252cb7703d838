"""``X-Twilio-Signature`` of ConversationRelay's requests, made and checked with twilio-python's own
``RequestValidator`` (reference §7), in one place for everything that speaks the protocol: the agent
checks it, the tap checks and re-makes it, the caller simulator makes it.

- WebSocket handshake: Twilio signs the public ``wss://`` URL it connected to. Two conventions exist for
  a query string: the whole URL with no params (``url``, the plain way), or, as Twilio's TAC does, the URL
  without its query plus the query pairs as params (``tac``). A check accepts either.
- Form-encoded webhooks (``/twiml``, the ``<Connect action>`` callback): the https URL (with any query)
  plus every form parameter.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from twilio.request_validator import RequestValidator

HEADER = "X-Twilio-Signature"


def public_url_for(public_url: str, request_path: str) -> str:
    """The URL Twilio signed: the configured public scheme and host with the request's path and query."""
    parts = urlsplit(public_url)
    return f"{parts.scheme}://{parts.netloc}{request_path}"


def _without_query(url: str) -> tuple[str, dict[str, str]]:
    """``url`` without its query, and the query's pairs: what the TAC convention signs."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")), dict(parse_qsl(parts.query))


def handshake_signature(auth_token: str, url: str, style: Literal["url", "tac"] = "url") -> str:
    """The header value Twilio sends on a WebSocket upgrade to ``url``, in the ``style`` convention."""
    validator = RequestValidator(auth_token)
    if style == "tac":
        bare, pairs = _without_query(url)
        return str(validator.compute_signature(bare, pairs))
    return str(validator.compute_signature(url, {}))


def handshake_is_valid(auth_token: str, url: str, signature: str) -> bool:
    """True when ``signature`` matches a WebSocket upgrade to ``url`` in either query-string convention."""
    validator = RequestValidator(auth_token)
    if validator.validate(url, {}, signature):
        return True
    if not urlsplit(url).query:
        return False
    bare, pairs = _without_query(url)
    return bool(validator.validate(bare, pairs, signature))


def form_signature(auth_token: str, url: str, params: Mapping[str, str]) -> str:
    """The header value for a form-encoded POST of ``params`` to ``url``."""
    return str(RequestValidator(auth_token).compute_signature(url, dict(params)))


def form_is_valid(auth_token: str, url: str, params: Mapping[str, str], signature: str) -> bool:
    """True when ``signature`` matches a form-encoded POST of ``params`` to ``url``."""
    return bool(RequestValidator(auth_token).validate(url, dict(params), signature))
