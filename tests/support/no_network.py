"""Blocking the network for a test: unmarked tests open no network connection (``tests/README.md``), and a
guard makes an attempt fail the test loudly instead of hanging or passing by luck."""

from __future__ import annotations

import socket

import pytest


class NetworkUsedError(AssertionError):
    """A test that must not use the network tried to."""


def refuse_network(monkeypatch: pytest.MonkeyPatch, message: str, *, lookups: bool = False) -> None:
    """Make every socket connect (and with ``lookups``, every name lookup) raise ``NetworkUsedError(message)``
    until the test ends."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsedError(message)

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    if lookups:
        monkeypatch.setattr(socket, "getaddrinfo", refuse)
