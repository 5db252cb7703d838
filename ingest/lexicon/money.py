"""Amounts as the agent says them."""

from __future__ import annotations


def money(cents: int) -> str:
    """``123456`` -> ``$1,234.56``."""
    return f"${cents // 100:,}.{cents % 100:02d}"
