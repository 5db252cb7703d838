"""One ConversationRelay WebSocket: Twilio's frames in, speech and ``end`` out, events throughout.

Three tasks per call, all owned by the session and cancelled with it: the reader (this coroutine),
the turn worker (one caller input at a time; the running turn is a child task a barge-in cancels at
once), and the idle watch (reprompts a silent caller, then ends the call). An exception while
handling one frame is logged and reported as ``agent.error``; the call goes on, and other calls
never notice: each socket has its own tasks and state.

How a call ends says who ended it. The caller hanging up is ``completed``/``hangup``. If the session
itself fails (an exception escapes the reader or a turn), the call ends ``failed``/``agent_error`` and
the socket closes 1011; if the server is stopping (``AgentRuntime.drain``), ``failed``/``shutdown`` and
the socket closes 1001. Neither is ever recorded as a caller who hung up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from agent.policy.base import CallerInput, Token
from agent.policy.handoff import handoff_data
from agent.server.call import Call, call_started_data, open_call
from agent.server.runtime import AgentRuntime
from ingest.contract.models import TS_MAX_MS, TS_MIN_MS
from ingest.relay.frames import (
    Dtmf,
    End,
    Info,
    Interrupt,
    Malformed,
    Prompt,
    RelayError,
    Setup,
    Unknown,
    encode,
    parse_twilio,
)

log = logging.getLogger(__name__)
CLOSE_GRACE_S = 5.0
CONSENT_WORDS = ("automated", "person")
SUPERVISOR_REASON = "supervisor-takeover"
SUPERVISOR_LINE = "I'm connecting you to a colleague now. Thanks for your patience."
AGENT_ERROR_CLOSE = (1011, "agent error")
SHUTDOWN_CLOSE = (1001, "agent shutting down")


def has_consent_notice(greeting: str) -> bool:
    low = greeting.lower()
    return all(w in low for w in CONSENT_WORDS) and ("analy" in low or "record" in low)


class RelaySession:
    def __init__(self, ws: WebSocket, runtime: AgentRuntime) -> None:
        self.ws = ws
        self.rt = runtime
        self.config = runtime.config
        self.call: Call | None = None
        self.inputs: asyncio.Queue[CallerInput] = asyncio.Queue()
        self.current: asyncio.Task[None] | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._dtmf_timer: asyncio.Task[None] | None = None
        self.digits = ""
        self.closing = False  # deciding to end: barge-ins no longer cancel the goodbye
        self.ended = False  # ``end`` was sent
        self.agent_speaking = False
        self._speaker_events = False
        self._agent_off = asyncio.Event()
        self.last_activity = time.monotonic()
        self.ignored_frames = 0

    # ---- the reader --------------------------------------------------------------------------

    async def run(self) -> None:
        self.rt.active_calls += 1
        self.rt.sessions.add(self)
        try:
            await self._read()
        except Exception:
            log.exception("call %s: the session failed", self._sid)
            await self._fail("agent_error", AGENT_ERROR_CLOSE)
        finally:
            await self._closed()
            self.rt.sessions.discard(self)
            self.rt.active_calls -= 1

    async def _read(self) -> None:
        while True:
            try:
                message = await self.ws.receive()
            except (WebSocketDisconnect, RuntimeError):
                return
            if message["type"] == "websocket.disconnect":
                return
            raw = message.get("text") or message.get("bytes") or b""
            try:
                await self._dispatch(parse_twilio(raw))
            except Exception as err:  # one bad frame must not end the call
                log.exception("call %s: frame handling failed", self._sid)
                self._error("frame_handling_failed", type(err).__name__)

    async def shut_down(self) -> None:
        """The server is stopping: end the call as ``shutdown`` and close the socket 1001."""
        await self._fail("shutdown", SHUTDOWN_CLOSE)

    async def _fail(self, reason: str, close: tuple[int, str]) -> None:
        """End the call ``failed`` with ``reason`` (unless it already ended) and close the socket."""
        call = self.call
        if call is not None and not self.ended:
            self.ended = True
            call.talker.cut()
            self.rt.remember(call.state.call_sid, self._snapshot())
            call.events.emit("call.ended", {"status": "failed", "reason": reason})
        with contextlib.suppress(Exception):
            await self.ws.close(*close)

    @property
    def _sid(self) -> str:
        return self.call.state.call_sid if self.call else "-"

    async def _dispatch(self, msg: object) -> None:
        if isinstance(msg, Setup):
            if self.call is None:
                self._on_setup(msg)
            return
        if self.call is None or self.ended or isinstance(msg, Unknown | Malformed):
            self.ignored_frames += 1
            log.debug("call %s: ignored frame %s", self._sid, type(msg).__name__)
            return
        events = self.call.events
        if isinstance(msg, Prompt):
            self.last_activity = time.monotonic()
            if msg.last and msg.text.strip():
                events.emit("caller.utterance", {"text": msg.text, "final": True, "lang": msg.lang})
                self.inputs.put_nowait(CallerInput("speech", text=msg.text))
        elif isinstance(msg, Dtmf):
            self.last_activity = time.monotonic()
            events.emit("dtmf", {"digit": msg.digit})
            self._collect_digit(msg.digit)
        elif isinstance(msg, Interrupt):
            self.last_activity = time.monotonic()
            events.emit(
                "interrupt",
                {"utterance_until_interrupt": msg.utterance, "duration_until_interrupt_ms": msg.duration_ms},
            )
            self.call.state.last_heard = msg.utterance
            if self.current is not None and not self.current.done() and not self.closing:
                self.current.cancel()
        elif isinstance(msg, Info):
            self._on_info(msg)
        elif isinstance(msg, RelayError):
            self._error("relay_error", msg.description[:4000])

    def _on_setup(self, setup: Setup) -> None:
        self.call = call = open_call(self.rt, setup, self.ws.send_text)
        self.rt.attach(call.state.call_sid, self)
        now = self.rt.clock.now_ms()
        call.events.emit("call.started", call_started_data(setup), ts=now)
        greeting = self.config.resume_greeting if call.resumed else self.config.welcome_greeting
        tags = ["greeting", "consent_notice"] if has_consent_notice(greeting) else ["greeting"]
        call.events.emit(
            "agent.utterance",
            {"text": greeting, "chunks": [{"text": greeting, "ts": now}], "interrupted": False, "tags": tags},
            ts=now,
        )
        call.talker.playing_until = time.monotonic() + len(greeting) / self.config.tts_chars_per_s
        self._tasks = [asyncio.create_task(self._worker())]
        if not self.config.shadow:  # in shadow the caller talks with a person: silence means nothing
            self._tasks.append(asyncio.create_task(self._idle_watch()))

    def _on_info(self, msg: Info) -> None:
        assert self.call is not None
        who = {"agentSpeaking": "agent", "clientSpeaking": "client"}.get(msg.name)
        if who is None:
            return
        speaking = msg.value == "on"
        ts = msg.ts if msg.ts is not None and TS_MIN_MS <= msg.ts <= TS_MAX_MS else None
        self.call.events.emit("speaker", {"who": who, "speaking": speaking}, ts=ts)
        self.last_activity = time.monotonic()
        if who == "agent":
            self._speaker_events = True
            self.agent_speaking = speaking
            if not speaking:
                self.call.talker.playing_until = time.monotonic()
                self._agent_off.set()

    def _error(self, code: str, message: str) -> None:
        if self.call is not None:
            self.call.events.emit("agent.error", {"code": code, "message": message or code})

    # ---- keyed-in entries --------------------------------------------------------------------

    def _collect_digit(self, digit: str) -> None:
        assert self.call is not None
        if self._dtmf_timer is not None:
            self._dtmf_timer.cancel()
        if digit == "#" and self.digits:
            self._flush_digits()
            return
        self.digits += digit
        if len(self.digits) >= self.call.state.expect_digits:
            self._flush_digits()
        else:
            self._dtmf_timer = asyncio.create_task(self._flush_digits_later())

    async def _flush_digits_later(self) -> None:
        await asyncio.sleep(self.config.dtmf_gap_s)
        self._dtmf_timer = None
        self._flush_digits()

    def _flush_digits(self) -> None:
        digits, self.digits = self.digits, ""
        if digits:
            self.inputs.put_nowait(CallerInput("dtmf", digits=digits))

    # ---- turns -------------------------------------------------------------------------------

    async def _worker(self) -> None:
        while not self.ended:
            said = await self.inputs.get()
            if self.ended or self.closing:  # ending (a goodbye or a supervisor takeover): no new turns
                return
            self.current = turn = asyncio.create_task(self._turn(said))
            await asyncio.wait({turn})
            self.current = None
            self.last_activity = time.monotonic()
            if not turn.cancelled() and turn.exception() is not None:
                # the turn's own error handling failed too: nobody will answer this caller any more
                log.error("call %s: a turn failed", self._sid, exc_info=turn.exception())
                await self._fail("agent_error", AGENT_ERROR_CLOSE)
                return

    async def _turn(self, said: CallerInput) -> None:
        call = self.call
        assert call is not None
        talker = call.talker
        try:
            async for item in call.dialog.turn(said, talker):
                if isinstance(item, Token):
                    await talker.token(item.text, item.tags)
                else:
                    await talker.end_cycle()
            await talker.end_cycle()
        except asyncio.CancelledError:
            talker.cut()
            raise
        except Exception as err:
            if self._socket_gone():  # the caller hung up mid-reply: normal, not an error
                log.info("call %s: the socket closed during a turn", call.state.call_sid)
                return
            log.exception("call %s: turn failed", call.state.call_sid)
            self._error("policy_error", type(err).__name__)
            await talker.cycle("Sorry, something went wrong on my side. Could you say that again?")
        self.rt.remember(call.state.call_sid, self._snapshot())
        if call.state.closing is not None and not self.closing:
            await self._finish()

    def _socket_gone(self) -> bool:
        return WebSocketState.DISCONNECTED in (self.ws.client_state, self.ws.application_state)

    def _snapshot(self) -> dict[str, object]:
        assert self.call is not None
        state = self.call.state
        return {**state.compact(), "flow": state.scratch.get("flow"), "canary": self.call.canary}

    async def _finish(self) -> None:
        """Say goodbye (already streamed), wait for it to play, send ``end``, record the end."""
        call = self.call
        assert call is not None and call.state.closing is not None
        self.closing = True
        closing = call.state.closing
        data: str | None = None
        if closing.handoff:
            data = handoff_data(call.state, closing, call.version)
            call.events.emit(
                "handoff.requested",
                {"reason": closing.reason, "trigger": closing.trigger, "handoff_data": data},
            )
        if self.config.shadow:  # a proposal only: the call goes on with the person until the caller hangs up
            return
        await self._wait_for_playback()
        await self.ws.send_text(encode(End(data)))
        self.ended = True
        call.events.emit(
            "call.ended", {"status": "ended", "reason": "handoff" if closing.handoff else "agent_end"}
        )
        self._tasks.append(asyncio.create_task(self._close_after_grace()))

    def take_over(self, handoff_data: str) -> bool:
        """A supervisor takes the call (admin route): False when it is already ending.

        The running turn is cut at once; the handoff line, ``handoff.requested`` and ``end`` with
        ``handoff_data`` follow in a task of this call (the route answers without waiting for playback).
        """
        if self.call is None or self.ended or self.closing or self.config.shadow:
            return False
        self.closing = True
        self._tasks.append(asyncio.create_task(self._hand_to_supervisor(handoff_data)))
        return True

    async def _hand_to_supervisor(self, data: str) -> None:
        call = self.call
        assert call is not None
        running = self.current
        if running is not None and not running.done():
            running.cancel()
            await asyncio.wait({running})
        await call.talker.cycle(SUPERVISOR_LINE)
        call.events.emit(
            "handoff.requested", {"reason": SUPERVISOR_REASON, "trigger": "policy", "handoff_data": data}
        )
        await self._wait_for_playback()
        await self.ws.send_text(encode(End(data)))
        self.ended = True
        call.events.emit("call.ended", {"status": "ended", "reason": "handoff"})
        self._tasks.append(asyncio.create_task(self._close_after_grace()))

    async def _wait_for_playback(self) -> None:
        assert self.call is not None
        left = max(0.0, self.call.talker.playing_until - time.monotonic())
        limit = min(self.config.end_wait_max_s, left + (1.0 if self._speaker_events else 0.0))
        if limit <= 0:
            return
        self._agent_off.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._agent_off.wait(), limit)

    async def _close_after_grace(self) -> None:
        await asyncio.sleep(CLOSE_GRACE_S)
        with contextlib.suppress(Exception):
            await self.ws.close(1000, "Closing websocket session")

    async def _idle_watch(self) -> None:
        timeout = self.config.idle_timeout_s
        while not self.ended:
            assert self.call is not None
            quiet_since = max(self.last_activity, self.call.talker.playing_until)
            wait = quiet_since + timeout - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
                continue
            self.last_activity = time.monotonic()
            busy = self.current is not None or not self.inputs.empty() or self.digits or self.agent_speaking
            if not busy and not self.closing:
                self.inputs.put_nowait(CallerInput("idle"))

    async def _closed(self) -> None:
        """The socket is gone: stop this call's tasks; a caller who hung up ends the call."""
        for task in [*self._tasks, self.current, self._dtmf_timer]:
            if task is not None and not task.done():
                task.cancel()
        live = [t for t in [*self._tasks, self.current] if t is not None]
        await asyncio.gather(*live, return_exceptions=True)
        call = self.call
        if call is None:
            return
        self.rt.detach(call.state.call_sid, self)
        call.tools.close()
        if not self.ended:
            call.talker.cut()
            self.rt.remember(call.state.call_sid, self._snapshot())
            call.events.emit("call.ended", {"status": "completed", "reason": "hangup"})
