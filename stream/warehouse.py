"""``Warehouse``: what the code asks of a ClickHouse client, typed.

Both warehouses are reached through one clickhouse-connect client (``chdb:///path`` in process,
``http(s)://host:8123`` on a server); the steps, the restricted store and the API take it as a
``Warehouse`` instead of ``Any``, so a misspelt method or argument is a mypy error, and a test double
needs only these methods. The stream is the lowest layer that talks to the warehouse (ingest never does),
so the protocol lives here; ``api`` and ``alerts`` import it from ``stream.warehouse`` (``dashboards``
never query the warehouse themselves: Grafana's data source does).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import pandas as pd
    from clickhouse_connect.driver.client import Client

Parameters = Sequence[Any] | dict[str, Any]
"""Query parameters: ``{name: value}`` for ``{name:Type}`` or ``%(name)s`` placeholders."""
Settings = dict[str, Any]
"""Per-query ClickHouse settings (``max_execution_time``, ``readonly``, …)."""

_PLAIN_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")


def is_plain_identifier(name: str) -> bool:
    """A database or table name from configuration that may be put into SQL text unquoted: a letter or
    ``_``, then letters, digits and ``_``, 128 characters at most. The one rule for the migrations, the
    API's and the rollout's queries, so a name the warehouse was created with is accepted everywhere."""
    return bool(_PLAIN_IDENTIFIER.match(name))


class QueryResult(Protocol):
    """A finished query's rows, in select order."""

    @property
    def result_rows(self) -> Sequence[Sequence[Any]]: ...

    @property
    def column_names(self) -> Sequence[str]: ...


class InsertContext(Protocol):
    """A table's prepared insert (its column types asked for once); ``data`` is reset after each insert."""

    table: str

    @property
    def data(self) -> Any: ...

    @data.setter
    def data(self, data: Any) -> None: ...


class Warehouse(Protocol):
    """The clickhouse-connect client's methods this code base calls (``clickhouse_connect.get_client``)."""

    def query(
        self,
        query: str | None = None,
        parameters: Parameters | None = None,
        settings: dict[str, Any] | None = None,
    ) -> QueryResult: ...

    def query_df(
        self,
        query: str | None = None,
        parameters: Parameters | None = None,
        settings: dict[str, Any] | None = None,
    ) -> pd.DataFrame: ...

    def command(self, cmd: str, parameters: Parameters | None = None) -> object: ...

    def insert(
        self,
        table: str | None = None,
        data: Sequence[Sequence[Any]] | None = None,
        column_names: str | Sequence[str] | None = "*",
        *,
        context: Any = None,
    ) -> object: ...

    def create_insert_context(
        self, table: str, column_names: str | Sequence[str] | None = None
    ) -> InsertContext: ...

    def set_client_setting(self, key: str, value: Any) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Insert:
    """One ``Warehouse.insert`` call's arguments, as a value: a wrapper that changes how inserts are sent
    (retried, delayed, refused) takes this instead of restating the protocol's signature."""

    table: str | None = None
    data: Sequence[Sequence[Any]] | None = None
    column_names: str | Sequence[str] | None = "*"
    context: Any = None

    @property
    def target(self) -> str:
        """The table's bare name (``dlq``, not ``callpulse.dlq``), from the context when there is one."""
        return str(self.context.table if self.context is not None else self.table).rpartition(".")[2]

    def into(self, client: Warehouse) -> object:
        """Sends this insert to ``client``, every argument by keyword."""
        return client.insert(
            table=self.table, data=self.data, column_names=self.column_names, context=self.context
        )


class DelegatingWarehouse:
    """A ``Warehouse`` that hands every call to ``inner``, written out method by method (no ``__getattr__``):
    a wrapper that changes how inserts are sent overrides ``send_insert`` only, and mypy sees the rest.
    Arguments are passed by keyword, so an inner wrapper that takes ``**kwargs`` gets them by name."""

    def __init__(self, inner: Warehouse) -> None:
        self._inner = inner

    def query(
        self, query: str | None = None, parameters: Parameters | None = None, settings: Settings | None = None
    ) -> QueryResult:
        return self._inner.query(query=query, parameters=parameters, settings=settings)

    def query_df(
        self, query: str | None = None, parameters: Parameters | None = None, settings: Settings | None = None
    ) -> pd.DataFrame:
        return self._inner.query_df(query=query, parameters=parameters, settings=settings)

    def command(self, cmd: str, parameters: Parameters | None = None) -> object:
        return self._inner.command(cmd=cmd, parameters=parameters)

    def insert(
        self,
        table: str | None = None,
        data: Sequence[Sequence[Any]] | None = None,
        column_names: str | Sequence[str] | None = "*",
        *,
        context: Any = None,
    ) -> object:
        return self.send_insert(Insert(table, data, column_names, context))

    def send_insert(self, insert: Insert) -> object:
        """The one place an insert leaves this wrapper: to ``inner``, unchanged. Override to change that."""
        return insert.into(self._inner)

    def create_insert_context(
        self, table: str, column_names: str | Sequence[str] | None = None
    ) -> InsertContext:
        return self._inner.create_insert_context(table=table, column_names=column_names)

    def set_client_setting(self, key: str, value: Any) -> None:
        self._inner.set_client_setting(key, value)

    def close(self) -> None:
        self._inner.close()


if TYPE_CHECKING:

    def _the_driver_is_a_warehouse(client: Client) -> Warehouse:
        """mypy proves here that clickhouse-connect's client has every method of ``Warehouse``."""
        return client
