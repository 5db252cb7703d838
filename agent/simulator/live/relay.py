"""Twilio's half of one ConversationRelay socket: what it sends (``setup``, ``prompt``, ``dtmf``,
``interrupt``, ``info``) and how it reacts to what the app sends (validation, TTS playback,
``end``). The caller script (``session.py``) drives it; two background tasks run beside it: the
reader of app messages and the ticker that reports playback (``info`` messages) on time.
"""

from __future__ import annotations

import asyncio
import contextlib
import time

import orjson
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from agent.simulator.live.config import InputMode, RelayConfig, SimOptions
from agent.simulator.live.playback import Playback
from agent.simulator.live.report import INVALID_MESSAGE, SOCKET_ENDED, CallReport
from agent.simulator.workflows.common import lexicon
from ingest.relay.frames import (
    End,
    Info,
    Interrupt,
    Invalid,
    Language,
    Play,
    Prompt,
    RelayError,
    SendDigits,
    Text,
    TwilioFrame,
    parse_app,
)

MALFORMED_LIMIT = 10
MALFORMED_REASON = "Too many consecutive malformed messages"
NORMAL_REASON = "Closing websocket session"
PLAY_MS = 2_000  # how long a ``play`` is assumed to sound (its audio is never fetched)


class Signal:
    """Wake every waiter when something changed (a token arrived, playback was cut, the socket closed)."""

    def __init__(self) -> None:
        self._future: asyncio.Future[None] | None = None

    def notify(self) -> None:
        if self._future is not None and not self._future.done():
            self._future.set_result(None)
        self._future = None

    async def wait(self, timeout_s: float | None) -> None:
        if self._future is None:
            self._future = asyncio.get_running_loop().create_future()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(self._future), timeout_s)


def _mode(override: bool | None, default: InputMode) -> InputMode:
    if override is not None:
        return "any" if override else "none"
    return default


