"""The relay tap: a WebSocket proxy between Twilio and any ConversationRelay agent.

Twilio connects to the tap; the tap checks the signature, opens the upstream socket (re-signed for
the upstream when it has its own token, else carrying Twilio's header unchanged) *before* accepting
Twilio's handshake, so an upstream refusal reaches Twilio as the same refusal. Then every frame is
relayed unchanged in both directions (text frames as the same bytes, close codes forwarded) and only
after it was sent does the observer derive events from it: the relay never waits for analytics,
and the emitter never blocks (bounded buffer).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from http import HTTPStatus

from websockets.asyncio.client import ClientConnection, connect
from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.http11 import Request, Response

from ingest.clock import Clock, SystemClock
from ingest.contract.models import AgentInfo, Flags
from ingest.emit.base import Emitter
from ingest.tap.observer import ObserverStats, RelayObserver, Side
from ingest.tap.signature import HEADER, is_valid, public_url_for, sign

log = logging.getLogger(__name__)
_Socket = ServerConnection | ClientConnection
_UNSENDABLE = {1005: 1000, 1006: 1011, 1015: 1011}  # codes that only describe, never travel


@dataclass(frozen=True)
class TapConfig:
    upstream_url: str  # ws(s)://agent/ws
    auth_token: str = ""  # Twilio's token: check inbound signatures (empty: don't)
    public_url: str = ""  # the wss:// URL Twilio was given for the tap
    upstream_auth_token: str = ""  # re-sign for the upstream with this token (empty: forward)
    upstream_public_url: str = ""  # the URL the upstream validates against (default upstream_url as wss)
    agent: AgentInfo = field(
        default_factory=lambda: AgentInfo(
            name="tapped-agent", version="unknown", model="unknown", prompt_version="unknown"
        )
    )
    flags: Flags = field(default_factory=lambda: Flags(canary=False, shadow=False))
    workflow_param: str = "workflow"
    default_workflow: str = "unknown"
    open_timeout_s: float = 10.0


@dataclass
class TapStats:
    sessions: int = 0
    rejected: int = 0  # bad signature
    upstream_failures: int = 0
    observer_errors: int = 0
    totals: ObserverStats = field(default_factory=ObserverStats)


class TapServer:
    def __init__(self, config: TapConfig, emitter: Emitter, clock: Clock | None = None) -> None:
        self.config, self.emitter = config, emitter
        self.clock: Clock = clock or SystemClock()
        self.stats = TapStats()
        self._upstreams: dict[int, ClientConnection] = {}

    @contextlib.asynccontextmanager
    async def running(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[int]:
        """Serve until the block exits; yields the bound port."""
        async with serve(
            self._relay, host, port, process_request=self._open_upstream, compression=None, max_size=None
        ) as server:
            yield int(next(iter(server.sockets)).getsockname()[1])

    async def _open_upstream(self, conn: ServerConnection, request: Request) -> Response | None:
        cfg = self.config
        signature = request.headers.get(HEADER, "")
        if cfg.auth_token and not is_valid(
            cfg.auth_token, public_url_for(cfg.public_url, request.path), signature
        ):
            self.stats.rejected += 1
            return Response(HTTPStatus.FORBIDDEN, "Forbidden", Headers(), b"invalid X-Twilio-Signature\n")
        headers: dict[str, str] = {}
        if cfg.upstream_auth_token:
            target = cfg.upstream_public_url or cfg.upstream_url.replace("ws://", "wss://", 1)
            headers[HEADER] = sign(cfg.upstream_auth_token, target)
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
            status = err.response.status_code
            return Response(status, HTTPStatus(status).phrase, Headers(), b"upstream refused\n")
        except (InvalidHandshake, OSError, TimeoutError):
            self.stats.upstream_failures += 1
            return Response(HTTPStatus.BAD_GATEWAY, "Bad Gateway", Headers(), b"upstream unreachable\n")
        self._upstreams[id(conn)] = upstream
        return None

    async def _relay(self, twilio: ServerConnection) -> None:
        upstream = self._upstreams.pop(id(twilio))
        self.stats.sessions += 1
        cfg = self.config
        observer = RelayObserver(
            self.emitter,
            self.clock,
            cfg.agent,
            cfg.flags,
            workflow_param=cfg.workflow_param,
            default_workflow=cfg.default_workflow,
        )
        down = asyncio.create_task(self._pump(upstream, twilio, observer, "agent"))
        up = asyncio.create_task(self._pump(twilio, upstream, observer, "twilio"))
        await asyncio.wait({down, up}, return_when=asyncio.FIRST_COMPLETED)
        await asyncio.gather(down, up, return_exceptions=True)
        for name, value in vars(observer.stats).items():
            setattr(self.stats.totals, name, getattr(self.stats.totals, name) + value)

    async def _pump(self, src: _Socket, dst: _Socket, observer: RelayObserver, side: Side) -> None:
        """Relay ``src`` -> ``dst`` until ``src`` closes. Text frames arrive as ``str`` (websockets has
        checked the UTF-8) and leave as the same bytes; binary frames stay binary."""
        observe = observer.from_twilio if side == "twilio" else observer.from_agent
        try:
            while True:
                frame = await src.recv()
                await dst.send(frame)
                try:
                    observe(frame)
                except Exception:  # analytics must never break a call
                    self.stats.observer_errors += 1
                    log.exception("tap observer failed on a %s frame", side)
        except ConnectionClosed:
            pass
        # src closed (or dst refused a frame): record who ended it first, then pass the close on
        try:
            observer.closed(side)
        except Exception:
            self.stats.observer_errors += 1
        code = src.close_code or 1006
        reason = src.close_reason or ""
        with contextlib.suppress(Exception):
            await dst.close(_UNSENDABLE.get(code, code), reason)
