"""The tap's media path in a compiled relay (``ingest/tap/relay_go``, built by ``make tap-relay`` into
``.venv/bin/callpulse-relay``), with this process doing the analytics only.

Just before forwarding a frame the relay process hands a copy (call key, side, relay time, bytes) to
a bounded queue that one writer drains into a pipe (so analytics sees a call's frames in the order
they were read); when the queue is full the frame is dropped and counted for its call, never waited
for. Here ``CompiledRelay`` reads the pipe on its event loop and
puts each frame, as the same ``FrameItem`` the Python relay makes (``ingest.tap.observing``), on a
``FrameSink`` (the embedded pipeline's child, or observers on a thread). This interpreter is off the
media path: its garbage collector, its lock and its analytics cannot delay a relayed frame.

``stop`` sends the relay SIGTERM: it refuses new calls (``/healthz`` says ``draining``), lets open
calls run up to its drain bound, closes the rest 1001 and ends them ``shutdown``, writes every frame
still queued and its totals, and exits; this reads the pipe to its end.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import struct
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from ingest.tap.observer import EndCause
from ingest.tap.observing import FrameItem, FrameKind, FrameSink
from ingest.tap.proxy import TapBase, TapConfig

BINARY = "callpulse-relay"
_HEADER = struct.Struct("<IBIqI")  # length of the rest, kind, call key, unix ms, frames lost
_KINDS: dict[int, tuple[FrameKind, bool]] = {  # kind -> (side, text)
    0: ("twilio", True),
    1: ("agent", True),
    2: ("twilio", False),
    3: ("agent", False),
}
_CLOSED, _TOTALS = 4, 5
READY_TIMEOUT_S = 10.0


class RelayNotBuiltError(RuntimeError):
    """The compiled relay's binary is missing (``make tap-relay`` builds it)."""


class RelayFailedError(RuntimeError):
    """The compiled relay exited before it listened."""


def find_binary() -> Path:
    """``callpulse-relay`` beside this interpreter (the virtualenv's ``bin``), else on ``PATH``."""
    here = Path(sys.executable).parent / BINARY
    if here.exists():
        return here
    found = shutil.which(BINARY)
    if found is None:
        raise RelayNotBuiltError(f"{BINARY} is not beside {sys.executable} or on PATH: `make tap-relay`")
    return Path(found)


@dataclass
class RelayTotals:
    """What the compiled relay counted (its last record), plus the frames this side could not queue."""

    sessions: int = 0
    rejected: int = 0
    refused_draining: int = 0
    upstream_failures: int = 0
    lost_frames: int = 0
    ended_by_shutdown: int = 0
    unsent: int = 0  # frames the relay had queued but could not write before it exited
    refused_here: int = 0  # frames read from the pipe that the analytics sink refused (full)

    @property
    def frames_not_observed(self) -> int:
        return self.lost_frames + self.refused_here


@dataclass(frozen=True)
class RelayArgs:
    listen: str
    upstream: str
    public_url: str = ""
    upstream_public_url: str = ""
    auth_token: str = ""
    upstream_auth_token: str = ""
    open_timeout_s: float = 10.0
    drain_s: float = 6.0
    queue: int = 100_000
    keepalive_s: float = (
        20.0  # ping interval; no pong by the next ping closes the socket 1011 (as websockets)
    )

    @classmethod
    def of(cls, config: TapConfig, *, host: str, port: int, drain_s: float, queue: int) -> RelayArgs:
        """The relay's arguments for a tap configured by ``config``, listening on ``host:port``."""
        return cls(
            listen=f"{host}:{port}",
            upstream=config.upstream_url,
            public_url=config.public_url,
            upstream_public_url=config.upstream_public_url,
            auth_token=config.auth_token,
            upstream_auth_token=config.upstream_auth_token,
            open_timeout_s=config.open_timeout_s,
            drain_s=drain_s,
            queue=queue,
        )


