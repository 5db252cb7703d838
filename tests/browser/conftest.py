"""Browser tests: the real app (``api.app.create_app``) served by uvicorn on a free loopback port over a
warehouse filled through the real step chain, driven by Debian's chromium through playwright.

- chromium is ``/usr/bin/chromium`` (``make chromium`` installs Debian's package when it is missing);
  playwright's own browser download is never used.
- ``served``: the app on 127.0.0.1 with ~30 simulated calls, three of them still in progress, and a
  fixed API clock (``NOW_MS``) so "live" and "silent for" do not drift.
- ``fake_agent``: a tiny local HTTP server that stands in for the reference agent's admin route
  (``POST /admin/calls/{sid}/handoff``); the agent's own route is tested against the real agent app in
  ``tests/agent/server/test_admin_handoff.py``.
- ``feed(events)``: more events through the real pipeline while a test runs (the wallboard must update);
  the pipeline runs the default per-call rules (``deploy/rules/call_rules.v1.yaml``), as the stream does.
- Screenshots go to ``<pytest's base temp dir>/browser-screenshots/`` (printed at the end of the run);
  the README's copies in ``docs/img/`` are chosen from them by hand after looking at them.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import orjson
import pytest
from http_reply import reply_json
from migrated import migrated_databases
from playwright.sync_api import Browser, Page, sync_playwright

from agent.server.testing import running_agent
from agent.simulator.library import generate_calls
from api.app import create_app
from api.auth.dependencies import key_store
from api.auth.keys import KeyStore
from api.context import ApiContext
from callpulse.settings import Settings
from devstack.serial_client import SerialClient
from ingest.clock import ManualClock
from stream.messages import Position, RawMessage
from stream.metrics.types import TTFHW_BUDGET_MS
from stream.pipeline import Pipeline, Redaction
from stream.redaction.base import Tokenizer
from stream.redaction.speech_redactor import build_speech_redactor
from stream.restricted.keyring import Keyring
from stream.rules.parse import load_rules

CHROMIUM = Path("/usr/bin/chromium")
RULES = load_rules(Path(__file__).resolve().parents[2] / "deploy" / "rules" / "call_rules.v1.yaml")
END_MS = 1_764_003_600_000  # 2025-11-24T17:00:00Z: the simulated calls start in the hour before
NOW_MS = END_MS + 5 * 60_000  # the API's clock
CALLS, LIVE, SEED = 30, 3, 5
ADMIN_TOKEN = "browser-test-admin-token"
PLACEHOLDER = re.compile(r"<[A-Z_]+:[0-9a-f]{6}>")


@dataclass
class FakeAgent:
    """Stands in for the agent's admin route: records each request, answers 202 for ``live`` SIDs."""

    url: str = ""
    live: set[str] = field(default_factory=set)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, authorization header)


@dataclass
class Served:
    base_url: str
    ctx: ApiContext
    database: str
    restricted_database: str
    sids: list[str]
    live_sids: list[str]
    raw_text: dict[str, list[str]]  # call sid -> the original (unredacted) utterances
    feed: Callable[[list[dict[str, Any]]], None]
    keys: KeyStore

    def key(self, role: str) -> str:
        return self.keys.create(f"browser-{role}-{uuid.uuid4().hex[:6]}", role)[1]

    def rows(self, sql: str, **parameters: Any) -> list[tuple[Any, ...]]:
        query = sql.replace("{db}", self.database)
        return [tuple(r) for r in self.ctx.client.query(query, parameters=parameters).result_rows]


def _pipeline(client: Any, database: str, restricted: str, clock: ManualClock) -> Pipeline:
    tokens = Tokenizer(b"browser-tests")
    keyring = Keyring("b1", {"b1": b"b" * 32})
    # the default redactor (speech recognizers + spaCy NER), as `callpulse api` users run it: the pages and
    # the screenshots in docs/img show what a redacted transcript really looks like
    redactor = build_speech_redactor(Settings().spacy_model, tokens)
    redaction = Redaction(redactor, tokens, keyring=keyring, restricted_database=restricted)
    return Pipeline(client, database, clock, redaction=redaction, rules=RULES)


def _feeder(client: Any, database: str, restricted: str) -> Callable[[list[dict[str, Any]]], None]:
    """Events through one long-lived pipeline (its call state remembers earlier events of a call)."""
    clock = ManualClock(END_MS - 3_600_000)
    pipeline = _pipeline(client, database, restricted, clock)
    offsets = iter(range(10**9))

    def feed(events: list[dict[str, Any]]) -> None:
        for event in sorted(events, key=lambda e: (e["ts"], e["call_sid"], e["seq"])):
            clock._now_ms = max(clock.now_ms(), event["ts"])
            pipeline.submit(
                RawMessage(orjson.dumps(event), Position("browser", 0, next(offsets)), event["ts"])
            )
        pipeline.join()

    return feed


