"""The Kafka worker's warehouse: a refused insert is retried until the warehouse takes it (so the batch is
committed once stored, never lost), dead-letter rows reach the topic once, and everything else is the client's."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import pytest

from stream.kafka.warehouse import RetryingInserts


class _Context:
    def __init__(self, table: str) -> None:
        self.table = table
        self.data: Any = None


class _RefusingClient:
    """Refuses the first ``refusals`` inserts, then stores them; answers queries and commands."""

    def __init__(self, refusals: int) -> None:
        self.refusals = refusals
        self.stored: list[tuple[str, list[Any]]] = []
        self.commands: list[str] = []

    def insert(
        self, table: str | None = None, data: Any = None, column_names: Any = "*", *, context: Any = None
    ):
        if self.refusals:
            self.refusals -= 1
            if context is not None:
                context.data = "left behind"
            raise ConnectionError("warehouse refusing writes")
        self.stored.append((context.table if context is not None else str(table), list(data)))
        return "summary"

    def query(self, query: str | None = None, parameters: Any = None, settings: Any = None) -> str:
        return f"rows of {query}"

    def command(self, cmd: str, parameters: Any = None) -> str:
        self.commands.append(cmd)
        return "ok"


class _Topic:
    def __init__(self) -> None:
        self.published: list[Sequence[Sequence[Any]]] = []

    def publish(self, rows: Sequence[Sequence[Any]]) -> None:
        self.published.append(rows)


def _inserts(
    client: _RefusingClient, topic: _Topic, stopping: threading.Event | None = None
) -> RetryingInserts:
    return RetryingInserts(
        client,  # type: ignore[arg-type]  # a double with the methods the worker calls
        stopping=stopping or threading.Event(),
        dead_letters=topic,
        backoff_s=0.0,
        max_backoff_s=0.0,
    )


@pytest.mark.parametrize(
    ("table", "published"),
    [("callpulse.dlq", 1), ("callpulse.turns", 0)],
    ids=["dead-letters-reach-the-topic-once", "other-rows-stay-in-the-warehouse"],
)
def test_a_refused_insert_is_retried_until_stored(table: str, published: int) -> None:
    client, topic = _RefusingClient(refusals=3), _Topic()
    inserts = _inserts(client, topic)
    context = _Context(table)

    inserts.insert(data=[("row",)], context=context)

    assert client.stored == [(table, [("row",)])]
    assert inserts.retries == 3
    assert context.data is None  # no attempt's data is left for the next batch
    assert len(topic.published) == published


def test_an_insert_by_table_name_is_retried_too() -> None:
    """The restricted store's audit row is inserted by name, not through a prepared context."""
    client, topic = _RefusingClient(refusals=1), _Topic()

    _inserts(client, topic).insert("callpulse.audit_log", [("read",)], column_names=["action"])

    assert client.stored == [("callpulse.audit_log", [("read",)])]


def test_a_stopping_worker_gives_up_and_publishes_nothing() -> None:
    client, topic, stopping = _RefusingClient(refusals=1), _Topic(), threading.Event()
    stopping.set()

    with pytest.raises(ConnectionError):
        _inserts(client, topic, stopping).insert(data=[("row",)], context=_Context("callpulse.dlq"))

    assert client.stored == [] and topic.published == []


def test_queries_and_commands_are_the_clients() -> None:
    client = _RefusingClient(refusals=0)
    inserts = _inserts(client, _Topic())

    assert inserts.query("SELECT 1") == "rows of SELECT 1"
    assert inserts.command("OPTIMIZE TABLE calls") == "ok"
    assert client.commands == ["OPTIMIZE TABLE calls"]


class _KeywordsOnly:
    """Like the fault injectors of devstack/faults.py: ``insert(**kwargs)``, everything else forwarded."""

    def __init__(self, inner: _RefusingClient) -> None:
        self.inner = inner

    def insert(self, **kwargs: Any) -> Any:
        return self.inner.insert(**kwargs)


def test_a_wrapped_client_taking_keywords_gets_the_insert() -> None:
    """A worker started with CALLPULSE_FAULT_WAREHOUSE_REFUSE_S wraps its client so: its rows must still land."""
    client, stopping = _RefusingClient(refusals=0), threading.Event()
    inserts = RetryingInserts(
        _KeywordsOnly(client),  # type: ignore[arg-type]
        stopping=stopping,
        backoff_s=0.0,
        on_retry=lambda table: stopping.set(),  # a refusal here is a bug, not a warehouse outage: stop
    )

    inserts.insert(data=[("row",)], context=_Context("callpulse.turns"))

    assert client.stored == [("callpulse.turns", [("row",)])] and inserts.retries == 0
