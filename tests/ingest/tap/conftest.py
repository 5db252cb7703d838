"""Tap tests start their own servers on 127.0.0.1: loopback connections are allowed here, any other
address still fails the test (this overrides ``tests/ingest/conftest.py``'s ``_no_network``)."""

from __future__ import annotations

import socket
from typing import Any

import pytest

_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def _loopback_only(address: Any) -> None:
    host = address[0] if isinstance(address, tuple) else address
    if host not in ("127.0.0.1", "::1", "localhost"):
        raise AssertionError(f"tap tests may only connect to 127.0.0.1, not {host!r}")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def connect(self: socket.socket, address: Any) -> None:
        _loopback_only(address)
        _connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        _loopback_only(address)
        return _connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
