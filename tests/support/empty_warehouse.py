"""``EmptyWarehouse``: a warehouse with nothing stored, for the detector's judgement tests (tests/alerts).

The detector reads its frames from a ``frames`` function the test passes; the warehouse itself is only
asked for the alerts to restore and the example calls of a page (none here) and told to insert the
pages' rows (dropped). One home, so that a new query the detector makes is met in one place.
"""

from __future__ import annotations

from typing import Any


class EmptyWarehouse:
    """Nothing stored: no alerts to restore, no example calls, inserts dropped."""

    class _Rows:
        result_rows: list[Any] = []

    def query(self, *_: Any, **__: Any) -> Any:
        return self._Rows()

    def insert(self, *_: Any, **__: Any) -> None:
        return None
