"""``X-Twilio-Signature`` as Twilio computes it (reference §7), through twilio-python's own
``RequestValidator`` so the simulator cannot drift from what real agents validate against.

The WebSocket handshake signs the public ``wss://`` URL with no params (style ``url``, the default)
or, as Twilio's TAC validates it, the URL without its query plus the query pairs as params (``tac``).
The action callback signs the https action URL plus every form parameter.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from twilio.request_validator import RequestValidator

SIGNATURE_HEADER = "X-Twilio-Signature"


def handshake_signature(auth_token: str, url: str, style: Literal["url", "tac"] = "url") -> str:
    """The header value for a WebSocket upgrade to ``url``."""
    validator = RequestValidator(auth_token)
    if style == "tac":
        parts = urlsplit(url)
        bare = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        return str(validator.compute_signature(bare, dict(parse_qsl(parts.query))))
    return str(validator.compute_signature(url, {}))


def form_signature(auth_token: str, url: str, params: Mapping[str, str]) -> str:
    """The header value for a form-encoded POST of ``params`` to ``url``."""
    return str(RequestValidator(auth_token).compute_signature(url, dict(params)))
