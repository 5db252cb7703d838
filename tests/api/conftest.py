"""Fixtures of the API tests (the pages' tests reuse them).

- ``loaded_warehouse``: one pair of databases per session holding ~50 simulated calls played through the
  real step chain (pattern redactor, so it is fast; encrypted raw text in the restricted database),
  a few of them still in progress. Read-only tests share it; tests that write use their own rows.
- ``api_ctx``: an ``ApiContext`` on it, with a ``ManualClock`` (``api_ctx.clock``) at ``NOW_MS``.
- ``make_key(role)``: a fresh key of that role (plaintext); ``client``: a TestClient on the app.
- ``make_api_ctx(warehouse, ...)`` and ``simulate_calls(target, ...)`` for tests needing their own data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import orjson
import pytest
from api_contexts import RAW_KEY
from api_contexts import api_ctx_on as api_ctx_at
from fastapi.testclient import TestClient
from migrated import migrated_databases

from agent.simulator.library import generate_calls
from api.app import create_app
from api.auth.dependencies import key_store
from api.context import ApiContext
from ingest.clock import ManualClock
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline, Redaction
from stream.redaction.base import Tokenizer
from stream.redaction.patterns import PatternRedactor

HOUR_MS = 3_600_000
END_MS = 1_764_003_600_000  # 2025-11-24T17:00:00Z: the simulated calls start in the hour before
NOW_MS = END_MS + 10 * 60_000
CALLS = 50
LIVE_CALLS = 3  # calls whose call.ended is never delivered: still in progress
SEED = 11


class LoadedWarehouse:
    """The session's warehouse with simulated calls; ``sids`` are every call, ``live_sids`` the open ones."""

    def __init__(self, client: Any, database: str, restricted_database: str) -> None:
        self.client, self.database, self.restricted_database = client, database, restricted_database
        self.sids: list[str] = []
        self.live_sids: list[str] = []
        self.raw_text: dict[str, list[str]] = {}  # call sid -> utterances as the simulator sent them
        self.end_ms = END_MS  # the simulated calls started in the hour before this
        self.now_ms = NOW_MS  # the test clock of api_ctx

    def rows(self, sql: str, **parameters: Any) -> list[tuple[Any, ...]]:
        query = sql.replace("{db}", self.database).replace("{rdb}", self.restricted_database)
        return [tuple(r) for r in self.client.query(query, parameters=parameters).result_rows]


def load_calls(target: LoadedWarehouse, calls: int = CALLS, live: int = LIVE_CALLS, seed: int = SEED) -> None:
    """Simulated calls through the real pipeline into ``target`` (the last ``live`` never end)."""
    simulated = list(generate_calls(calls, seed=seed, start_ms=END_MS))
    live_sids = {call[0]["call_sid"] for call in simulated[-live:]} if live else set()
    events = [
        e
        for call in simulated
        for e in call
        if not (e["call_sid"] in live_sids and e["type"] == "call.ended")
    ]
    events.sort(key=lambda e: (e["ts"], e["call_sid"], e["seq"]))
    tokens = Tokenizer(b"api-tests")
    redaction = Redaction(
        PatternRedactor(tokens), tokens, keyring=RAW_KEY, restricted_database=target.restricted_database
    )
    clock = ManualClock(END_MS - HOUR_MS)
    pipeline = Pipeline(target.client, target.database, clock, redaction=redaction)
    for offset, event in enumerate(events):
        clock._now_ms = max(clock.now_ms(), event["ts"])
        pipeline.submit(RawMessage(orjson.dumps(event), Position("api-tests", 0, offset), event["ts"]))
        if offset % 500 == 0:
            pipeline.poll()
    pipeline.join()
    pipeline.close()
    target.sids = [call[0]["call_sid"] for call in simulated]
    target.live_sids = sorted(live_sids)
    for call in simulated:
        target.raw_text[call[0]["call_sid"]] = [
            e["data"]["text"] for e in call if e["type"] in ("caller.utterance", "agent.utterance")
            and (e["type"] == "agent.utterance" or e["data"].get("final"))
        ]  # fmt: skip


@pytest.fixture(scope="session")
def loaded_warehouse(chdb_client: Any) -> Iterator[LoadedWarehouse]:
    with migrated_databases(
        chdb_client, prefix="cpapi", restricted_prefix="cpapir", raw_ttl_days=3650
    ) as dbs:
        target = LoadedWarehouse(chdb_client, dbs.database, dbs.restricted_database)
        load_calls(target)
        yield target


def api_ctx_on(target: Any, clock: ManualClock | None = None, **overrides: Any) -> ApiContext:
    """An ``ApiContext`` on any warehouse with ``client``, ``database`` and ``restricted_database``, its
    clock at ``NOW_MS`` unless given (``tests/support/api_contexts.py``)."""
    return api_ctx_at(target, clock or ManualClock(NOW_MS), **overrides)


@pytest.fixture
def api_ctx(loaded_warehouse: LoadedWarehouse) -> ApiContext:
    return api_ctx_on(loaded_warehouse)


@pytest.fixture
def make_api_ctx() -> Callable[..., ApiContext]:
    """``make_api_ctx(warehouse, clock=None, **overrides)``: an ApiContext on another warehouse
    (e.g. the per-test ``warehouse`` fixture, for tests that write calls of their own)."""
    return api_ctx_on


@pytest.fixture
def simulate_calls() -> Callable[..., None]:
    """``simulate_calls(target, calls=50, live=3, seed=11)``: simulated calls through the real pipeline
    into any object with ``client``, ``database``, ``restricted_database`` (and the LoadedWarehouse
    attributes ``sids``, ``live_sids``, ``raw_text``, which it fills)."""
    return load_calls


@pytest.fixture
def make_key(api_ctx: ApiContext) -> Callable[[str], str]:
    """``make_key("analyst")`` -> a new key's plaintext (``cpk_…``) in the context's key table."""
    store = key_store(api_ctx)

    def make(role: str) -> str:
        return store.create(f"test-{role}", role)[1]

    return make


@pytest.fixture
def client(api_ctx: ApiContext) -> Iterator[TestClient]:
    with TestClient(create_app(api_ctx)) as test_client:
        yield test_client
