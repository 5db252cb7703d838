"""The WHERE clause of a list query, built from optional filters.

A condition and its query parameter are added together, and a filter left as ``None`` adds neither, so
every store module reads ``conditions.equal("workflow", workflow)`` instead of an if, an append and an
assignment per filter."""

from __future__ import annotations

from typing import Any


class Conditions:
    def __init__(self, **params: Any) -> None:
        self.where: list[str] = []
        self.params: dict[str, Any] = dict(params)

    def add(self, condition: str, name: str, value: object | None) -> None:
        """``condition`` (which names the parameter ``name``) unless ``value`` is None."""
        if value is not None:
            self.where.append(condition)
            self.params[name] = value

    def equal(self, column: str, value: object | None, kind: str = "String") -> None:
        """``column = value`` unless ``value`` is None; the parameter is named after the column."""
        self.add(f"{column} = {{{column}:{kind}}}", column, value)

    def since(self, column: str, since_ms: int | None) -> None:
        """``column`` at or after ``since_ms`` (epoch milliseconds, parameter ``since``)."""
        self.add(f"{column} >= fromUnixTimestamp64Milli({{since:Int64}}, 'UTC')", "since", since_ms)

    def until(self, column: str, until_ms: int | None) -> None:
        """``column`` before ``until_ms`` (exclusive; parameter ``until``)."""
        self.add(f"{column} < fromUnixTimestamp64Milli({{until:Int64}}, 'UTC')", "until", until_ms)

    @property
    def sql(self) -> str:
        """The conditions joined by AND (``1`` when there are none)."""
        return " AND ".join(self.where) or "1"
