"""The relay tap: a WebSocket proxy between Twilio and any ConversationRelay agent.

Twilio connects to the tap; the tap checks the signature, opens the upstream socket (re-signed for
the upstream when it has its own token, else carrying Twilio's header unchanged) *before* accepting
Twilio's handshake, so an upstream refusal reaches Twilio as the same refusal. Then every frame is
relayed unchanged in both directions (text frames as the same bytes, close codes forwarded).

The media path never waits for analytics: after a frame was sent on, the relay only stamps its time
and puts it, as plain values, on a bounded ``FrameSink`` (``observing``); the observers (JSON parsing,
event building and validation, encoding, the emitter) run elsewhere: on one thread of this process
(``LocalAnalytics``, the default) or in the embedded pipeline's child process
(``stream.bus_drain.ObservingProcess``, ``callpulse tap --sink embedded``). When the sink is full the
frame is not observed, the call counts it (``lost_frames``) and a dead-letter note says so when the
call ends: the relay never slows down for analytics.

How a call stops is named by the side that stopped it (``_end_cause``): only Twilio's side closing is
a hang-up. ``drain`` is the SIGTERM/SIGINT path: refuse new sockets (and say ``draining`` on
``GET /healthz``), let open calls run up to a bound, then close the rest with 1001 and end them with
``shutdown``, and finish observing every frame already relayed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from http import HTTPStatus

from websockets.asyncio.client import ClientConnection, connect
from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.http11 import Request, Response
from websockets.protocol import State

from ingest.clock import Clock, SystemClock
from ingest.contract.models import AgentInfo, Flags
from ingest.emit.base import Emitter
from ingest.emit.offloop import DEFAULT_CAPACITY
from ingest.relay.signature import HEADER, handshake_is_valid, handshake_signature, public_url_for
from ingest.tap.observer import EndCause, ObserverStats, Side
from ingest.tap.observing import FrameSink, LocalAnalytics, ObserverSpec, no_flags, unnamed_agent

log = logging.getLogger(__name__)
_Socket = ServerConnection | ClientConnection
_UNSENDABLE = {1005: 1000, 1006: 1011, 1015: 1011}  # codes that only describe, never travel
GOING_AWAY = 1001
ENDING_GRACE_S = 1.0  # a call already closing when a drain's time is up gets this long to end itself
HEALTH_PATH = "/healthz"
# Close codes that say a frame broke the protocol (RFC 6455 7.4.1).
_PROTOCOL_CODES = frozenset({1002, 1003, 1007, 1009, 1010})
# An agent's socket closing with one of these went away (dropped, restarted) rather than failed.
_AGENT_GONE_CODES = frozenset({1000, 1001, 1005, 1006, 1012, 1013, 1014})
_TWILIO_HANGUP_CODES = frozenset({1000, 1001, 1005, 1006})


@dataclass(frozen=True)
class TapConfig:
    upstream_url: str  # ws(s)://agent/ws
    auth_token: str = ""  # Twilio's token: check inbound signatures (empty: don't)
    public_url: str = ""  # the wss:// URL Twilio was given for the tap
    upstream_auth_token: str = ""  # re-sign for the upstream with this token (empty: forward)
    upstream_public_url: str = ""  # the URL the upstream validates against (default upstream_url as wss)
    agent: AgentInfo = field(default_factory=unnamed_agent)
    flags: Flags = field(default_factory=no_flags)
    workflow_param: str = "workflow"
    default_workflow: str = "unknown"
    open_timeout_s: float = 10.0
    analytics_queue: int = DEFAULT_CAPACITY  # frames waiting to be observed before new ones are dropped

    @property
    def observer_spec(self) -> ObserverSpec:
        return ObserverSpec(self.agent, self.flags, self.workflow_param, self.default_workflow)


@dataclass
class TapStats:
    sessions: int = 0
    rejected: int = 0  # bad signature
    refused_draining: int = 0  # new sockets refused while draining
    upstream_failures: int = 0
    observer_errors: int = 0  # filled in when analytics closes
    lost_frames: int = 0  # relayed but not observed (analytics queue full)
    ended_by_shutdown: int = 0
    totals: ObserverStats = field(default_factory=ObserverStats)


@dataclass(eq=False)
class _Session:
    twilio: ServerConnection
    upstream: ClientConnection
    key: int  # names the call's frames to analytics
    lost: int = 0  # frames the analytics queue refused (counted on the loop, reported at the end)
    cause: EndCause | None = None  # set when the tap itself ends the call (drain)
    closed: bool = False  # the end was handed to analytics
    done: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def closing(self) -> bool:
        """Either socket has started its closing handshake."""
        return self.twilio.state is not State.OPEN or self.upstream.state is not State.OPEN


class TapBase:
    """What a tap is whichever relay carries the calls (``TapServer`` here, ``CompiledTap`` over the
    compiled relay): its config, where its frames go, its ``stats`` and ``close_analytics``."""

    def __init__(
        self,
        config: TapConfig,
        emitter: Emitter | None = None,
        clock: Clock | None = None,
        *,
        analytics: FrameSink | None = None,
    ) -> None:
        """Events go to ``emitter`` through observers on a thread of this process, or ``analytics``
        takes the frames (e.g. to observe them in another process); one of the two is needed."""
        self.config = config
        self.clock: Clock = clock or SystemClock()
        if analytics is None:
            if emitter is None:
                raise ValueError(f"{type(self).__name__} needs an emitter or an analytics sink")
            analytics = LocalAnalytics(
                config.observer_spec, emitter, self.clock, capacity=config.analytics_queue
            )
        self._analytics = analytics
        self.stats = TapStats(totals=analytics.totals)
        self.unobserved = 0  # frames analytics had not observed when it closed

    def close_analytics(self, timeout_s: float) -> int:
        """Observe what is still queued (up to ``timeout_s``) and stop analytics; return how many
        frames were left unobserved. ``stats.totals`` then holds every call's observer counts."""
        left = self.unobserved = self._analytics.close(timeout_s)
        self.stats.totals = self._analytics.totals
        self.stats.observer_errors = self._analytics.errors
        return left


