"""A recording HTTP receiver for tests of code that POSTs JSON (webhooks, Alertmanager, an agent's admin
route): every POST is answered with one status and kept, in order, with its path and headers."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True, slots=True)
class Post:
    """One request the receiver got: its path, headers and JSON body."""

    path: str
    headers: dict[str, str]
    body: Any


@dataclass(slots=True)
class PostReceiver:
    """``url`` (no trailing slash); ``posts`` in arrival order; ``arrivals`` the same, to wait on."""

    url: str
    posts: list[Post] = field(default_factory=list)
    arrivals: queue.Queue[Post] = field(default_factory=queue.Queue)


@contextmanager
def post_receiver(status: int = 204) -> Iterator[PostReceiver]:
    """A server on a free local port answering every POST with ``status``, stopped on exit."""
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            post = Post(self.path, dict(self.headers.items()), json.loads(raw) if raw else None)
            with lock:
                receiver.posts.append(post)
            receiver.arrivals.put(post)
            self.send_response(status)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver = PostReceiver(f"http://127.0.0.1:{server.server_address[1]}")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
