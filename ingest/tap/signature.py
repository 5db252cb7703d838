"""``X-Twilio-Signature`` on the WebSocket handshake, checked and re-made with twilio-python.

Twilio signs the public ``wss://`` URL it connected to. Two conventions exist for a query string
(reference §7): the whole URL with no params, or (Twilio's TAC) the URL without the query plus the
query pairs as params. The tap accepts either, and signs the plain way when re-signing.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit, urlunsplit

from twilio.request_validator import RequestValidator

HEADER = "X-Twilio-Signature"


def public_url_for(public_url: str, request_path: str) -> str:
    """The URL Twilio signed: the configured public scheme and host with the request's path and query."""
    parts = urlsplit(public_url)
    return f"{parts.scheme}://{parts.netloc}{request_path}"


def is_valid(auth_token: str, url: str, signature: str) -> bool:
    """True when ``signature`` matches ``url`` in either query-string convention."""
    validator = RequestValidator(auth_token)
    if validator.validate(url, {}, signature):
        return True
    parts = urlsplit(url)
    if not parts.query:
        return False
    bare = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    return bool(validator.validate(bare, dict(parse_qsl(parts.query)), signature))


def sign(auth_token: str, url: str) -> str:
    """The signature Twilio would send for a handshake to ``url``."""
    return str(RequestValidator(auth_token).compute_signature(url, {}))
