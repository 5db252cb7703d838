"""What the local stack needs to know, as one frozen value: ports, bounds and where its files go.

``callpulse.compose.stack_config`` builds it from the settings; the stack's code never reads settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class StackConfig:
    """Ports, timeouts and the stack's directory (the "Stack" block of ``callpulse/settings.py``)."""

    stack_dir: Path
    kafka_dev_port: int
    kafka_controller_port: int
    warehouse_server_port: int
    alertmanager_port: int
    prometheus_port: int
    api_port: int
    agent_port: int
    http_ingest_port: int
    worker_metrics_port: int
    workers: int
    scrape_interval_s: int
    start_timeout_s: float
    stop_timeout_s: float
    restart_backoff_s: float
    restart_backoff_max_s: float
    agent_signs: bool
    """Whether the agent validates Twilio signatures (an auth token is set); off on loopback otherwise."""
