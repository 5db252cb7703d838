"""``callpulse dashboards push`` against a local HTTP double of the Grafana API.

This is the one place in callpulse's tests where a double stands in for a real component: no Grafana
server can be installed on these machines. The double implements exactly the routes ``push`` calls
(folders, data sources by uid, dashboards by uid and ``/api/dashboards/db``), keeps their state like
Grafana does (ids and versions, secrets write-only, dashboards stored with ``id`` and ``version``), checks
the bearer token, and counts writes, so the test can see that a second push writes nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from http_reply import reply_json

from dashboards import build, datasources
from dashboards.push import connect, push

TOKEN = "glsa_test_token"
DSN = "http://grafana:s3cret@clickhouse:8123"


class GrafanaDouble:
    """The state of the double: folders, data sources and dashboards by uid, and every write received."""

    def __init__(self) -> None:
        self.folders: dict[str, dict[str, Any]] = {}
        self.datasources: dict[str, dict[str, Any]] = {}
        self.secrets: dict[str, dict[str, str]] = {}
        self.dashboards: dict[str, dict[str, Any]] = {}
        self.writes: list[str] = []
        self.next_id = 1

    def handle(self, method: str, path: str, body: Any) -> tuple[int, Any]:
        parts = path.removeprefix("/api/").split("/")
        if method != "GET":
            self.writes.append(f"{method} {path}")
        match method, parts:
            case "GET", ["folders", uid]:
                return (
                    (200, self.folders[uid])
                    if uid in self.folders
                    else (404, {"message": "folder not found"})
                )
            case "POST", ["folders"]:
                folder = {"uid": body["uid"], "title": body["title"], "id": self._id(), "version": 1}
                self.folders[body["uid"]] = folder
                return 200, folder
            case "PUT", ["folders", uid] if uid in self.folders:
                self.folders[uid].update(title=body["title"], version=self.folders[uid]["version"] + 1)
                return 200, self.folders[uid]
            case "GET", ["datasources", "uid", uid]:
                if uid not in self.datasources:
                    return 404, {"message": "Data source not found"}
                fields = {k: True for k in self.secrets.get(uid, {})}
                return 200, {**self.datasources[uid], "secureJsonFields": fields}
            case ("POST", ["datasources"]) | ("PUT", ["datasources", "uid", _]):
                return 200, self._save_datasource(body)
            case "GET", ["dashboards", "uid", uid]:
                return (
                    (200, self.dashboards[uid])
                    if uid in self.dashboards
                    else (404, {"message": "Dashboard not found"})
                )
            case "POST", ["dashboards", "db"]:
                return 200, self._save_dashboard(body)
        return 404, {"message": f"the double does not implement {method} {path}"}

    def _save_datasource(self, body: dict[str, Any]) -> dict[str, Any]:
        uid = body["uid"]
        old = self.datasources.get(uid, {"id": self._id(), "version": 0})
        stored = {"orgId": 1, "basicAuth": False, "withCredentials": False, "readOnly": False, "user": "",
                  "database": "", **{k: v for k, v in body.items() if k != "secureJsonData"},
                  "id": old["id"], "version": old["version"] + 1}  # fmt: skip
        self.datasources[uid] = stored
        self.secrets[uid] = {**self.secrets.get(uid, {}), **body.get("secureJsonData", {})}
        return {"datasource": stored, "id": stored["id"], "message": "Datasource saved"}

    def _save_dashboard(self, body: dict[str, Any]) -> dict[str, Any]:
        model, uid = body["dashboard"], body["dashboard"]["uid"]
        old = self.dashboards.get(uid, {"dashboard": {"id": self._id(), "version": 0}})["dashboard"]
        if uid in self.dashboards and not body.get("overwrite"):
            raise AssertionError("push must overwrite by uid")
        stored = {**model, "id": old["id"], "version": old["version"] + 1}
        self.dashboards[uid] = {
            "dashboard": stored,
            "meta": {"folderUid": body.get("folderUid", ""), "slug": uid},
        }
        return {"id": stored["id"], "uid": uid, "status": "success", "version": stored["version"]}

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id


@pytest.fixture
def grafana() -> Iterator[tuple[GrafanaDouble, str]]:
    state = GrafanaDouble()

    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                status, reply = 401, {"message": "invalid API key"}
            else:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length)) if length else None
                status, reply = state.handle(self.command, self.path.split("?")[0], body)
            reply_json(self, status, reply)

        def do_GET(self) -> None:
            self._serve()

        def do_POST(self) -> None:
            self._serve()

        def do_PUT(self) -> None:
            self._serve()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def sources() -> list[dict[str, Any]]:
    return [datasources.clickhouse(DSN), datasources.prometheus("http://prometheus:9090")]


def test_a_second_push_changes_nothing(grafana) -> None:
    state, url = grafana
    models = build.build_all()
    first = push(connect(url, token=TOKEN), models, sources(), "callpulse")
    assert [(kind, outcome) for kind, _, outcome in first.actions] == [
        ("folder", "created"), ("datasource", "created"), ("datasource", "created"),
        *[("dashboard", "created")] * 5,
    ]  # fmt: skip
    assert set(state.dashboards) == {m["uid"] for m in models.values()} >= {"callpulse-oncall"}
    assert all(d["meta"]["folderUid"] == "callpulse" for d in state.dashboards.values())
    assert state.secrets["callpulse-clickhouse"] == {"password": "s3cret"}
    writes = len(state.writes)

    second = push(connect(url, token=TOKEN), build.build_all(), sources(), "callpulse")
    assert {outcome for *_, outcome in second.actions} == {"unchanged"}
    assert second.writes == 0 and len(state.writes) == writes


def test_a_dashboard_edited_in_grafana_is_put_back_and_only_it(grafana) -> None:
    state, url = grafana
    push(connect(url, token=TOKEN), build.build_all(), sources(), "callpulse")
    state.dashboards["callpulse-oncall"]["dashboard"]["title"] = "edited in the UI"
    again = push(connect(url, token=TOKEN), build.build_all(), sources(), "callpulse")
    changed = [(kind, name) for kind, name, outcome in again.actions if outcome != "unchanged"]
    assert changed == [("dashboard", "On call")]
    assert state.dashboards["callpulse-oncall"]["dashboard"]["title"] == "On call"
    assert state.dashboards["callpulse-oncall"]["dashboard"]["version"] == 2


def cli(url: str, *args: str, token: str = TOKEN, dsn: str = DSN) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CALLPULSE_GRAFANA_URL": url, "CALLPULSE_GRAFANA_TOKEN": token,
           "CALLPULSE_GRAFANA_CLICKHOUSE_DSN": dsn, "CALLPULSE_GRAFANA_PROMETHEUS_URL": "http://prometheus:9090"}  # fmt: skip
    argv = [sys.executable, "-m", "callpulse.cli", "dashboards", "push", *args]
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, check=False)


def test_the_command_reports_what_it_wrote_then_unchanged(grafana) -> None:
    _, url = grafana
    first = cli(url)
    assert first.returncode == 0, first.stderr
    assert "8 written, 0 unchanged" in first.stdout and "created   dashboard  On call" in first.stdout
    second = cli(url)
    assert second.returncode == 0 and "0 written, 8 unchanged" in second.stdout
    assert sum(line.startswith("unchanged ") for line in second.stdout.splitlines()) == 8
    assert "s3cret" not in first.stdout + first.stderr + second.stdout + second.stderr


def test_a_wrong_token_or_an_embedded_warehouse_gets_one_clear_line(grafana) -> None:
    state, url = grafana
    refused = cli(url, token="wrong")
    assert refused.returncode == 2 and "HTTP 401" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and state.writes == []
    embedded = cli(url, dsn="chdb:///tmp/warehouse")
    assert embedded.returncode == 2 and "CALLPULSE_GRAFANA_CLICKHOUSE_DSN" in embedded.stderr
    unreachable = cli("http://127.0.0.1:9", "--no-datasources")
    assert unreachable.returncode == 2 and "Grafana" in unreachable.stderr
