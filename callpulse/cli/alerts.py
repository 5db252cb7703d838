"""`callpulse detect`: the anomaly detector over the warehouse, posting to Alertmanager."""

from __future__ import annotations

import argparse
import time
from typing import Any

from callpulse.cli.args import add_command, seconds


def register(commands: Any) -> None:
    detect = add_command(commands, "detect", run_detect)
    detect.add_argument("--once", action="store_true", help="run one tick and exit (for cron or a check)")
    detect.add_argument("--interval", type=seconds, default=None, help="seconds between ticks (default 30)")
    detect.add_argument(
        "--print-only", action="store_true", help="print findings, post nothing (no Alertmanager needed)"
    )


def run_detect(args: argparse.Namespace) -> int:
    """watch the per-minute KPIs for anomalies and page through Alertmanager

    Every interval, compare each workflow's last minutes with its baseline and post what fires to
    CALLPULSE_DETECTOR_ALERTMANAGER_URL, with transcript links; stops on SIGTERM/SIGINT.

    ``callpulse detect``: a tick every interval until SIGTERM/SIGINT. A stop signal is only looked at
    between ticks: a tick in progress finishes (its queries are bounded by the warehouse limits), so its
    posts to Alertmanager and its rows in ``alerts`` go out together or not at all; then exit 0."""
    from alerts.detector.alertmanager import AlertmanagerClient
    from alerts.detector.detector import Detector
    from alerts.detector.errors import AlertmanagerError
    from callpulse import compose
    from callpulse.cli.draining import StopSignal
    from callpulse.settings import get_settings

    stop = StopSignal().install()
    settings = get_settings()
    client = compose.open_warehouse(settings)
    client.set_client_setting("max_execution_time", str(max(1, round(settings.api_query_timeout_s))))
    config = compose.detector_config(settings, interval_s=args.interval)
    url = "" if args.print_only else settings.detector_alertmanager_url
    poster = AlertmanagerClient(url) if url else None
    detector = Detector(client, settings.database, config, poster)
    print(f"callpulse detect: a tick every {config.interval_s:g} s", flush=True)
    ticks = 0
    while not stop.is_set():
        try:
            report = detector.tick(int(time.time() * 1000))
        except AlertmanagerError as err:  # the next tick re-posts everything still firing
            print(f"callpulse detect: {err}", flush=True)
        else:
            for incident in report.transitions.opened:
                print(f"PAGE {incident.labels} {incident.annotations.get('summary', '')}")
                for link in incident.annotations.get("transcripts", "").splitlines():
                    print(f"     {link}")
            for incident in report.transitions.resolved:
                print(f"RESOLVED {incident.labels}")
        ticks += 1
        if args.once or stop.wait(config.interval_s):
            break
    why = f" on {stop.name}" if stop.name else ""
    print(f"callpulse detect: stopped{why} after {ticks:,} whole tick(s)", flush=True)
    client.close()
    return 0
