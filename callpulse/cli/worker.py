"""``callpulse worker``: one faust worker per process, consuming turn events from Kafka into the warehouse
(the parts are wired by ``callpulse.compose.worker``)."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from typing import Any

from callpulse.settings import Settings

log = logging.getLogger("callpulse.worker")


def register(commands: Any) -> None:
    worker = commands.add_parser(
        "worker",
        help="consume turn events from Kafka into the warehouse (faust)",
        description="Consume CALLPULSE_KAFKA_TOPIC as one member of CALLPULSE_KAFKA_GROUP_ID, run every "
        "event through the pipeline into the warehouse and commit offsets only after the write; stops "
        "on SIGTERM/SIGINT within CALLPULSE_SHUTDOWN_TIMEOUT_S.",
    )
    worker.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from callpulse.settings import get_settings

    return run_worker(get_settings())


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
