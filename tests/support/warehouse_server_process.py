"""A `callpulse warehouse serve` subprocess on its own chDB path and a free port, for tests that need a
warehouse other processes (or a killed one) can share. The server is a separate process, so its chDB path
does not clash with the test session's embedded one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from address_space import address_space_cap

from devstack.kafka_broker import free_port


@dataclass(frozen=True, slots=True)
class Server:
    url: str
    path: Path
    process: subprocess.Popen[bytes]
    log: Path


def start_server(
    path: Path, log: Path, *, env: dict[str, str] | None = None, memory_cap_bytes: int | None = None
) -> Server:
    """A server on ``path``; ``env`` adds CALLPULSE_* settings, ``memory_cap_bytes`` caps its address space."""
    port = free_port()
    env = {**os.environ, "CALLPULSE_DATA_DIR": str(path.parent), **(env or {})}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "callpulse.cli", "warehouse", "serve", "--port", str(port), "--path", str(path)],
            stdout=out, stderr=subprocess.STDOUT, env=env,
            preexec_fn=address_space_cap(memory_cap_bytes) if memory_cap_bytes else None,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, f"warehouse server exited: {log.read_text()[-2000:]}"
        try:
            with urllib.request.urlopen(f"{url}/ping", timeout=1) as reply:
                if reply.read() == b"Ok.\n":
                    return Server(url, path, process, log)
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise AssertionError(f"warehouse server did not answer /ping: {log.read_text()[-2000:]}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(5)
