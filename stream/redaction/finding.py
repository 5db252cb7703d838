"""What a speech recognizer reports: a span, its kind, and the normalized value behind it.

The value (digits of a spoken number, the written form of a spoken e-mail address) is what the
placeholder token is computed from, so "four one five ..." and "415-..." get the same token.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    kind: str
    value: str
    score: float = 0.9
