"""One simulated phone call against a live ConversationRelay agent, played from Twilio's side.

``run_call`` opens a signed socket, sends ``setup``, speaks the welcome greeting, plays the caller's
steps (speech with speaker events and optional partial prompts, DTMF, barge-ins), and ends the way
the call ends: the app's ``end`` (close 1000, callback ``ended``), the caller hanging up (callback
``completed``), or the app's socket dropping (callback ``failed`` / 64105, then, if the app answers
with a new ``<Connect><ConversationRelay>``, a new socket with a new ``sessionId`` and the same
``callSid`` that carries on with the rest of the script).
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import secrets
import time
from typing import Any

import httpx
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from agent.simulator.live.callback import (
    CallIdentity,
    SessionStatus,
    callback_params,
    post_callback,
    reconnect_from,
)
from agent.simulator.live.config import RelayConfig, SimOptions
from agent.simulator.live.relay import RelaySocket
from agent.simulator.live.report import CONNECT_FAILED, SOCKET_ENDED, CallReport
from agent.simulator.live.script import CallPlan, Step
from ingest.relay.frames import Dtmf, Setup
from ingest.relay.signature import HEADER, handshake_signature

MAX_RECONNECTS = 2
POLL_S = 0.05


def new_sid(prefix: str) -> str:
    """A fresh 128-bit SID, never drawn from the call's seed.

    A seed reproduces what a caller says and does; it cannot reproduce a call, because the agent
    mints new event ids and times for it. A SID taken from the seed made every rerun's calls
    continue the calls of the run before (two ``call.started`` under one SID, the call count
    unchanged while events grew), so SIDs are unique on every run, seeded or not.
    """
    return f"{prefix}{secrets.token_hex(16)}"


class _Call:
    def __init__(
        self,
        plan: CallPlan,
        relay: RelayConfig,
        opts: SimOptions,
        rng: random.Random,
        http: httpx.AsyncClient | None,
    ) -> None:
        self.plan, self.relay, self.opts, self.rng, self.http = plan, relay, opts, rng, http
        self.call = CallIdentity(opts.account_sid, new_sid("CA"), plan.caller_phone, "+18885550150")
        self.report = CallReport(self.call.call_sid, plan.name, plan.persona)
        self.step = 0  # next step to play; survives a reconnect
        self.greeted = False

    async def run(self) -> CallReport:
        self.report.started_s = time.monotonic()
        try:
            return await self._sessions()
        finally:
            self.report.finished_s = time.monotonic()

    async def _sessions(self) -> CallReport:
        url, extra = self.opts.url, dict(self.relay.parameters)
        for _ in range(MAX_RECONNECTS + 1):
            status = await self._one_session(url, extra)
            if status is None:  # handshake refused
                return self.report
            again = await self._callback(*status)
            if again is None or status[0] != "failed" or not self.opts.follow_reconnect:
                return self.report
            url = self.opts.url if again.url == self.opts.signed_url else again.url
            extra = {**extra, **again.parameters}
        return self.report

    # ---- one socket --------------------------------------------------------------------------

    async def _one_session(
        self, url: str, extra: dict[str, str]
    ) -> tuple[SessionStatus, int, tuple[int, str] | None] | None:
        session_id = new_sid("VX")
        self.report.session_ids.append(session_id)
        headers = {}
        if self.opts.auth_token and self.opts.signature_style != "none":
            sig = handshake_signature(self.opts.auth_token, self.opts.signed_url, self.opts.signature_style)
            headers[HEADER] = sig
        try:
            ws = await connect(
                url, additional_headers=headers, open_timeout=self.opts.open_timeout_s, compression=None
            )
        except (InvalidStatus, InvalidHandshake, OSError, TimeoutError):
            self._rejected()
            return None
        sock = RelaySocket(ws, self.relay, self.opts, self.report)
        reader = asyncio.create_task(sock.read())
        ticker = asyncio.create_task(sock.tick())
        try:
            await sock.send(self._setup(session_id, extra))
            if not self.greeted:
                greeting = self.relay.welcome_greeting
                greeting = self.plan.greeting if greeting is None else greeting
                if greeting:
                    sock.speak_greeting(greeting)
                self.greeted = True
            await self._play(sock)
        except ConnectionClosed:
            sock.ended("dropped")
        finally:
            if not sock.end_reason:
                await sock.hang_up()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(reader, 5)
            ticker.cancel()
            with contextlib.suppress(BaseException):
                await ticker
            with contextlib.suppress(Exception):
                await ws.close()
        if sock.end_reason == "dropped" and not sock.any_app_message and self.report.close_code == 1008:
            self._rejected()
            return None
        return self._status(sock)

    def _rejected(self) -> None:
        self.report.errors.append(CONNECT_FAILED)
        self.report.outcome = "rejected"

    def _status(self, sock: RelaySocket) -> tuple[SessionStatus, int, tuple[int, str] | None]:
        duration = int(sock.now_ms() / 1000)
        if sock.end_reason == "end":
            self.report.outcome = "handoff" if self.report.handoff_data else "ended"
            return "ended", duration, None
        if sock.end_reason == "hangup":
            self.report.outcome = "completed"
            return "completed", duration, None
        self.report.outcome = "failed"
        if sock.end_reason == "dropped":
            self.report.errors.append(SOCKET_ENDED)
        return "failed", duration, (SOCKET_ENDED, "WebSocket Ended")

    def _setup(self, session_id: str, extra: dict[str, str]) -> Setup:
        outbound = self.call.direction != "inbound"
        return Setup(
            session_id=session_id,
            call_sid=self.call.call_sid,
            account_sid=self.call.account_sid,
            from_=self.call.from_,
            to=self.call.to,
            direction=self.call.direction,
            call_status="IN_PROGRESS" if outbound else "RINGING",
            custom_parameters={**self.plan.parameters, **extra},
        )

    async def _callback(self, status: SessionStatus, duration_s: int, error: tuple[int, str] | None) -> Any:
        if not self.opts.action_url or self.http is None:
            return None
        params = callback_params(
            self.call, self.report.session_ids[-1], status, duration_s, self.report.handoff_data, error
        )
        self.report.callbacks.append(params)
        try:
            twiml = await post_callback(
                self.http, self.opts.action_url, self.opts.auth_token, params, self.opts.action_public_url
            )
        except httpx.HTTPError:
            return None
        return reconnect_from(twiml)

    # ---- the caller's script ------------------------------------------------------------------

    async def _play(self, sock: RelaySocket) -> None:
        plan = self.plan
        if plan.hangup_during_greeting and not sock.end_reason:
            await sock.sleep(sock.playback.busy_until * self.rng.uniform(0.3, 0.8))
            return
        if plan.silent_ms:
            await sock.sleep(plan.silent_ms)
            return
        while self.step < len(plan.steps) and not sock.end_reason:
            step = plan.steps[self.step]
            self.step += 1
            sent = await self._take_turn(sock, step)
            if not sent:
                continue  # e.g. keys pressed while DTMF detection is off: nothing reached the agent
            if step.hangup == "now":
                await sock.sleep(self.rng.randint(300, 1500))
                return
            if step.hangup == "after_reply":
                await self._await_reply(sock)
                await sock.sleep(self.rng.randint(400, 2000))
                return
        await self._await_reply(sock, expect_end=bool(plan.steps) and plan.steps[-1].expects_end)
        await sock.sleep(self.rng.randint(500, 2000))

    async def _take_turn(self, sock: RelaySocket, step: Step) -> bool:
        """Wait for the right moment, then say or key in the step; False when nothing was sent."""
        barge = step.barge_at is not None and await self._barge_moment(sock, step.barge_at)
        if not barge:
            await self._await_reply(sock)
            await sock.sleep(step.think_ms)
        if sock.end_reason:
            return False
        sent = False
        if step.say:
            await self._speak(sock, step.say, barge)
            sent = True
        if step.dtmf and self.relay.dtmf_detection:
            await sock.sleep(self.rng.randint(300, 900) if step.say else 0)
            for i, digit in enumerate(step.dtmf):
                await sock.sleep(self.rng.randint(250, 700) if i else 0)
                await sock.send(Dtmf(digit))
            if not step.say:
                sock.mark_input()
            sent = True
        return sent

    async def _barge_moment(self, sock: RelaySocket, at: float) -> bool:
        """Sleep until ``at`` of the agent's current speech; False when it is too short to talk over."""
        deadline = time.monotonic() + self.opts.reply_timeout_ms / 1000
        while sock.tokens_since_prompt == 0 and sock.prompts and time.monotonic() < deadline:
            if sock.end_reason:
                return False
            await sock.changed.wait(POLL_S)  # the reply has not started yet
        arrived = time.monotonic() + 1.0
        while sock.playback.cycle_open and time.monotonic() < arrived and not sock.end_reason:
            await sock.changed.wait(POLL_S)  # let the talk cycle arrive, to know how long it plays
        now, pb = sock.now_ms(), sock.playback
        current = pb.playing(now)
        if current is None:
            return False
        start = min(c.start_ms for c in pb.chunks if c.cycle == current.cycle)
        target = start + max(700, (pb.busy_until - start) * at)
        if not pb.cycle_open and target >= pb.busy_until - 150:
            return False  # too short to talk over
        await sock.sleep(target - now)
        return True

    async def _speak(self, sock: RelaySocket, text: str, barge: bool) -> None:
        words = text.split()
        speech_ms = len(words) / self.plan.words_per_s * 1000 * self.rng.uniform(0.85, 1.15) + 200
        if self.relay.speaker_events:
            await sock.info("clientSpeaking", "on")
        held = False
        if barge:
            await sock.sleep(self.rng.randint(80, 300))  # speech detection
            if not await sock.interrupt():
                held = self.relay.report_input_during_agent_speech not in ("speech", "any")
        if self.relay.partial_prompts:
            step_ms = speech_ms / max(1, len(words))
            for n in range(1, len(words)):
                await sock.sleep(step_ms)
                await sock.prompt(" ".join(words[:n]), last=False)
        else:
            await sock.sleep(speech_ms)
        if self.relay.speaker_events:
            await sock.info("clientSpeaking", "off")
        await sock.sleep(self.rng.randint(150, 400))  # end-of-speech detection and final transcript
        while held and not sock.playback.drained(sock.now_ms()) and not sock.end_reason:
            await sock.changed.wait(POLL_S)  # Twilio holds input until the agent stops speaking
        await sock.prompt(text)

    async def _await_reply(self, sock: RelaySocket, expect_end: bool = False) -> None:
        """Until the agent's reply has played (or the greeting, before the first prompt)."""
        settle_s = self.opts.settle_ms / 1000
        deadline = time.monotonic() + self.opts.reply_timeout_ms / 1000
        while not sock.end_reason and time.monotonic() < deadline:
            done = sock.reply_finished(settle_s) if sock.prompts else sock.quiet(settle_s)
            if done and not expect_end:
                return
            await sock.changed.wait(POLL_S)
        if not sock.end_reason and sock.prompts and sock.tokens_since_prompt == 0:
            self.report.replies_missing += 1


async def run_call(
    plan: CallPlan,
    opts: SimOptions,
    relay: RelayConfig | None = None,
    *,
    seed: int = 0,
    http: httpx.AsyncClient | None = None,
) -> CallReport:
    """Play one call; the action callback is posted when ``opts.action_url`` is set."""
    rng = random.Random(seed)
    if http is None and opts.action_url:
        async with httpx.AsyncClient(timeout=10) as client:
            return await _Call(plan, relay or RelayConfig(), opts, rng, client).run()
    return await _Call(plan, relay or RelayConfig(), opts, rng, http).run()
