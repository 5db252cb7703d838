"""A test's cases kept as data: the rows of a parametrized test read from a YAML table beside it.

A test whose check is code (several asserts on one redacted text, a token count, a scenario's parts) and whose
cases are a list of texts or values was written as the same decorator over a long literal list, test after test
and file after file (issue 18). Its cases belong in a table, where a round adds rows without touching code; the
test keeps its check and names its table once: ``@TABLE.parametrize("text", "left")`` over
``def test_x(...)`` reads the rows listed under ``params: test_x:`` in the table.

A row is a scalar when the test takes one argument, else a mapping of the test's arguments; a mapping may give
an ``id``. Rows without an ``id`` get pytest's own ids, as the literal lists they replace did.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
import yaml

Test = TypeVar("Test", bound=Callable[..., Any])


class CaseTable:
    """One YAML table: ``data`` as read, and its ``params``: test name -> the rows of that test."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data: dict[str, Any] = yaml.safe_load(path.read_text())
        self.params: dict[str, list[Any]] = self.data["params"]

    def rows(self, test: str, argnames: tuple[str, ...]) -> list[Any]:
        """One ``pytest.param`` a row of ``test``, its values in the order of ``argnames``."""
        return [self._param(row, argnames) for row in self.params[test]]

    def parametrize(self, *argnames: str) -> Callable[[Test], Test]:
        """``pytest.mark.parametrize(argnames, rows)`` with the rows of the test it decorates."""

        def mark(test: Test) -> Test:
            rows = self.rows(test.__name__, argnames)
            decorated: Test = pytest.mark.parametrize(argnames, rows)(test)
            return decorated

        return mark

    def _param(self, row: Any, argnames: tuple[str, ...]) -> Any:
        if not isinstance(row, dict):
            assert len(argnames) == 1, f"{self.path}: a scalar row is one argument, not {argnames}"
            return pytest.param(row)
        unknown = row.keys() - {*argnames, "id"}
        assert not unknown, f"{self.path}: {sorted(unknown)} are not arguments of the test ({argnames})"
        return pytest.param(*(row[name] for name in argnames), id=row.get("id"))
