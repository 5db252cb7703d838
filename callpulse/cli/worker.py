"""``callpulse worker``: one faust worker per process, consuming turn events from Kafka into the warehouse
(the parts are wired by ``callpulse.compose.worker``); ``--processes N`` runs N of them, one consumer
group, under one parent that forwards SIGTERM/SIGINT to each and waits for every one to drain."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from typing import Any

from callpulse.cli.args import add_command
from callpulse.settings import Settings

log = logging.getLogger("callpulse.worker")


def register(commands: Any) -> None:
    worker = add_command(commands, "worker", run)
    worker.add_argument(
        "--processes",
        type=int,
        default=1,
        metavar="N",
        help="run N worker processes in the one consumer group (a Python process uses about one core; "
        "each gets its own partitions, CALLPULSE_WORKER_METRICS_PORT + i and CALLPULSE_DATA_DIR/worker-i). "
        "Needs a warehouse server (CALLPULSE_WAREHOUSE_DSN=http(s)://...): the embedded one allows one "
        "process",
    )


def run(args: argparse.Namespace) -> int:
    """consume turn events from Kafka into the warehouse (faust)

    Consume CALLPULSE_KAFKA_TOPIC as one member of CALLPULSE_KAFKA_GROUP_ID, run every event through the
    pipeline into the warehouse and commit offsets only after the write; stops on SIGTERM/SIGINT within
    CALLPULSE_SHUTDOWN_TIMEOUT_S."""
    from callpulse.settings import get_settings

    settings = get_settings()
    if args.processes < 1:
        print("callpulse worker: --processes must be at least 1", file=sys.stderr)
        return 2
    if args.processes == 1:
        return run_worker(settings)
    if settings.resolved_warehouse_dsn.startswith("chdb://"):
        print(
            "callpulse worker: --processes needs a warehouse server (CALLPULSE_WAREHOUSE_DSN=http(s)://...): "
            "the embedded warehouse can be opened by one process only",
            file=sys.stderr,
        )
        return 2
    command = [sys.executable, "-m", "callpulse.cli", "worker"]
    envs = [child_env(os.environ, settings, index) for index in range(args.processes)]
    return supervise(command, envs, settings.shutdown_timeout_s)


def child_env(base: Mapping[str, str], settings: Settings, index: int) -> dict[str, str]:
    """Worker ``index``'s environment: the parent's, with its own /metrics port (the next one after the
    previous worker's, as ``callpulse stack`` numbers them; 0 stays 0) and its own faust directory."""
    port = settings.worker_metrics_port + index if settings.worker_metrics_port else 0
    return {
        **base,
        "CALLPULSE_WORKER_METRICS_PORT": str(port),
        "CALLPULSE_DATA_DIR": str(settings.data_dir / f"worker-{index + 1}"),
    }


def supervise(command: Sequence[str], envs: Sequence[Mapping[str, str]], shutdown_timeout_s: float) -> int:
    """Run one child per environment until a stop signal or until one exits, then stop them all.

    SIGTERM/SIGINT to the parent is forwarded to every child, each drains (``run_worker``), and the
    parent waits for all of them (``shutdown_timeout_s`` + 5 s at most, then kills what is left).
    A child that exits by itself stops the others the same way (a worker that died left its
    partitions to a group that is now smaller than asked for; the supervisor above restarts the
    whole). Returns 0 only when the parent was stopped and every child exited 0; else the first
    failing child's code (128 + signal for a child killed by a signal; 1 for one that exited 0 unasked)."""
    from callpulse.cli.draining import StopSignal

    stop = StopSignal().install()
    children = [subprocess.Popen(list(command), env=dict(env)) for env in envs]
    stopping: int | None = None  # the signal forwarded to the children
    deadline = float("inf")
    failure = 0
    while any(child.poll() is None for child in children):
        if stop.is_set() and stopping is None:
            stopping = getattr(signal, stop.name)
        for index, child in enumerate(children):
            code = child.poll()
            if code is None or failure or stopping is not None:
                continue
            failure = _exit_code(code) or 1
            print(f"callpulse worker: process {index + 1} of {len(children)} exited with {code}; "
                  "stopping the others", file=sys.stderr, flush=True)  # fmt: skip
            stopping = signal.SIGTERM
        if stopping is not None and deadline == float("inf"):
            deadline = time.monotonic() + shutdown_timeout_s + 5
            for child in children:
                if child.poll() is None:
                    child.send_signal(stopping)
        if time.monotonic() > deadline:
            for child in children:
                if child.poll() is None:
                    child.kill()
            failure = failure or 1
        stop.wait(0.1)
    for child in children:
        code = child.wait()
        if stopping is not None and code in (-signal.SIGTERM, -signal.SIGINT):
            code = 0  # stopped before its own handlers were installed: it had consumed nothing yet
        failure = failure or _exit_code(code)
    if not failure and not stop.is_set():
        failure = 1
    return failure


def _exit_code(code: int) -> int:
    return 128 - code if code < 0 else code


def _overdue(timeout_s: float) -> None:
    """The drain bound passed: exit now (1); nothing uncommitted is lost, the next owner re-reads it."""
    print(
        f"callpulse worker: did not stop within {timeout_s:g} s (CALLPULSE_SHUTDOWN_TIMEOUT_S); "
        "exiting; what was not committed will be re-read",
        file=sys.stderr,
        flush=True,
    )
    os._exit(1)


def run_worker(settings: Settings) -> int:
    """Run one faust worker until SIGTERM/SIGINT, then drain (``stream.kafka.app``) and exit 0 within
    ``shutdown_timeout_s``; exit 3 when the pipeline stops it (e.g. invalid ratio).

    A stop signal that comes while the worker is still starting (opening the warehouse, joining the
    group) is held until faust's own handlers are installed and then acted on, so a worker stopped
    during startup also exits 0 instead of dying of the signal (exit -15)."""
    from callpulse.cli.draining import StopSignal

    early = StopSignal().install()
    import faust

    class Worker(faust.Worker):
        """faust's worker, with a watchdog from the first stop signal to ``shutdown_timeout_s``."""

        def install_signal_handlers(self) -> None:
            super().install_signal_handlers()
            if early.is_set():  # came before faust listened: stop now, the same graceful way
                self._schedule_shutdown(getattr(signal, early.name))

        def _schedule_shutdown(self, signal: Any) -> None:
            if not self._signal_stop_time:
                timer = threading.Timer(settings.shutdown_timeout_s, _overdue, (settings.shutdown_timeout_s,))
                timer.daemon = True
                timer.start()
            super()._schedule_shutdown(signal)

    from prometheus_client import start_http_server

    from callpulse import compose

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    client = compose.open_warehouse(settings)
    compose.tune_gc_for_streaming()
    parts = compose.worker(settings, client)
    if settings.worker_metrics_port:
        start_http_server(settings.worker_metrics_port, addr="0.0.0.0", registry=parts.registry)
    worker = Worker(parts.app, loglevel="WARNING", quiet=True, redirect_stdouts=False)
    try:
        worker.execute_from_commandline()
    except SystemExit:
        pass
    finally:
        parts.close()
    if parts.fatal:
        from callpulse.cli.explain import explain

        print(f"callpulse worker: stopped: {explain(parts.fatal[0])}", file=sys.stderr)
        return 3
    return 0