@pytest.fixture(scope="session")
def fake_agent() -> Iterator[FakeAgent]:
    agent = FakeAgent()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            agent.requests.append((self.path, self.headers.get("Authorization", "")))
            match = re.fullmatch(r"/admin/calls/([^/]+)/handoff", self.path)
            authorized = self.headers.get("Authorization") == f"Bearer {ADMIN_TOKEN}"
            if not authorized:
                status, body = 401, {"detail": "admin token required"}
            elif match and match.group(1) in agent.live:
                status = 202
                body = {
                    "call_sid": match.group(1),
                    "status": "handoff-started",
                    "reason": "supervisor-takeover",
                }
            else:
                status, body = 404, {"detail": "no live call with this SID on this agent"}
            reply_json(self, status, body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, name="fake-agent", daemon=True)
    thread.start()
    agent.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield agent
    server.shutdown()
    thread.join(5)


@pytest.fixture(scope="session")
def served(chdb_client: Any, fake_agent: FakeAgent) -> Iterator[Served]:
    with migrated_databases(chdb_client, prefix="cpbr", restricted_prefix="cpbrr", raw_ttl_days=3650) as dbs:
        yield from _serve(chdb_client, fake_agent, dbs.database, dbs.restricted_database)


def _serve(chdb_client: Any, fake_agent: FakeAgent, database: str, restricted: str) -> Iterator[Served]:
    """The simulated calls (the latest still live) fed in, the API serving them, until the session ends."""
    client = SerialClient(chdb_client)  # the server thread and the test thread
    simulated = list(generate_calls(CALLS, seed=SEED, start_ms=END_MS))
    latest = sorted(simulated, key=lambda call: call[0]["ts"])[-LIVE:]
    live_sids = sorted(call[0]["call_sid"] for call in latest)
    feed = _feeder(client, database, restricted)
    feed(
        [
            e
            for call in simulated
            for e in call
            if not (e["call_sid"] in live_sids and e["type"] == "call.ended")
        ]
    )
    fake_agent.live.update(live_sids)
    ctx = ApiContext(
        client=client, database=database, restricted_database=restricted, keyring=Keyring("b1", {"b1": b"b" * 32}),
        key_pepper=b"browser-pepper", clock=ManualClock(NOW_MS), agent_admin_url=fake_agent.url,
        agent_admin_token=ADMIN_TOKEN, ttfhw_budget_ms=TTFHW_BUDGET_MS,
    )  # fmt: skip
    raw_text = {
        call[0]["call_sid"]: [
            e["data"]["text"] for e in call if e["type"] in ("caller.utterance", "agent.utterance")
        ]
        for call in simulated
    }
    keys = key_store(ctx)
    with running_agent(create_app(ctx)) as base_url:  # any FastAPI app: uvicorn in a thread on a free port
        yield Served(base_url, ctx, database, restricted, [c[0]["call_sid"] for c in simulated], live_sids,
                     raw_text, feed, keys)  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium per test module, closed when they are done: playwright's sync API runs an
    event loop in the main thread while it is open, and tests after these call ``asyncio.run``."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make chromium` (installs Debian's chromium package)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


@pytest.fixture
def no_js_page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, java_script_enabled=False)
    opened = context.new_page()
    yield opened
    context.close()


def login(page: Page, base_url: str, key: str, target: str = "/calls") -> None:
    """Log in the way a person does: open a page, get sent to /login, paste the key, submit."""
    page.goto(base_url + target)
    assert "/login" in page.url
    page.fill("input[name=key]", key)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(re.escape(base_url + target.split("#")[0]) + r"(\?[^#]*)?(#.*)?$"))


def screenshot(page: Page, name: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The session's screenshot folder, under pytest's temp dir (kept after the run, as pytest keeps it)."""
    folder = tmp_path_factory.getbasetemp() / "browser-screenshots"
    yield folder
    if folder.exists():
        print(f"\nbrowser screenshots: {folder}")


@pytest.fixture
def ui(screenshots: Path) -> Any:
    """The helpers above for test modules (conftest modules are not importable by name here)."""
    from types import SimpleNamespace

    def shot(page: Page, name: str) -> Path:
        return screenshot(page, name, screenshots)

    return SimpleNamespace(login=login, screenshot=shot, placeholder=PLACEHOLDER, now_ms=NOW_MS)
