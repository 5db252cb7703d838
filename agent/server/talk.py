"""Sending speech to Twilio: tokens as they are produced, one ``agent.utterance`` per talk cycle.

A talk cycle starts with its first token and ends with ``{"type":"text","token":"","last":true}``.
Its event carries every chunk with the time it was sent (the event's ``ts`` is the first chunk's),
which is what time-to-first-helpful-word is measured from. A cycle cut by a barge-in sends nothing
more and is recorded with ``interrupted: true``.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from agent.policy.base import AgentTag, Token
from agent.policy.speech import utter
from agent.server.events import CallEvents
from ingest.clock import Clock
from ingest.relay.frames import Text, encode

Send = Callable[[str], Awaitable[None]]


@dataclass
class _Cycle:
    chunks: list[tuple[str, int]] = field(default_factory=list)
    tags: list[AgentTag] = field(default_factory=list)


class Talker:
    def __init__(self, send: Send, events: CallEvents, clock: Clock, chars_per_s: float = 14.0) -> None:
        self._send = send
        self._events = events
        self._clock = clock
        self._chars_per_s = chars_per_s
        self._cycle: _Cycle | None = None
        self.last_text = ""
        self.playing_until = 0.0  # monotonic estimate of when TTS finishes what was sent

    @property
    def open(self) -> bool:
        return self._cycle is not None

    async def token(self, text: str, tags: tuple[AgentTag, ...] = ()) -> None:
        if not text:
            return
        if self._cycle is None:
            self._cycle = _Cycle()
        cycle = self._cycle
        for tag in tags:
            if tag not in cycle.tags:
                cycle.tags.append(tag)
        sent_ms = self._clock.now_ms()
        await self._send(encode(Text(text)))
        cycle.chunks.append((text, sent_ms))

    async def end_cycle(self) -> None:
        cycle = self._cycle
        if cycle is None:
            return
        await self._send(encode(Text("", last=True)))
        self._cycle = None
        self._record(cycle, interrupted=False)

    def cut(self) -> None:
        """A barge-in (or a dropped call) cut the open cycle: record what was sent, send nothing."""
        cycle, self._cycle = self._cycle, None
        if cycle is not None:
            self._record(cycle, interrupted=True)

    async def cycle(self, text: str, tags: tuple[AgentTag, ...] = ()) -> None:
        """Say a whole talk cycle now (closing any open one first)."""
        await self.end_cycle()
        for item in utter(text, tags):
            if isinstance(item, Token):
                await self.token(item.text, tags)
        await self.end_cycle()

    def _record(self, cycle: _Cycle, interrupted: bool) -> None:
        if not cycle.chunks:
            return
        text = "".join(c[0] for c in cycle.chunks)
        self.last_text = text
        start = max(time.monotonic(), self.playing_until)
        self.playing_until = start + len(text) / self._chars_per_s
        data = {
            "text": text,
            "chunks": [{"text": t, "ts": ts} for t, ts in cycle.chunks],
            "interrupted": interrupted,
            "tags": list(cycle.tags),
        }
        self._events.emit("agent.utterance", data, ts=cycle.chunks[0][1])
