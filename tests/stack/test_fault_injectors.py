"""The worker's fault injectors (``devstack/faults.py``): each changes ``insert`` alone and hands every
other call, and the insert itself once the fault has passed, to the client it wraps, arguments intact."""

from __future__ import annotations

import time
from typing import Any

import pytest

from devstack.faults import RefuseUntil, SlowInserts


class _Client:
    """Records what reaches it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def insert(self, **arguments: Any) -> object:
        self.calls.append(("insert", arguments))
        return "inserted"

    def command(self, cmd: str, parameters: Any = None) -> object:
        self.calls.append(("command", cmd))
        return "done"


def test_refuse_until_refuses_inserts_until_its_deadline_then_passes_them_through() -> None:
    client = _Client()
    faulty = RefuseUntil(client, seconds=0.2)  # type: ignore[arg-type]
    with pytest.raises(ConnectionError):
        faulty.insert("events", [[1]], ["a"])
    assert faulty.command("SELECT 1") == "done"  # only inserts are refused
    time.sleep(0.25)
    assert faulty.insert("events", [[1]], ["a"]) == "inserted"
    assert client.calls == [
        ("command", "SELECT 1"),
        ("insert", {"table": "events", "data": [[1]], "column_names": ["a"], "context": None}),
    ]


def test_slow_inserts_wait_before_every_insert_and_nothing_else(monkeypatch: pytest.MonkeyPatch) -> None:
    client, slept = _Client(), []
    monkeypatch.setattr("devstack.faults.time.sleep", lambda seconds: slept.append(seconds))
    faulty = SlowInserts(client, delay_ms=150)  # type: ignore[arg-type]
    assert faulty.insert(table="turns", data=[[2]], column_names=["b"]) == "inserted"
    faulty.command("SELECT 1")
    assert slept == [0.15]
    assert client.calls == [
        ("insert", {"table": "turns", "data": [[2]], "column_names": ["b"], "context": None}),
        ("command", "SELECT 1"),
    ]
