"""What `callpulse stack up` runs, as data: every service's command, environment, port, health check and
URL, in dependency order. Pure: a ``StackConfig`` in, a plan out (nothing is started or read here)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from devstack.stack.config import StackConfig

REPO_ROOT = Path(__file__).resolve().parents[2]
PROMETHEUS_BIN = "/usr/bin/prometheus"
ALERTMANAGER_BIN = "/usr/bin/prometheus-alertmanager"


@dataclass(frozen=True, slots=True)
class Check:
    """How to tell a service is healthy: ``http`` GET answers 2xx, ``kafka`` answers metadata requests,
    ``alive`` the process still runs ``seconds`` after it started (a service without a port)."""

    kind: Literal["http", "kafka", "alive"]
    target: str = ""
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class Service:
    """One process of the stack."""

    name: str
    argv: tuple[str, ...]
    check: Check
    port: int | None = None
    url: str = ""
    env: dict[str, str] = field(default_factory=dict)
    """CALLPULSE_* overrides on top of the caller's environment."""


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the stack keeps its files: ``<stack_dir>/logs/<service>.log``, ``pids/``, data, configs."""

    root: Path

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def pids(self) -> Path:
        return self.root / "pids"

    @property
    def config(self) -> Path:
        return self.root / "config"

    @property
    def state(self) -> Path:
        return self.root / "stack.json"

    def data(self, service: str) -> Path:
        return self.root / "data" / service

    def log(self, service: str) -> Path:
        return self.logs / f"{service}.log"

    def pid(self, service: str) -> Path:
        return self.pids / f"{service}.pid"


def worker_metrics_ports(config: StackConfig) -> list[int]:
    """One /metrics port per worker: ``worker_metrics_port``, the next one, and so on."""
    return [config.worker_metrics_port + i for i in range(config.workers)]


def plan(
    config: StackConfig, layout: Layout, *, with_api: bool, python: str = sys.executable
) -> list[Service]:
    """The services in the order they start (each one's dependencies come before it)."""
    loopback = "127.0.0.1"
    warehouse_url = f"http://{loopback}:{config.warehouse_server_port}"
    alertmanager_url = f"http://{loopback}:{config.alertmanager_port}"
    api_url = f"http://{loopback}:{config.api_port}"
    shared = {
        "CALLPULSE_KAFKA_BOOTSTRAP": f"{loopback}:{config.kafka_dev_port}",
        "CALLPULSE_WAREHOUSE_DSN": warehouse_url,
        "CALLPULSE_DETECTOR_ALERTMANAGER_URL": alertmanager_url,
        "CALLPULSE_DETECTOR_API_BASE_URL": api_url,
        "CALLPULSE_API_PORT": str(config.api_port),
        "CALLPULSE_AGENT_PORT": str(config.agent_port),
    }

    def cli(
        name: str, args: tuple[str, ...], check: Check, port: int | None, url: str, **env: str
    ) -> Service:
        argv = (python, "-m", "callpulse", *args)
        return Service(
            name, argv, check, port, url, {**shared, "CALLPULSE_DATA_DIR": str(layout.data(name)), **env}
        )

    prometheus_url = f"http://{loopback}:{config.prometheus_port}"
    services = [
        Service(
            "kafka", ("kafka.Kafka",), Check("kafka", f"{loopback}:{config.kafka_dev_port}"),
            config.kafka_dev_port, f"{loopback}:{config.kafka_dev_port}",
        ),
        cli(
            "warehouse",
            ("warehouse", "serve", "--host", loopback, "--port", str(config.warehouse_server_port),
             "--path", str(layout.data("warehouse"))),
            Check("http", f"{warehouse_url}/ping"), config.warehouse_server_port, warehouse_url,
        ),
        Service(
            "alertmanager",
            (
                ALERTMANAGER_BIN, f"--config.file={layout.config / 'alertmanager.yml'}",
                f"--storage.path={layout.data('alertmanager')}",
                f"--web.listen-address={loopback}:{config.alertmanager_port}",
                "--cluster.listen-address=",
            ),
            Check("http", f"{alertmanager_url}/-/ready"), config.alertmanager_port, alertmanager_url,
        ),
        Service(
            "prometheus",
            (
                PROMETHEUS_BIN, f"--config.file={layout.config / 'prometheus.yml'}",
                f"--storage.tsdb.path={layout.data('prometheus')}",
                f"--web.listen-address={loopback}:{config.prometheus_port}",
            ),
            Check("http", f"{prometheus_url}/-/ready"), config.prometheus_port, prometheus_url,
        ),
    ]  # fmt: skip
    for index, port in enumerate(worker_metrics_ports(config), 1):
        metrics = f"http://{loopback}:{port}/metrics"
        services.append(
            cli(f"worker-{index}", ("worker",), Check("http", metrics), port, metrics,
                CALLPULSE_WORKER_METRICS_PORT=str(port))
        )  # fmt: skip
    ingest_url = f"http://{loopback}:{config.http_ingest_port}"
    services.append(
        cli(
            "http-ingest", ("http-ingest",), Check("http", f"{ingest_url}/healthz"),
            config.http_ingest_port, f"{ingest_url}/v1/events",
            CALLPULSE_HTTP_INGEST_HOST=loopback, CALLPULSE_HTTP_INGEST_PORT=str(config.http_ingest_port),
        )
    )  # fmt: skip
    if with_api:
        services.append(
            cli("api", ("api",), Check("http", f"{api_url}/healthz"), config.api_port, api_url,
                CALLPULSE_API_HOST=loopback)
        )  # fmt: skip
    services.append(cli("detector", ("detect",), Check("alive", seconds=3.0), None, ""))
    agent_url = f"http://{loopback}:{config.agent_port}"
    agent_env = {"CALLPULSE_AGENT_EMITTER": "kafka", "CALLPULSE_AGENT_HOST": loopback}
    if not config.agent_signs:
        agent_env["CALLPULSE_AGENT_VALIDATE_SIGNATURES"] = "false"  # loopback only; set the token for Twilio
    services.append(
        cli("agent", ("agent", "serve"), Check("http", f"{agent_url}/healthz"), config.agent_port,
            f"ws://{loopback}:{config.agent_port}/ws", **agent_env)
    )  # fmt: skip
    return services