class CompiledRelay:
    def __init__(self, args: RelayArgs, analytics: FrameSink, binary: Path | None = None) -> None:
        self.args = args
        self.analytics = analytics
        self.binary = binary or find_binary()
        self.totals = RelayTotals()
        self.port = 0
        self._proc: asyncio.subprocess.Process | None = None
        self._buf = bytearray()
        self._lost: dict[int, int] = {}  # per call: frames the sink refused here
        self._seen: set[int] = set()  # calls whose first caller frame was put
        self._eof = asyncio.Event()
        self._fd = -1

    async def start(self) -> int:
        """Start the relay; return the port it listens on once it does."""
        read_fd, write_fd = os.pipe()
        env = dict(os.environ)
        env["CALLPULSE_TAP_RELAY_AUTH_TOKEN"] = self.args.auth_token
        env["CALLPULSE_TAP_RELAY_UPSTREAM_AUTH_TOKEN"] = self.args.upstream_auth_token
        a = self.args
        argv = [
            str(self.binary),
            f"-listen={a.listen}",
            f"-upstream={a.upstream}",
            f"-public-url={a.public_url}",
            f"-upstream-public-url={a.upstream_public_url}",
            f"-open-timeout={a.open_timeout_s}",
            f"-drain={a.drain_s}",
            f"-queue={a.queue}",
            f"-frames-fd={write_fd}",
            f"-keepalive={a.keepalive_s}",
        ]
        try:
            self._proc = await asyncio.create_subprocess_exec(
                *argv, stdout=asyncio.subprocess.PIPE, env=env, pass_fds=(write_fd,)
            )
        finally:
            os.close(write_fd)
        self._fd = read_fd
        os.set_blocking(read_fd, False)
        asyncio.get_running_loop().add_reader(read_fd, self._readable)
        assert self._proc.stdout is not None
        line = await asyncio.wait_for(self._proc.stdout.readline(), READY_TIMEOUT_S)
        if not line.startswith(b"relay listening "):
            await self._proc.wait()
            raise RelayFailedError(f"{self.binary} exited ({self._proc.returncode}) before listening")
        self.port = int(line.split()[-1])
        return self.port

    async def stop(self, timeout_s: float) -> int:
        """SIGTERM the relay (it drains), read the pipe to its end; return the relay's exit code."""
        proc = self._proc
        if proc is None:
            return 0
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(proc.wait(), timeout_s)
        except TimeoutError:
            proc.kill()
            await proc.wait()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._eof.wait(), 2.0)
        return proc.returncode or 0

    @property
    def pid(self) -> int:
        """The relay process's id (0 before ``start``)."""
        return self._proc.pid if self._proc is not None else 0

    async def wait_exit(self) -> int:
        assert self._proc is not None
        return await self._proc.wait()

    # ---- the pipe ------------------------------------------------------------------------------

    def _readable(self) -> None:
        try:
            chunk = os.read(self._fd, 1 << 20)
        except BlockingIOError:
            return
        if not chunk:
            asyncio.get_running_loop().remove_reader(self._fd)
            os.close(self._fd)
            self._eof.set()
            return
        buf = self._buf
        buf += chunk
        at, end, head = 0, len(buf), _HEADER.size
        while end - at >= head:
            size, kind, key, ts_ms, lost = _HEADER.unpack_from(buf, at)
            stop = at + 4 + size
            if stop > end:
                break
            payload = bytes(buf[at + head : stop])
            at = stop
            self._record(kind, key, ts_ms, lost, payload)
        del buf[:at]

    def _record(self, kind: int, key: int, ts_ms: int, lost: int, payload: bytes) -> None:
        if kind == _CLOSED:
            cause: EndCause = payload.decode()  # type: ignore[assignment]
            item: FrameItem = (key, "closed", cause, ts_ms, lost + self._lost.pop(key, 0))
            self.analytics.put(item, essential=True)
            self._seen.discard(key)
            return
        if kind == _TOTALS:
            for name, value in json.loads(payload).items():
                setattr(self.totals, name, int(value))
            return
        side, text = _KINDS[kind]
        first = side == "twilio" and key not in self._seen
        if first:
            self._seen.add(key)
        frame: str | bytes = payload.decode() if text else payload
        if not self.analytics.put((key, side, frame, ts_ms, 0), essential=first):
            self._lost[key] = self._lost.get(key, 0) + 1
            self.totals.refused_here += 1


class CompiledTap(TapBase):
    """``TapServer``'s interface (``running``, ``stats``, ``close_analytics``) over the compiled relay,
    so one test runs through either relay; events go to ``emitter`` through observers on a thread here,
    or ``analytics`` takes the frames."""

    drain_s = 0.0
    """How long open calls get to end on their own when the block exits (then: ``shutdown``)."""
    relay: CompiledRelay | None = None

    @contextlib.asynccontextmanager
    async def running(
        self, host: str = "127.0.0.1", port: int = 0, *, close_timeout_s: float = 10.0
    ) -> AsyncIterator[int]:
        """Relay until the block exits (then the relay drains: open calls end ``shutdown``)."""
        cfg = self.config
        relay = self.relay = CompiledRelay(
            RelayArgs.of(cfg, host=host, port=port, drain_s=self.drain_s, queue=cfg.analytics_queue),
            self._analytics,
        )
        bound = await relay.start()
        try:
            yield bound
        finally:
            await relay.stop(close_timeout_s)
            await asyncio.to_thread(self.close_analytics, close_timeout_s)
            t, s = relay.totals, self.stats
            s.sessions, s.rejected, s.refused_draining = t.sessions, t.rejected, t.refused_draining
            s.upstream_failures, s.ended_by_shutdown = t.upstream_failures, t.ended_by_shutdown
            s.lost_frames = t.frames_not_observed
