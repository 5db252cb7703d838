"""``SerialClient``: one warehouse client shared by threads of a test or a benchmark (a server thread and
the test's thread, a writer and a reader), one call at a time.

Every callable attribute of the client is wrapped to run under ``lock``; ``lock`` is reentrant and
public, so a caller can hold it across several calls (or a call on the bare client). A development tool:
production code takes a typed ``stream.warehouse.Warehouse`` and never shares one across threads this way.
"""

from __future__ import annotations

import threading
from typing import Any

from stream.warehouse import Warehouse


class SerialClient:
    """``client`` with its methods called one at a time."""

    def __init__(self, client: Warehouse) -> None:
        self._client = client
        self.lock = threading.RLock()

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._client, name)
        if not callable(value):
            return value

        def serial(*args: Any, **kwargs: Any) -> Any:
            with self.lock:
                return value(*args, **kwargs)

        return serial
