"""``X-Twilio-Signature`` checks with the official ``twilio`` package's ``RequestValidator``.

- WebSocket handshake: the signed URL is the public ``wss://`` URL (the server behind a TLS proxy sees
  http, so the URL is rebuilt from the configured public host), with ``{}`` params. Twilio's own TAC
  instead signs the URL without its query and passes the query pairs as params; both are accepted.
- ``/twiml`` and ``/action``: the public https URL (with any query) plus the form parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qsl

from twilio.request_validator import RequestValidator

HEADER = "x-twilio-signature"


class SignatureChecker:
    def __init__(self, auth_token: str, enabled: bool = True) -> None:
        self.enabled = enabled
        self._validator = RequestValidator(auth_token)

    def websocket(self, ws_url: str, query: str, signature: str | None) -> bool:
        """The upgrade request to ``ws_url`` (+ ``query``) carries a valid signature."""
        if not self.enabled:
            return True
        if not signature:
            return False
        full = f"{ws_url}?{query}" if query else ws_url
        if self._validator.validate(full, {}, signature):
            return True
        return bool(query) and self._validator.validate(ws_url, dict(parse_qsl(query)), signature)

    def webhook(self, url: str, form: Mapping[str, str], signature: str | None) -> bool:
        """A form-encoded webhook POST to ``url`` carries a valid signature."""
        if not self.enabled:
            return True
        return bool(signature) and self._validator.validate(url, dict(form), signature)
