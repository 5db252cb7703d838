"""The HTTP front of the warehouse server: ClickHouse's ``/ping`` and ``/`` endpoints over one ``Engine``.

A threading server from the standard library with HTTP/1.1 keep-alive (clickhouse-connect pools its
connections); each request's statement runs on a free handle of the engine's pool (``Engine``).
Responses are never compressed, whatever ``Accept-Encoding`` asks (the client reads a body without
``Content-Encoding`` as it is), and errors are HTTP 500 (400 for a request that names no statement) with
``X-ClickHouse-Exception-Code`` and ClickHouse's message as the body, which is what the client turns
into a ``DatabaseError``.

Stopping (SIGTERM from `stack down`, Docker or systemd; SIGINT from Ctrl-C) drains: the listener closes
at once, a request that arrives on a kept-alive connection afterwards is refused with 503, every statement
already running finishes and its answer is written, then chDB is closed and ``serve`` returns True. When
statements are still running after ``shutdown_timeout_s`` it returns False without waiting for them.
"""

from __future__ import annotations

import json
import logging
import signal
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from devstack.query_limits import QueryLimits
from devstack.warehouse_server.engine import DEFAULT_HANDLES, Engine, Reply
from devstack.warehouse_server.errors import BadRequestError, WarehouseServerError
from devstack.warehouse_server.protocol import dechunk, parse_request

log = logging.getLogger("devstack.warehouse_server")

_CONTENT_TYPES = {
    "Native": "application/octet-stream",
    "RowBinary": "application/octet-stream",
    "TabSeparated": "text/tab-separated-values; charset=UTF-8",
    "JSON": "application/json; charset=UTF-8",
    "JSONEachRow": "application/x-ndjson; charset=UTF-8",
    "CSV": "text/csv; charset=UTF-8",
}


class WarehouseHTTPServer(ThreadingHTTPServer):
    """Serves one engine; ``port`` is the bound port (useful after binding port 0)."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, engine: Engine, host: str, port: int) -> None:
        self.engine = engine
        self.draining = False
        self._in_flight = 0
        self._idle = threading.Condition()
        super().__init__((host, port), _Handler)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def running(self) -> int:
        """Statements in flight now (a request counts from its first byte to its answer's last)."""
        return self._in_flight

    @contextmanager
    def statement(self) -> Iterator[None]:
        """Count a request from its first byte to its last answered one, so a drain can wait for it."""
        with self._idle:
            self._in_flight += 1
        try:
            yield
        finally:
            with self._idle:
                self._in_flight -= 1
                self._idle.notify_all()

    def drain(self, timeout_s: float) -> bool:
        """Stop taking requests and wait up to ``timeout_s`` for the running ones; True when none is left."""
        self.draining = True
        with self._idle:
            return self._idle.wait_for(lambda: self._in_flight == 0, timeout=timeout_s)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes: Nagle + delayed ACK cost 40 ms
    server: WarehouseHTTPServer

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path == "/ping" or (path == "/" and not query):
            running = {"X-Callpulse-Statements-Running": str(self.server.running)}  # for operators and tests
            self._send(200, b"Ok.\n", {"Content-Type": "text/plain; charset=UTF-8", **running})
            return
        self._statement()

    def do_POST(self) -> None:
        self._statement()

    def _statement(self) -> None:
        with self.server.statement():
            if self.server.draining:
                self.close_connection = True
                headers = {"Content-Type": "text/plain; charset=UTF-8", "X-ClickHouse-Exception-Code": "210"}
                self._send(503, b"Code: 210. the warehouse server is shutting down\n", headers)
                return
            self._run_statement()

    def _run_statement(self) -> None:
        path, _, query = self.path.partition("?")
        query_id = str(uuid.uuid4())
        try:
            body = self._body()  # read before any answer, so the kept-alive connection stays in step
            if path != "/":
                self._send(404, f"There is no handle {path}\n".encode(), {"Content-Type": "text/plain"})
                return
            request = parse_request(query, dict(self.headers.items()), body)
            reply = self.server.engine.execute(request)
        except WarehouseServerError as err:
            log.info("statement refused: code %s", err.code)
            if isinstance(err, BadRequestError):
                self.close_connection = True  # the body may not have been read to its end
            self._send(
                err.status,
                f"{err}\n".encode(),
                {
                    "Content-Type": "text/plain; charset=UTF-8",
                    "X-ClickHouse-Exception-Code": str(err.code),
                    "X-ClickHouse-Query-Id": query_id,
                },
            )
            return
        self._send(200, reply.body, self._headers(reply, query_id))

    def _headers(self, reply: Reply, query_id: str) -> dict[str, str]:
        headers = {
            "Content-Type": _CONTENT_TYPES.get(reply.output_format or "", "text/plain; charset=UTF-8"),
            "X-ClickHouse-Query-Id": query_id,
            "X-ClickHouse-Timezone": self.server.engine.timezone,
            "X-ClickHouse-Server-Display-Name": "callpulse-warehouse-server",
            "X-ClickHouse-Summary": json.dumps(reply.summary),
        }
        if reply.output_format is not None:
            headers["X-ClickHouse-Format"] = reply.output_format
        return headers

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            return dechunk(self.rfile.readline, self.rfile.read)
        length = self.headers.get("Content-Length")
        try:
            size = int(length) if length else 0
        except ValueError:
            raise BadRequestError(f"bad Content-Length {length!r}") from None
        return self.rfile.read(size) if size > 0 else b""

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s %s", self.address_string(), format % args)


def serve(
    path: Path,
    host: str,
    port: int,
    *,
    caps: QueryLimits | None = None,
    max_memory_bytes: int | None = None,
    handles: int = DEFAULT_HANDLES,
    shutdown_timeout_s: float = 8.0,
    ready: threading.Event | None = None,
) -> bool:
    """Own the chDB data at ``path`` and answer on ``host:port`` until SIGTERM or SIGINT (or, off the
    main thread, until ``shutdown()``); every statement bounded by ``caps``, the engine's memory by
    ``max_memory_bytes``, at most ``handles`` statements at once. True when every running statement
    finished and was answered before it returned."""
    engine = Engine(path, caps, max_memory_bytes=max_memory_bytes, handles=handles)
    try:
        server = WarehouseHTTPServer(engine, host, port)
    except OSError as err:
        engine.close()
        raise WarehouseServerError(f"cannot listen on {host}:{port}: {err.strerror}") from None
    log.warning("warehouse server: chDB %s at %s on http://%s:%d", engine.version, path, host, server.port)
    if threading.current_thread() is threading.main_thread():
        stopper = threading.Thread(target=server.shutdown, daemon=True)

        def stop(signum: int, _frame: object) -> None:
            server.draining = True  # from now on, requests on kept-alive connections are refused
            if not stopper.ident:
                log.warning("warehouse server: %s, draining", signal.Signals(signum).name)
                stopper.start()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
    if ready is not None:
        ready.set()
    drained = False
    try:
        server.serve_forever(poll_interval=0.1)
        began = time.monotonic()
        drained = server.drain(shutdown_timeout_s)
        waited = time.monotonic() - began
        if drained:
            log.warning("warehouse server: drained in %.1f s, closing chDB", waited)
        else:
            log.error("warehouse server: statements still running after %.1f s; not waiting for them", waited)
    finally:
        server.server_close()
        if drained:
            engine.close()
    return drained
