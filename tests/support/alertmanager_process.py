"""Debian's Alertmanager (`prometheus-alertmanager`, installed by `make promtool`) as a subprocess of the
test: a given config, a free loopback port, no cluster, its storage and log under a tmp dir."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from devstack.kafka_broker import free_port

BINARY = "prometheus-alertmanager"
CONFIGS = Path(__file__).resolve().parents[2] / "deploy" / "alertmanager"

needs_alertmanager = pytest.mark.skipif(shutil.which(BINARY) is None, reason="`make promtool` installs it")


def shipped_config(name: str) -> dict[str, Any]:
    """A routing config of ``deploy/alertmanager`` (e.g. ``alertmanager.yml``), for a test to adapt."""
    config: dict[str, Any] = yaml.safe_load((CONFIGS / name).read_text())
    return config


@contextmanager
def running_alertmanager(config: dict[str, Any], root: Path, timeout_s: float = 30) -> Iterator[str]:
    """Alertmanager with ``config`` on 127.0.0.1; yields its URL once ``/-/ready`` answers, stops it after.

    ``root`` (a tmp dir) holds the config file (``am.yml``), the storage (``data/``) and the log."""
    config_file, storage, log = root / "am.yml", root / "data", root / "alertmanager.log"
    config_file.write_text(yaml.safe_dump(config))
    storage.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{free_port()}"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [BINARY, f"--config.file={config_file}", f"--storage.path={storage}",
             f"--web.listen-address={url.removeprefix('http://')}", "--cluster.listen-address="],
            stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + timeout_s
        while not _ready(url):
            assert process.poll() is None, f"alertmanager exited: {log.read_text()[-2000:]}"
            assert time.monotonic() < deadline, f"alertmanager did not start: {log.read_text()[-2000:]}"
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _ready(url: str) -> bool:
    try:
        return httpx.get(f"{url}/-/ready", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False