class RelaySocket:
    """One socket's state. ``end_reason`` is set once: ``end``, ``hangup``, ``dropped``, ``malformed``."""

    def __init__(
        self, ws: ClientConnection, relay: RelayConfig, opts: SimOptions, report: CallReport
    ) -> None:
        self.ws, self.relay, self.opts, self.report = ws, relay, opts, report
        self.playback = Playback(opts.chars_per_s)
        self.changed = Signal()
        self.t0 = time.monotonic()
        self.lang = relay.prompt_lang
        self.end_reason = ""
        self.closed = asyncio.Event()
        self.any_app_message = False
        self.tokens_since_prompt = 0
        self.prompts = 0  # caller inputs completed on this socket
        self.last_token_at = 0.0  # monotonic s
        self._prompt_at: float | None = None
        self._malformed = 0
        self._fillers = {f.lower() for f in lexicon()["hold_fillers"]}

    # ---- time ------------------------------------------------------------------------------------

    def now_ms(self) -> float:
        """Simulated ms since the socket opened (real time x ``time_scale``)."""
        return (time.monotonic() - self.t0) * 1000 * self.opts.time_scale

    async def sleep(self, sim_ms: float) -> None:
        """Sleep ``sim_ms`` of simulated time, waking early if the session is over."""
        if sim_ms > 0 and not self.end_reason:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.closed.wait(), sim_ms / 1000 / self.opts.time_scale)

    # ---- sending -----------------------------------------------------------------------------------

    async def send(self, frame: TwilioFrame) -> None:
        if self.end_reason:
            return
        as_string = self.opts.duration_as_string
        message = frame.frame(as_string) if isinstance(frame, Interrupt) else frame.frame()
        if self.opts.extra_fields:
            message["simulatorNote"] = "unknown fields must be ignored"
        try:
            await self.ws.send(orjson.dumps(message).decode())
        except ConnectionClosed:
            self.ended("dropped")

    async def info(self, name: str, value: str) -> None:
        await self.send(Info(name, value, time.time_ns() // 1_000_000 if self.opts.info_ts else None))

    async def prompt(self, text: str, last: bool = True) -> None:
        await self.send(Prompt(text, last, self.lang))
        if last:
            self.mark_input()

    def mark_input(self) -> None:
        """The agent now has the caller's input: time its first token from here."""
        self.report.prompts += 1
        self.prompts += 1
        self._prompt_at = time.monotonic()
        self.tokens_since_prompt = 0

    async def interrupt(self) -> bool:
        """Barge in over what is playing; False when nothing interruptible by speech is playing."""
        now = self.now_ms()
        chunk = self.playback.playing(now)
        if chunk is None or chunk.interruptible not in ("speech", "any"):
            return False
        heard, played_ms = self.playback.interrupt(now)
        await self.send(Interrupt(heard, played_ms))
        self.report.barge_ins += 1
        self.changed.notify()
        return True

    def speak_greeting(self, text: str) -> None:
        mode = self.relay.welcome_greeting_interruptible
        self.playback.add(
            text, self.now_ms(), last=True, interruptible=mode, preemptible=False, greeting=True
        )
        self.changed.notify()

    # ---- the app's side ---------------------------------------------------------------------------

    async def read(self) -> None:
        """Handle every app message until the socket closes."""
        try:
            async for frame in self.ws:
                await self._handle(frame)
        except ConnectionClosed:
            pass
        finally:
            self.report.close_code = self.ws.close_code
            self.ended("dropped")

    async def _handle(self, frame: str | bytes) -> None:
        self.report.app_messages += 1
        self.any_app_message = True
        msg = parse_app(frame)
        if isinstance(msg, Invalid):
            self._malformed += 1
            self.report.errors.append(INVALID_MESSAGE)
            self.report.error_descriptions.append(msg.reason)
            await self.send(RelayError(msg.description))
            if self._malformed >= MALFORMED_LIMIT:
                self.report.errors.append(SOCKET_ENDED)
                self.ended("malformed")
                await self.ws.close(1007, MALFORMED_REASON)
            return
        self._malformed = 0
        if isinstance(msg, Text):
            self._token(msg)
        elif isinstance(msg, Play):
            mode = _mode(msg.interruptible, self.relay.interruptible)
            self.playback.add("", self.now_ms(), last=True, interruptible=mode, preemptible=msg.preemptible)
            self.playback.chunks[-1].end_ms += PLAY_MS
        elif isinstance(msg, SendDigits):
            self.report.digits_sent_by_agent.append(msg.digits)
        elif isinstance(msg, Language) and msg.transcription_language is not None:
            lang = msg.transcription_language
            self.lang = "en" if lang == "multi" else lang
        elif isinstance(msg, End):
            self.report.handoff_data = msg.handoff_data
            self.ended("end")
            await self.ws.close(1000, NORMAL_REASON)
        self.changed.notify()

    def _token(self, text: Text) -> None:
        now = time.monotonic()
        if self._prompt_at is not None:
            self.report.ttft_ms.append((now - self._prompt_at) * 1000)
            self._prompt_at = None
        self.tokens_since_prompt += 1
        self.last_token_at = now
        preemptible = self.relay.preemptible if text.preemptible is None else text.preemptible
        self.playback.add(
            text.token,
            self.now_ms(),
            last=text.last,
            interruptible=_mode(text.interruptible, self.relay.interruptible),
            preemptible=preemptible,
        )
        if text.last:
            self.report.agent_said.append(self.playback.cycles_done[-1])

    def ended(self, reason: str) -> None:
        if not self.end_reason:
            self.end_reason = reason
        self.closed.set()
        self.changed.notify()

    async def hang_up(self) -> None:
        """The caller hangs up: Twilio closes the socket."""
        if not self.end_reason:
            self.ended("hangup")
            await self.ws.close(1000, NORMAL_REASON)

    # ---- playback reporting ------------------------------------------------------------------------

    async def tick(self) -> None:
        """Send ``info`` playback notices when they fall due, until the socket closes."""
        while not self.end_reason:
            for name, value in self.playback.advance(self.now_ms()):
                wanted = self.relay.tokens_played if name == "tokensPlayed" else self.relay.speaker_events
                if wanted:
                    await self.info(name, value)
            due = self.playback.next_due()
            wait = None if due is None else max(0.0, (due - self.now_ms()) / 1000 / self.opts.time_scale)
            await self.changed.wait(wait if wait is not None else 1.0)

    # ---- pacing ------------------------------------------------------------------------------------

    def reply_finished(self, settle_s: float) -> bool:
        """The agent answered, its speech has played, and it has been quiet for ``settle_s``."""
        if self.tokens_since_prompt == 0 or self.playback.cycle_open:
            return False
        if not self.playback.drained(self.now_ms()):
            return False
        quiet = time.monotonic() - self.last_token_at
        said = self.playback.cycles_done[-1].strip().lower() if self.playback.cycles_done else ""
        if said in self._fillers:  # "One moment." - the answer comes after a tool call
            return quiet >= self.opts.tool_wait_ms / 1000
        return quiet >= settle_s

    def quiet(self, settle_s: float) -> bool:
        """Nothing is playing and the agent has sent nothing for ``settle_s`` (e.g. after the greeting)."""
        drained = self.playback.drained(self.now_ms()) and not self.playback.cycle_open
        return drained and time.monotonic() - max(self.last_token_at, self.t0) >= settle_s
