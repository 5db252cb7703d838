"""`callpulse stack up` end to end, as a user runs it: every service on free loopback ports under a
temporary stack dir; simulated calls posted to HTTP ingest reach the warehouse through Kafka and the
two workers; Prometheus scrapes both workers; the API answers and shows a call page; a page sent to
Alertmanager reaches the API's webhook (with the key the stack made) and the alert history; `stack
down` leaves no process behind.

The workers use the pattern redactor (CALLPULSE_REDACTION_ENGINE=patterns): Presidio's spaCy model in
two workers would double the start-up time on this 2-core machine without testing anything more here.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

import orjson
import pytest

from agent.simulator.library import generate_calls, interleave_events
from callpulse.warehouse import connect
from devstack.kafka_broker import free_port
from devstack.stack.processes import PidFile, start_ticks
from devstack.stack.services import Layout

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

CALLS = 60
SERVICES = (
    "kafka", "warehouse", "alertmanager", "prometheus", "worker-1", "worker-2", "http-ingest", "api", "detector",
    "agent",
)  # fmt: skip


def _cli(env: dict[str, str], *args: str, timeout: float = 400) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callpulse.cli", *args], env=env, capture_output=True, text=True,
        timeout=timeout, check=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("stack")
    ports = {
        name: free_port()
        for name in ("kafka", "controller", "warehouse", "prom", "am", "ingest", "api", "agent")
    }
    worker_port = free_port()
    while worker_port + 1 in ports.values():
        worker_port = free_port()
    env = {
        **os.environ,
        "CALLPULSE_STACK_DIR": str(root),
        "CALLPULSE_KAFKA_DEV_PORT": str(ports["kafka"]),
        "CALLPULSE_STACK_KAFKA_CONTROLLER_PORT": str(ports["controller"]),
        "CALLPULSE_WAREHOUSE_SERVER_PORT": str(ports["warehouse"]),
        "CALLPULSE_STACK_PROMETHEUS_PORT": str(ports["prom"]),
        "CALLPULSE_STACK_ALERTMANAGER_PORT": str(ports["am"]),
        "CALLPULSE_WORKER_METRICS_PORT": str(worker_port),
        "CALLPULSE_HTTP_INGEST_PORT": str(ports["ingest"]),
        "CALLPULSE_API_PORT": str(ports["api"]),
        "CALLPULSE_AGENT_PORT": str(ports["agent"]),
        "CALLPULSE_STACK_SCRAPE_INTERVAL_S": "2",
        "CALLPULSE_REDACTION_ENGINE": "patterns",
        "CALLPULSE_DATA_DIR": str(root / "cli"),
    }
    up = _cli(env, "stack", "up")
    layout = Layout(root)
    pids = {name: PidFile(layout.pid(name)).live_pid() for name in SERVICES}
    try:
        assert up.returncode == 0, f"stack up failed:\n{up.stdout}\n{up.stderr}"
        yield {
            "env": env,
            "ports": ports,
            "worker_port": worker_port,
            "up": up.stdout,
            "pids": pids,
            "root": root,
        }
    finally:
        down = _cli(env, "stack", "down", timeout=200)
        assert down.returncode == 0, down.stdout + down.stderr
        left = [name for name, pid in pids.items() if pid is not None and start_ticks(pid) is not None]
        assert not left, f"still running after stack down: {left}"


def _wait(what: str, condition: Callable[[], bool], timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(1)


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return int(reply.status), reply.read()
    except urllib.error.HTTPError as err:
        return int(err.code), err.read()


def _prometheus(port: int, promql: str) -> float | None:
    status, body = _get(f"http://127.0.0.1:{port}/api/v1/query?query={urllib.parse.quote(promql)}")
    result = json.loads(body)["data"]["result"] if status == 200 else []
    return float(result[0]["value"][1]) if result else None


def test_up_reports_every_service_healthy(stack: dict[str, Any]) -> None:
    table = stack["up"]
    for name in SERVICES:
        row = next((line for line in table.splitlines() if line.startswith(f"│ {name} ")), "")
        assert "healthy" in row and "unhealthy" not in row, f"{name} not healthy in:\n{table}"
        assert stack["pids"][name] is not None
    assert (stack["root"] / "logs" / "worker-1.log").is_file()
    status = _cli(stack["env"], "stack", "status", timeout=60)
    assert status.returncode == 0 and status.stdout.count("healthy") == len(SERVICES), status.stdout
    again = _cli(stack["env"], "stack", "up", timeout=120)  # a second `up` starts nothing new
    assert again.returncode == 0 and "already running" in again.stdout, again.stdout + again.stderr
    assert {n: PidFile(Layout(stack["root"]).pid(n)).live_pid() for n in SERVICES} == stack["pids"]


def test_load_through_http_ingest_reaches_the_warehouse_metrics_and_pages(stack: dict[str, Any]) -> None:
    now_ms = time.time_ns() // 1_000_000
    events = list(interleave_events(generate_calls(CALLS, seed=21, start_ms=now_ms - 3_600_000)))
    for start in range(0, len(events), 500):
        body = b"\n".join(orjson.dumps(e) for e in events[start : start + 500])
        request = urllib.request.Request(
            f"http://127.0.0.1:{stack['ports']['ingest']}/v1/events", data=body, method="POST",
            headers={"Content-Type": "application/x-ndjson"},
        )  # fmt: skip
        with urllib.request.urlopen(request, timeout=30) as reply:
            assert reply.status == 202
    sids = sorted({e["call_sid"] for e in events})

    client = connect(f"http://127.0.0.1:{stack['ports']['warehouse']}")

    def stored(sql: str) -> int:
        return int(client.query(sql).result_rows[0][0])

    _wait("every event stored", lambda: stored("SELECT count() FROM callpulse.events FINAL") == len(events))
    _wait("every call ended", lambda: stored("SELECT countIf(ended) FROM callpulse.calls FINAL") == CALLS)
    assert stored("SELECT count() FROM callpulse.turn_metrics FINAL") > CALLS
    assert stored("SELECT sum(calls_ended) FROM callpulse.kpi_minute_v") == CALLS
    stored_sids = [
        r[0] for r in client.query("SELECT call_sid FROM callpulse.calls FINAL ORDER BY 1").result_rows
    ]
    assert stored_sids == sids

    prom = stack["ports"]["prom"]
    _wait(
        "Prometheus scraping both workers",
        lambda: _prometheus(prom, 'count(up{job="callpulse-worker"} == 1)') == 2,
    )
    _wait(
        "the workers' consumed-events counters scraped",
        lambda: (_prometheus(prom, "sum(callpulse_worker_events_consumed_total)") or 0) >= len(events),
    )
    per_worker = _prometheus(prom, "count(callpulse_worker_events_consumed_total > 0)")
    assert per_worker == 2, "both workers of the group should have taken partitions"

    api = f"http://127.0.0.1:{stack['ports']['api']}"
    assert _get(f"{api}/healthz")[0] == 200
    assert _get(f"{api}/readyz")[0] == 200, "the API cannot read the warehouse through the server"
    login_status, login_page = _get(f"{api}/login")
    assert login_status == 200 and b"<form" in login_page
    warehouse_env = {
        **stack["env"],
        "CALLPULSE_WAREHOUSE_DSN": f"http://127.0.0.1:{stack['ports']['warehouse']}",
    }
    keys = _cli(warehouse_env, "keys", "create", "--role", "analyst", "--name", "stack-test", timeout=120)
    key = re.search(r"cpk_\S+", keys.stdout)
    assert key, keys.stdout + keys.stderr
    page_status, page = _get(f"{api}/calls/{sids[0]}", {"X-API-Key": key.group(0)})
    assert page_status == 200 and sids[0].encode() in page


def test_a_page_through_alertmanager_lands_in_the_alert_history(stack: dict[str, Any]) -> None:
    name = f"StackTestPage{int(time.time())}"
    alert = [{"labels": {"alertname": name, "severity": "page", "workflow": "billing"},
              "annotations": {"summary": "stack test"}}]  # fmt: skip
    request = urllib.request.Request(
        f"http://127.0.0.1:{stack['ports']['am']}/api/v2/alerts", data=orjson.dumps(alert), method="POST",
        headers={"Content-Type": "application/json"},
    )  # fmt: skip
    with urllib.request.urlopen(request, timeout=10) as reply:
        assert reply.status == 200
    client = connect(f"http://127.0.0.1:{stack['ports']['warehouse']}")
    count = "SELECT count() FROM callpulse.alerts FINAL WHERE labels['alertname'] = {n:String}"
    _wait(
        "Alertmanager's notification stored by the API (page route: group_wait 10 s)",
        lambda: int(client.query(count, parameters={"n": name}).result_rows[0][0]) > 0,
        timeout_s=90,
    )


def test_a_killed_service_is_started_again_and_counted_in_status(stack: dict[str, Any]) -> None:
    """Issue 14, finding 7: a service the kernel (or anyone) kills comes back, and `stack status` says so."""
    layout = Layout(stack["root"])
    killed = PidFile(layout.pid("detector")).live_pid()
    assert killed is not None
    os.kill(killed, signal.SIGKILL)

    def restarted() -> bool:
        pid = PidFile(layout.pid("detector")).live_pid()
        return pid is not None and pid != killed

    _wait("the supervisor to start the detector again", restarted, timeout_s=60)
    shown: list[str] = []

    def status_shows_it() -> bool:  # healthy once it has run 3 s (its check), with one restart counted
        shown[:] = [_cli(stack["env"], "stack", "status", timeout=60).stdout]
        row = next((line for line in shown[0].splitlines() if line.startswith("│ detector ")), "")
        return [cell.strip() for cell in row.split("│")[1:-1]][3:5] == ["healthy", "1"]

    _wait("`stack status` to show the detector healthy after 1 restart", status_shows_it, timeout_s=60)
    assert "supervisor: running" in shown[0]
