"""Turning text into speech tokens, and reading critical fields back slowly.

Confirmations read digits and spelled names one item at a time with commas, which every TTS
engine renders as short pauses: "G, A, R, C, I, A" rather than "Garcia", so the caller can catch
a wrong letter before anything is booked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from agent.policy.base import AgentTag, EndCycle, Speech, Token

_WORD = re.compile(r"\s*\S+")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def utter(text: str, tags: tuple[AgentTag, ...] = (), words_per_token: int = 2) -> Iterator[Speech]:
    """``text`` as small tokens (two words each, spacing kept), then the end of the talk cycle."""
    words = _WORD.findall(text)
    for i in range(0, len(words), words_per_token):
        yield Token("".join(words[i : i + words_per_token]), tags)
    yield EndCycle()


def spell(name: str) -> str:
    """``Garcia`` -> ``G, A, R, C, I, A``."""
    return ", ".join(ch.upper() for ch in name if ch.isalpha())


def digits_slowly(digits: str) -> str:
    """``8821`` -> ``8, 8, 2, 1``."""
    return ", ".join(digits)


def money(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"


def day_phrase(d: date) -> str:
    """``Tuesday, June 14th``."""
    day = d.day
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{d.strftime('%A')}, {_MONTHS[d.month - 1]} {day}{suffix}"
