"""Canary routing: a configurable share of calls, chosen by a stable hash of the CallSid.

With a window (``window_s > 0``) the hash also covers the window number, so which calls are canary
rotates every window while a call keeps its arm within one; ``/twiml`` passes the decision to the
session as a ``<Parameter>``, so a socket that reconnects later keeps the arm it started with.
"""

from __future__ import annotations

import hashlib


def bucket(call_sid: str, window: int) -> float:
    """A number in [0, 1) that only depends on the CallSid and the window."""
    digest = hashlib.sha256(f"{call_sid}:{window}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def is_canary(call_sid: str, share: float, now_s: float, window_s: int = 0) -> bool:
    if share <= 0:
        return False
    window = int(now_s // window_s) if window_s > 0 else 0
    return bucket(call_sid, window) < share
