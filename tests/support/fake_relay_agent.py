"""A tiny, compliant ConversationRelay agent for the simulator and tap tests (and the load bench when
the reference agent is not used): a WebSocket server that validates Twilio's signature, answers
each prompt with a streamed reply, stops on an interrupt, hands off when asked for a person, says
goodbye and ends when the caller is done, and (optionally) emits its own turn events, so the tap's
events can be compared with an agent's. Misbehaviours for tests: malformed messages, a dropped socket.

Also an action-callback HTTP server that records the signed callbacks and can answer a failed
session with a fresh ``<Connect><ConversationRelay>``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from http_reply import reply
from twilio.request_validator import RequestValidator
from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from ingest.clock import SystemClock
from ingest.contract.models import AgentInfo, Flags
from ingest.emit.base import Emitter
from ingest.factory import CallEventFactory

PERSON = re.compile(r"\b(person|human|representative|agent|operator|someone)\b", re.IGNORECASE)
DONE = re.compile(r"\b(that's all|that's it|that's everything|goodbye|bye)\b", re.IGNORECASE)
HANDOFF_DATA = json.dumps(
    {"reasonCode": "live-agent-handoff", "reason": "The caller wants to talk to a real person"}
)
AGENT = AgentInfo(name="fake-agent", version="0.0.1", model="rules-v1", prompt_version="test")


@dataclass
class FakeAgentOptions:
    auth_token: str = ""
    public_url: str = "wss://agent.example.com/ws"
    think_ms: int = 20  # prompt -> first token
    chunk_gap_ms: int = 5
    late_token: tuple[int, int] | None = None  # (index, ms): token ``index`` sent this late (a stalled loop)
    malformed_first: int = 0  # send this many invalid messages right after setup
    drop_after_prompts: int | None = None  # abort the socket after this many prompts (first session only)
    answer: str = "Sure, I can help with that. Let me look into it for you right away."


@dataclass
class FakeAgentRecord:
    setups: list[dict[str, Any]] = field(default_factory=list)
    received: list[dict[str, Any]] = field(default_factory=list)
    rejected_handshakes: int = 0
    sessions: int = 0


class _Session:
    def __init__(self, ws: ServerConnection, agent: FakeAgent) -> None:
        self.ws, self.agent, self.opts = ws, agent, agent.options
        self.speaking: asyncio.Task[None] | None = None
        self.events: CallEventFactory | None = None
        self.prompts = 0
        self.digits = ""
        self.digit_timer: asyncio.Task[None] | None = None

    def emit(self, type_: str, data: dict[str, Any], ts: int | None = None) -> None:
        if self.events is not None and self.agent.emitter is not None:
            self.agent.emitter.emit(self.events.make(type_, data, ts))

    async def run(self) -> None:
        ended = False
        try:
            async for frame in self.ws:
                msg = json.loads(frame)
                self.agent.record.received.append(msg)
                ended = await self.handle(msg) or ended
        except Exception:
            pass
        finally:
            if self.events is not None and not ended:
                self.emit("call.ended", {"status": "completed", "reason": "hangup"})

    async def handle(self, msg: dict[str, Any]) -> bool:
        kind = msg.get("type")
        if kind == "setup":
            self.agent.record.setups.append(msg)
            workflow = msg["customParameters"].get("workflow", "billing")
            self.events = CallEventFactory(
                msg["callSid"],
                msg["sessionId"],
                workflow,
                AGENT,
                Flags(canary=False, shadow=False),
                SystemClock(),
            )
            self.emit("call.started", {"direction": "inbound", "caller": msg["from"], "called": msg["to"]})
            for _ in range(self.opts.malformed_first):
                await self.ws.send(json.dumps({"type": "text", "token": None}))
        elif kind == "prompt" and msg.get("last"):
            self.prompts += 1
            self.emit("caller.utterance", {"text": msg["voicePrompt"], "final": True, "lang": msg["lang"]})
            first_session = self.agent.record.sessions == 1
            if first_session and self.prompts == self.opts.drop_after_prompts:
                self.ws.transport.abort()
                return False
            return await self.answer(msg["voicePrompt"])
        elif kind == "interrupt":
            if self.speaking is not None:
                self.speaking.cancel()
            self.emit(
                "interrupt",
                {
                    "utterance_until_interrupt": msg["utteranceUntilInterrupt"],
                    "duration_until_interrupt_ms": int(msg["durationUntilInterruptMs"]),
                },
            )
        elif kind == "dtmf":
            self.emit("dtmf", {"digit": msg["digit"]})
            self.digits += msg["digit"]
            if self.digit_timer is not None:
                self.digit_timer.cancel()
            self.digit_timer = asyncio.create_task(self._digits_done())
        elif kind == "info" and msg.get("name") in ("agentSpeaking", "clientSpeaking"):
            who = "agent" if msg["name"] == "agentSpeaking" else "client"
            self.emit("speaker", {"who": who, "speaking": msg["value"] == "on"})
        return False

    async def _digits_done(self) -> None:
        await asyncio.sleep(0.3)
        digits, self.digits = self.digits, ""
        with contextlib.suppress(Exception):
            await self.answer("operator" if digits == "0" else "digits")  # a lone 0: a person, please

    async def answer(self, text: str) -> bool:
        if self.speaking is not None and not self.speaking.done():
            self.speaking.cancel()
        if PERSON.search(text):
            await self.say("I'll connect you with a member of our team now. Please hold.")
            if self.events is not None:
                self.emit(
                    "handoff.requested", {"reason": "caller asked for a person", "trigger": "caller_request"}
                )
                self.emit("call.ended", {"status": "ended", "reason": "handoff"})
            await self.ws.send(json.dumps({"type": "end", "handoffData": HANDOFF_DATA}))
            return True
        if DONE.search(text):
            await self.say("Thanks for calling. Goodbye!")
            self.emit("call.ended", {"status": "ended", "reason": "agent_end"})
            await self.ws.send(json.dumps({"type": "end"}))
            return True
        self.speaking = asyncio.create_task(self.say(self.opts.answer))
        return False

    async def say(self, text: str) -> None:
        await asyncio.sleep(self.opts.think_ms / 1000)
        chunks: list[dict[str, Any]] = []
        words = re.findall(r"\s*\S+", text)
        try:
            for i, word in enumerate(words):
                if i:
                    await asyncio.sleep(self.opts.chunk_gap_ms / 1000)
                if self.opts.late_token is not None and i == self.opts.late_token[0]:
                    await asyncio.sleep(self.opts.late_token[1] / 1000)
                await self.ws.send(json.dumps({"type": "text", "token": word, "last": False}))
                chunks.append({"text": word, "ts": SystemClock().now_ms()})
            await self.ws.send(json.dumps({"type": "text", "token": "", "last": True}))
        except ConnectionClosed:
            pass
        finally:
            if chunks:
                data = {"text": "".join(c["text"] for c in chunks), "chunks": chunks}
                self.emit(
                    "agent.utterance", {**data, "interrupted": len(chunks) < len(words)}, chunks[0]["ts"]
                )


class FakeAgent:
    def __init__(self, options: FakeAgentOptions | None = None, emitter: Emitter | None = None) -> None:
        self.options = options or FakeAgentOptions()
        self.emitter = emitter
        self.record = FakeAgentRecord()

    def _check_signature(self, connection: ServerConnection, request: Request) -> Response | None:
        if not self.options.auth_token:
            return None
        signature = request.headers.get("X-Twilio-Signature", "")
        if RequestValidator(self.options.auth_token).validate(self.options.public_url, {}, signature):
            return None
        self.record.rejected_handshakes += 1
        return Response(403, "Forbidden", Headers(), b"bad signature\n")

    async def _handler(self, ws: ServerConnection) -> None:
        self.record.sessions += 1
        await _Session(ws, self).run()

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[str]:
        """Serve on a free 127.0.0.1 port; yields ``ws://127.0.0.1:<port>/ws``."""
        async with serve(
            self._handler, "127.0.0.1", 0, process_request=self._check_signature, compression=None
        ) as server:
            port = next(iter(server.sockets)).getsockname()[1]
            yield f"ws://127.0.0.1:{port}/ws"


class ActionServer:
    """Records ``<Connect action>`` callbacks; answers ``failed`` with a reconnect when asked to."""

    def __init__(self, auth_token: str = "", reconnect_url: str = "") -> None:
        self.auth_token, self.reconnect_url = auth_token, reconnect_url
        self.calls: list[dict[str, str]] = []
        self.valid_signatures: list[bool] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                params = dict(parse_qsl(body, keep_blank_values=True))
                url = f"http://127.0.0.1:{owner.port}{self.path}"
                sig = self.headers.get("X-Twilio-Signature", "")
                owner.valid_signatures.append(RequestValidator(owner.auth_token).validate(url, params, sig))
                owner.calls.append(params)
                twiml = "<Response/>"
                if params.get("SessionStatus") == "failed" and owner.reconnect_url:
                    twiml = (
                        f'<Response><Connect><ConversationRelay url="{owner.reconnect_url}">'
                        '<Parameter name="resumed" value="yes"/></ConversationRelay></Connect></Response>'
                    )
                reply(self, 200, twiml.encode(), "text/xml")

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/action"

    def __enter__(self) -> ActionServer:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
