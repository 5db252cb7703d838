"""The stored key of a human call: an HMAC-SHA256 under a server secret, never the raw id.

``call_key_of_id`` is what a shadow call's ``call_sid`` is matched by (the contact center exports the
Twilio CallSid of the call a person handled while the agent listened in shadow). Without an id, the key
is an HMAC of the row's own values, so re-importing the same file gives the same keys.
"""

from __future__ import annotations

import hashlib
import hmac

_ID_DOMAIN = "baseline-call:"
_ROW_DOMAIN = "baseline-row:"


def call_key_of_id(key: bytes, call_id: str) -> str:
    """The stored key of a contact center call id (whitespace around it ignored)."""
    return hmac.new(key, (_ID_DOMAIN + call_id.strip()).encode(), hashlib.sha256).hexdigest()


def call_key_of_values(key: bytes, values: tuple[object, ...]) -> str:
    """The stored key of a row without an id: its parsed values, canonically joined."""
    canonical = "\x1f".join(repr(v) for v in values)
    return hmac.new(key, (_ROW_DOMAIN + canonical).encode(), hashlib.sha256).hexdigest()
