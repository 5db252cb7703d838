"""Twilio's side of a call to the reference agent, for the agent server tests: the frames it sends,
a caller that reads the agent's talk cycles back, and the constants the test agent is signed with."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from relay_setup import ringing
from twilio.request_validator import RequestValidator
from websockets.asyncio.client import ClientConnection

from ingest.contract.models import TurnEvent
from ingest.relay.frames import Prompt

TOKEN = "test_auth_token"
PUBLIC = "https://agent.example.com"
CALL_SID = "CA" + "0" * 31 + "1"


def setup_frame(call_sid: str = CALL_SID, **params: str) -> dict[str, Any]:
    return ringing(call_sid, "VX" + "0" * 32, caller="+14155550198", called="+18005550101", **params).frame()


def prompt(text: str, last: bool = True) -> dict[str, Any]:
    return Prompt(text, last, "en-US").frame()


def ws_signature(url: str = "wss://agent.example.com/ws", params: dict[str, str] | None = None) -> str:
    return str(RequestValidator(TOKEN).compute_signature(url, params or {}))


@dataclass
class Reply:
    """One agent talk cycle as Twilio received it."""

    frames: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(f.get("token", "") for f in self.frames if f["type"] == "text")


class Caller:
    """Twilio's side of one call."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.end: dict[str, Any] | None = None

    async def send(self, frame: dict[str, Any] | str) -> None:
        await self.ws.send(frame if isinstance(frame, str) else json.dumps(frame))

    async def say(self, text: str) -> Reply:
        await self.send(prompt(text))
        return await self.reply()

    async def reply(self, timeout: float = 10.0) -> Reply:
        """Frames up to the end of the next talk cycle (or an ``end`` frame)."""
        reply = Reply()
        while True:
            frame = json.loads(await asyncio.wait_for(self.ws.recv(), timeout))
            reply.frames.append(frame)
            if frame["type"] == "end":
                self.end = frame
                return reply
            if frame.get("last"):
                return reply

    async def until_end(self, timeout: float = 10.0) -> list[Reply]:
        replies = []
        while self.end is None:
            replies.append(await self.reply(timeout))
        return replies


def types(events: list[TurnEvent]) -> list[str]:
    return [e.type for e in events]