class TapServer(TapBase):
    """The tap with its relay in this process (websockets)."""

    def __init__(
        self,
        config: TapConfig,
        emitter: Emitter | None = None,
        clock: Clock | None = None,
        *,
        analytics: FrameSink | None = None,
    ) -> None:
        super().__init__(config, emitter, clock, analytics=analytics)
        self._keys = 0
        self.draining = False
        self._upstreams: dict[int, ClientConnection] = {}
        self._sessions: set[_Session] = set()
        self._idle = asyncio.Event()
        self._idle.set()

    @contextlib.asynccontextmanager
    async def running(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        close_timeout_s: float | Callable[[], float] = 10.0,
    ) -> AsyncIterator[int]:
        """Serve until the block exits; yields the bound port. On the way out every open call is ended
        (``shutdown``) and every relayed frame observed (up to ``close_timeout_s``, or what it returns
        then: the time left of a shutdown bound) before this returns."""
        try:
            async with serve(
                self._relay,
                host,
                port,
                process_request=self._open_upstream,
                compression=None,
                max_size=None,
            ) as server:
                yield int(next(iter(server.sockets)).getsockname()[1])
                await self.drain(0.0)
        finally:
            bound_s = close_timeout_s() if callable(close_timeout_s) else close_timeout_s
            await asyncio.to_thread(self.close_analytics, bound_s)

    @property
    def active_calls(self) -> int:
        return len(self._sessions)

    async def drain(self, timeout_s: float) -> int:
        """Stop taking calls; wait up to ``timeout_s`` for open ones to end, then end the rest with
        ``shutdown`` (sockets closed 1001). Returns how many calls were ended that way."""
        self.draining = True
        if self._sessions and timeout_s > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._idle.wait(), timeout_s)
        closing = [s.done.wait() for s in self._sessions if s.closing]
        if closing:  # already ending on their own (a close frame is on its way): not a shutdown
            await asyncio.wait([asyncio.ensure_future(c) for c in closing], timeout=ENDING_GRACE_S)
        left = list(self._sessions)
        for session in left:
            session.cause = "shutdown"
            self._hand_over_end(session, "shutdown")
        self.stats.ended_by_shutdown += len(left)
        closes = [
            conn.close(GOING_AWAY, "callpulse tap shutting down")
            for session in left
            for conn in (session.twilio, session.upstream)
        ]
        await asyncio.gather(*closes, return_exceptions=True)
        if left:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._idle.wait(), 5.0)
        return len(left)

    def wait_observed(self, timeout_s: float) -> bool:
        """Wait until every frame relayed so far was observed (tests, benchmarks)."""
        return self._analytics.wait_idle(timeout_s)

    # ---- handshake -----------------------------------------------------------------------------

    async def _open_upstream(self, conn: ServerConnection, request: Request) -> Response | None:
        if request.path.split("?", 1)[0] == HEALTH_PATH:
            return self._health()
        if self.draining:
            self.stats.refused_draining += 1
            return _respond(HTTPStatus.SERVICE_UNAVAILABLE, b"draining: this tap is shutting down\n")
        cfg = self.config
        signature = request.headers.get(HEADER, "")
        if cfg.auth_token and not handshake_is_valid(
            cfg.auth_token, public_url_for(cfg.public_url, request.path), signature
        ):
            self.stats.rejected += 1
            return _respond(HTTPStatus.FORBIDDEN, b"invalid X-Twilio-Signature\n")
        headers: dict[str, str] = {}
        if cfg.upstream_auth_token:
            target = cfg.upstream_public_url or cfg.upstream_url.replace("ws://", "wss://", 1)
            headers[HEADER] = handshake_signature(cfg.upstream_auth_token, target)
        elif signature:
            headers[HEADER] = signature
        try:
            upstream = await connect(
                cfg.upstream_url,
                additional_headers=headers,
                compression=None,
                max_size=None,
                open_timeout=cfg.open_timeout_s,
            )
        except InvalidStatus as err:
            self.stats.upstream_failures += 1
            return _respond(HTTPStatus(err.response.status_code), b"upstream refused\n")
        except (InvalidHandshake, OSError, TimeoutError):
            self.stats.upstream_failures += 1
            return _respond(HTTPStatus.BAD_GATEWAY, b"upstream unreachable\n")
        self._upstreams[id(conn)] = upstream
        return None

    def _health(self) -> Response:
        status = "draining" if self.draining else "ok"
        body = json.dumps({"status": status, "active_calls": self.active_calls}).encode() + b"\n"
        code = HTTPStatus.SERVICE_UNAVAILABLE if self.draining else HTTPStatus.OK
        return Response(code, code.phrase, Headers({"Content-Type": "application/json"}), body)

    # ---- relaying ------------------------------------------------------------------------------

    async def _relay(self, twilio: ServerConnection) -> None:
        upstream = self._upstreams.pop(id(twilio))
        self.stats.sessions += 1
        self._keys += 1
        session = _Session(twilio, upstream, self._keys)
        self._sessions.add(session)
        self._idle.clear()
        try:
            down = asyncio.create_task(self._pump(session, "agent"))
            up = asyncio.create_task(self._pump(session, "twilio"))
            await asyncio.gather(down, up, return_exceptions=True)
        finally:
            if not session.closed:  # both pumps ended without a cause (cannot happen, but never leak a call)
                self._hand_over_end(session, "error")
            with contextlib.suppress(Exception):
                await upstream.close()
            self._sessions.discard(session)
            session.done.set()
            if not self._sessions:
                self._idle.set()

    async def _pump(self, session: _Session, side: Side) -> None:
        """Relay one direction until its source closes. Text frames arrive as ``str`` (websockets has
        checked the UTF-8) and leave as the same bytes; binary frames stay binary. Only the pump whose
        *source* closed names the cause; a failed send means the other side closed, and its pump says so."""
        src, dst = (
            (session.twilio, session.upstream) if side == "twilio" else (session.upstream, session.twilio)
        )
        now_ms, put, key = self.clock.now_ms, self._analytics.put, session.key
        first = side == "twilio"  # `setup`: without it the call is invisible, so it is never dropped
        while True:
            try:
                frame = await src.recv()
            except ConnectionClosed:
                break
            # handed over before it is forwarded (never waits: a bounded queue that drops and counts),
            # so analytics gets a call's frames in the order the relay read them, which is the order
            # of cause and effect: handed over after, a reply relayed while its 2 MB prompt was still
            # being written was observed first (tests/ingest/tap/test_frame_order.py). A frame whose
            # forwarding then fails is recorded all the same; the call's end names the cause.
            if not put((key, side, frame, now_ms(), 0), essential=first):
                session.lost += 1
            first = False
            try:
                await dst.send(frame)
            except ConnectionClosed:
                return
        self._hand_over_end(session, session.cause or _end_cause(side, src))
        code = src.close_code or 1006
        with contextlib.suppress(Exception):
            await dst.close(_UNSENDABLE.get(code, code), src.close_reason or "")

    def _hand_over_end(self, session: _Session, cause: EndCause) -> None:
        if session.closed:
            return
        session.closed = True
        self.stats.lost_frames += session.lost
        self._analytics.put((session.key, "closed", cause, self.clock.now_ms(), session.lost), essential=True)


def _end_cause(side: Side, conn: _Socket) -> EndCause:
    """Why ``conn`` (the ``side`` socket of a call) closed, from the close frames it saw."""
    proto = conn.protocol
    sent, rcvd = proto.close_sent, proto.close_rcvd
    if sent is not None and (rcvd is None or not proto.close_rcvd_then_sent):
        # the tap's own WebSocket stack closed this socket: a bad frame, or a peer that stopped answering
        if sent.code in _PROTOCOL_CODES or (sent.code == 1011 and "keepalive" not in sent.reason):
            return "protocol_error"
        return "upstream_lost" if side == "agent" else "error"
    code = rcvd.code if rcvd is not None else 1006
    if code in _PROTOCOL_CODES:
        return "protocol_error"
    if side == "twilio":
        return "hangup" if code in _TWILIO_HANGUP_CODES else "error"
    return "upstream_lost" if code in _AGENT_GONE_CODES else "agent_error"


def _respond(status: HTTPStatus, body: bytes) -> Response:
    return Response(status, status.phrase, Headers(), body)
