"""``/readyz`` tells the truth about the warehouse (issue 14, finding 7): one real round trip, answered
within its bound. When the warehouse server is gone, or is there but stops answering (here: SIGSTOP, as a
runaway query holding the server would look), the probe gets 503 with the reason instead of 200 or no
answer at all."""

from __future__ import annotations

import os
import signal
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from warehouse_server_process import Server, start_server, stop_server

from api.app import create_app
from api.context import ApiContext
from callpulse.warehouse import Migrator, connect
from stream.metrics.types import TTFHW_BUDGET_MS
from stream.restricted.keyring import Keyring

pytestmark = pytest.mark.slow


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Server, TestClient]]:
    """A warehouse server with a migrated database, and the API on it (readiness bound: 1 s)."""
    server = start_server(tmp_path / "warehouse", tmp_path / "server.log")
    client = connect(server.url)
    suffix = uuid.uuid4().hex[:8]
    Migrator(client, f"cp_{suffix}", f"cpr_{suffix}").apply()
    ctx = ApiContext(
        client=client, database=f"cp_{suffix}", restricted_database=f"cpr_{suffix}",
        keyring=Keyring("t1", {"t1": b"t" * 32}), key_pepper=b"pepper", readiness_timeout_s=1.0,
        ttfhw_budget_ms=TTFHW_BUDGET_MS,
    )  # fmt: skip
    with TestClient(create_app(ctx)) as api:
        assert api.get("/readyz").status_code == 200
        try:
            yield server, api
        finally:
            if server.process.poll() is None:
                os.kill(server.process.pid, signal.SIGCONT)
                stop_server(server)


def _readyz(api: TestClient) -> Any:
    """GET /readyz on a thread, waited for generously (60 s): a probe with no answer is a failure."""
    answers: list[Any] = []
    probe = threading.Thread(target=lambda: answers.append(api.get("/readyz")), daemon=True)
    probe.start()
    probe.join(60)
    assert answers, "/readyz gave no answer within 60 s while the warehouse was not answering"
    return answers[0]


def test_readyz_is_503_with_the_reason_when_the_warehouse_is_gone(served: tuple[Server, TestClient]) -> None:
    server, api = served
    server.process.kill()
    server.process.wait(10)
    answer = _readyz(api)
    assert answer.status_code == 503
    assert answer.json()["detail"].startswith("the warehouse query failed: OperationalError")


def test_readyz_is_503_when_the_warehouse_accepts_but_does_not_answer(
    served: tuple[Server, TestClient],
) -> None:
    server, api = served
    os.kill(server.process.pid, signal.SIGSTOP)
    answer = _readyz(api)
    assert answer.status_code == 503
    assert answer.json()["detail"] == "the warehouse did not answer within 1 s"
    os.kill(server.process.pid, signal.SIGCONT)
    assert _readyz(api).status_code == 200  # back when the warehouse is
