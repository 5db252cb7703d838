"""`callpulse stack up|down|status|supervise`: start the plan's services in order, each after the one
before it passed its health check, then the supervisor that restarts a service that dies; stop the
supervisor, then the services in reverse; print one table of what runs where and how often it restarted."""

from __future__ import annotations

import dataclasses
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from devstack.errors import DevstackError
from devstack.stack import configs
from devstack.stack.config import StackConfig
from devstack.stack.errors import StackError
from devstack.stack.health import healthy, wait_healthy
from devstack.stack.launch import launch
from devstack.stack.processes import PidFile, spawn, start_ticks, stop, tail
from devstack.stack.services import Check, Layout, Service, plan
from devstack.stack.supervisor import Stop, Supervisor, restart_counts, restarts_file

SUPERVISOR = "supervisor"


@dataclass(frozen=True, slots=True)
class StackHooks:
    """What must exist before the next services start, done by the caller (it knows the settings):
    ``create_topics(bootstrap)`` once Kafka answers, ``migrate(warehouse_url)`` once the warehouse does."""

    create_topics: Callable[[str], None]
    migrate: Callable[[str], None]


console = Console()


def up(config: StackConfig, hooks: StackHooks) -> int:
    layout = Layout(config.stack_dir.resolve())
    services = plan(config, layout, with_api=True)
    running = [s.name for s in services if PidFile(layout.pid(s.name)).live_pid()]
    if running:
        console.print(f"the stack is already running ({', '.join(running)}); `callpulse stack down` first")
        if PidFile(layout.pid(SUPERVISOR)).live_pid() is None and _saved(layout):
            _start_supervisor(layout)  # it had died: without it a service that dies stays down
            console.print("supervisor: was not running; started it again")
        _print_table(layout, _saved(layout) or services)
        return 0
    _refuse_busy_ports(services)
    _write_configs(config, layout, services)
    _save(layout, services)
    restarts_file(layout).unlink(missing_ok=True)
    started: list[Service] = []
    try:
        for service in services:
            began = time.monotonic()
            _start(service, config, layout, started, hooks, with_api=any(s.name == "api" for s in services))
            console.print(f"{service.name}: healthy after {time.monotonic() - began:.1f} s")
    except DevstackError as err:
        console.print(f"[red]stack up failed: {err}[/red]")
        _stop_all(layout, started, config.stop_timeout_s)
        return 1
    _start_supervisor(layout)
    _print_table(layout, services)
    console.print(f"logs: {layout.logs}/<service>.log; stop with `callpulse stack down`")
    dsn = f"CALLPULSE_WAREHOUSE_DSN=http://127.0.0.1:{config.warehouse_server_port}"
    console.print(
        f"pages: http://127.0.0.1:{config.api_port}/ (a key: `{dsn} callpulse keys create --role admin "
        f'--name me`); SQL: `{dsn} callpulse query "SELECT count() FROM calls FINAL"`'
    )
    return 0


def down(config: StackConfig) -> int:
    layout = Layout(config.stack_dir.resolve())
    services = _saved(layout) or plan(config, layout, with_api=True)
    _stop_supervisor(layout, config.stop_timeout_s)  # first: it would restart what is stopped
    if not any(PidFile(layout.pid(s.name)).live_pid() for s in services):
        for service in services:
            PidFile(layout.pid(service.name)).remove()
        console.print("the stack is not running")
        return 0
    _stop_all(layout, services, config.stop_timeout_s)
    return 0


def status(config: StackConfig) -> int:
    layout = Layout(config.stack_dir.resolve())
    services = _saved(layout)
    if not services:
        console.print(f"no stack was started from {layout.root}; run `callpulse stack up`")
        return 1
    unhealthy = _print_table(layout, services)
    return 1 if unhealthy else 0


def supervise(config: StackConfig, stop: Stop) -> int:
    """`callpulse stack supervise` (started by `stack up`): restart the saved plan's services when they
    die, until ``stop`` is set (SIGTERM/SIGINT)."""
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    layout = Layout(config.stack_dir.resolve())
    names = {s.name for s in _saved(layout)}
    services = [s for s in plan(config, layout, with_api=True) if s.name in names]
    supervisor = Supervisor(
        services,
        layout,
        lambda service: launch(service, config, layout),
        backoff_s=config.restart_backoff_s,
        backoff_max_s=config.restart_backoff_max_s,
    )
    supervisor.run(stop)
    return 0


def _start_supervisor(layout: Layout) -> None:
    command = [sys.executable, "-m", "callpulse", "stack", "supervise"]
    process = spawn(command, dict(os.environ), layout.log(SUPERVISOR), Path.cwd())
    PidFile(layout.pid(SUPERVISOR)).write(process.pid)


def _stop_supervisor(layout: Layout, timeout_s: float) -> None:
    pid_file = PidFile(layout.pid(SUPERVISOR))
    pid = pid_file.live_pid()
    if pid is not None:
        console.print(f"{SUPERVISOR}: {stop(pid, timeout_s)} (pid {pid})")
    pid_file.remove()


def _start(
    service: Service,
    config: StackConfig,
    layout: Layout,
    started: list[Service],
    hooks: StackHooks,
    *,
    with_api: bool,
) -> None:
    """Start ``service`` (added to ``started`` at once, so a failure stops it too) and wait for its check."""
    log = layout.log(service.name)
    process = launch(service, config, layout)
    started.append(service)
    if not wait_healthy(service.check, lambda: process.poll() is None, config.start_timeout_s):
        state = (
            f"exited with {process.returncode}" if process.poll() is not None else "did not pass its check"
        )
        raise StackError(
            f"{service.name} {state} ({_describe(service.check)}); last lines of {log}:\n{tail(log)}"
        )
    _after_start(service, layout, hooks, with_api=with_api)


