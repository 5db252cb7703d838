"""``X-Twilio-Signature`` checks on the agent's endpoints (the conventions and the checks themselves are
``ingest.relay.signature``'s, shared with the tap and the simulator).

- WebSocket handshake: the signed URL is the public ``wss://`` URL (the server behind a TLS proxy sees
  http, so the URL is rebuilt from the configured public host); the whole URL with ``{}`` params and
  Twilio's TAC convention (the URL without its query, the query pairs as params) are both accepted.
- ``/twiml`` and ``/action``: the public https URL (with any query) plus the form parameters.
"""

from __future__ import annotations

from collections.abc import Mapping

from ingest.relay.signature import form_is_valid, handshake_is_valid


class SignatureChecker:
    """The checks with the agent's auth token; ``enabled=False`` (development) lets every request in."""

    def __init__(self, auth_token: str, enabled: bool = True) -> None:
        self.enabled = enabled
        self._auth_token = auth_token

    def websocket(self, ws_url: str, query: str, signature: str | None) -> bool:
        """The upgrade request to ``ws_url`` (+ ``query``) carries a valid signature."""
        if not self.enabled:
            return True
        if not signature:
            return False
        return handshake_is_valid(self._auth_token, f"{ws_url}?{query}" if query else ws_url, signature)

    def webhook(self, url: str, form: Mapping[str, str], signature: str | None) -> bool:
        """A form-encoded webhook POST to ``url`` carries a valid signature."""
        if not self.enabled:
            return True
        return bool(signature) and form_is_valid(self._auth_token, url, form, signature or "")
