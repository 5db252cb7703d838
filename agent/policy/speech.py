"""Turning text into speech tokens, and reading critical fields back slowly.

Confirmations read digits and spelled names one item at a time with commas, which every TTS
engine renders as short pauses: "G, A, R, C, I, A" rather than "Garcia", so the caller can catch
a wrong letter before anything is booked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.policy.base import AgentTag, EndCycle, Speech, Token

_WORD = re.compile(r"\s*\S+")


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