def _alertmanager_key(layout: Layout) -> Path:
    """Where Alertmanager reads its API key (an ``alertmanager`` role key, made once the warehouse is up)."""
    return layout.config / "alertmanager-api-key"


def _after_start(service: Service, layout: Layout, hooks: StackHooks, *, with_api: bool) -> None:
    """What must exist before the next services start: the topics, then the schema (and, when the API
    runs, Alertmanager's key to post notifications to it)."""
    if service.name == "kafka":
        hooks.create_topics(service.check.target)
    elif service.name == "warehouse":
        hooks.migrate(service.url)
        if with_api:
            _create_alertmanager_key(service.url, _alertmanager_key(layout))


def _create_alertmanager_key(warehouse_url: str, path: Path) -> None:
    """A key of role ``alertmanager`` in the stack's warehouse, written to ``path`` (kept across restarts)."""
    if path.is_file() and path.read_text().startswith("cpk_"):
        return
    command = [sys.executable, "-m", "callpulse", "keys", "create", "--role", "alertmanager"]
    result = subprocess.run(
        [*command, "--name", "stack-alertmanager"],
        env={**os.environ, "CALLPULSE_WAREHOUSE_DSN": warehouse_url},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    key = next((word for word in result.stdout.split() if word.startswith("cpk_")), None)
    if result.returncode != 0 or key is None:
        raise StackError(
            f"could not create Alertmanager's API key: {(result.stderr or result.stdout)[-500:]}"
        )
    path.touch(mode=0o600)
    path.write_text(key)


def _stop_all(layout: Layout, services: list[Service], timeout_s: float) -> None:
    for service in reversed(services):
        pid_file = PidFile(layout.pid(service.name))
        pid = pid_file.live_pid()
        if pid is not None:
            outcome = stop(pid, timeout_s)
            console.print(f"{service.name}: {outcome} (pid {pid})")
        pid_file.remove()


def _refuse_busy_ports(services: list[Service]) -> None:
    for service in services:
        if service.port is not None and not _port_free(service.port):
            raise StackError(
                f"port {service.port} for {service.name} is taken by another process; stop it or choose "
                "another port (CALLPULSE_*_PORT, see the Stack block of callpulse/config.py)"
            )


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _write_configs(config: StackConfig, layout: Layout, services: list[Service]) -> None:
    layout.config.mkdir(parents=True, exist_ok=True)
    jobs: dict[str, list[str]] = {"callpulse-worker": [], "callpulse-http-ingest": [], "callpulse-api": []}
    for service in services:
        target = f"127.0.0.1:{service.port}"
        if service.name.startswith("worker-"):
            jobs["callpulse-worker"].append(target)
        elif service.name in ("http-ingest", "api"):
            jobs[f"callpulse-{service.name}"].append(target)
    jobs = {name: targets for name, targets in jobs.items() if targets}
    (layout.config / "prometheus.yml").write_text(
        configs.prometheus_config(
            configs.PROMETHEUS_YML.read_text(),
            jobs=jobs,
            alertmanager=f"127.0.0.1:{config.alertmanager_port}",
            scrape_interval_s=config.scrape_interval_s,
        )
    )
    with_api = any(service.name == "api" for service in services)
    (layout.config / "alertmanager.yml").write_text(
        configs.alertmanager_config(
            configs.ALERTMANAGER_YML.read_text(),
            api_base_url=f"http://127.0.0.1:{config.api_port}",
            api_key_file=_alertmanager_key(layout) if with_api else None,
        )
    )


def _save(layout: Layout, services: list[Service]) -> None:
    layout.root.mkdir(parents=True, exist_ok=True)
    saved = [{k: v for k, v in dataclasses.asdict(s).items() if k != "env"} for s in services]
    layout.state.write_text(json.dumps({"services": saved}, indent=1))


def _saved(layout: Layout) -> list[Service]:
    try:
        rows = json.loads(layout.state.read_text())["services"]
    except (OSError, ValueError, KeyError):
        return []
    return [Service(r["name"], tuple(r["argv"]), Check(**r["check"]), r["port"], r["url"]) for r in rows]


def _print_table(layout: Layout, services: list[Service]) -> int:
    """The status table; returns how many services are not healthy."""
    table = Table("service", "pid", "port", "health", "restarts", "URL")
    restarts = restart_counts(layout)
    unhealthy = 0
    for service in services:
        pid = PidFile(layout.pid(service.name)).live_pid()
        age = _age_s(pid) if pid is not None else 0.0
        if pid is None:
            health = "[red]stopped[/red]"
        elif healthy(service.check, alive=True, age_s=age):
            health = "[green]healthy[/green]"
        else:
            health = "[yellow]unhealthy[/yellow]"
        unhealthy += "healthy[" not in health
        port = "" if service.port is None else str(service.port)
        count = str(restarts.get(service.name, 0))
        table.add_row(service.name, "" if pid is None else str(pid), port, health, count, service.url)
    console.print(table)
    supervisor = PidFile(layout.pid(SUPERVISOR)).live_pid()
    console.print(
        f"supervisor: running (pid {supervisor}), starts a service again when it dies"
        if supervisor is not None
        else "[yellow]supervisor: not running; a service that dies stays down[/yellow]"
    )
    return unhealthy


def _age_s(pid: int) -> float:
    ticks = start_ticks(pid)
    if ticks is None:
        return 0.0
    uptime_s = float(Path("/proc/uptime").read_text().split()[0])
    return uptime_s - ticks / os.sysconf("SC_CLK_TCK")


def _describe(check: Check) -> str:
    if check.kind == "alive":
        return f"must keep running for {check.seconds:.0f} s"
    return f"{check.kind} check on {check.target}"
