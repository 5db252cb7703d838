"""`callpulse kafka topics|status` against a cluster that does not answer: one line saying what to check,
exit code 2, no traceback and no password (here: a bootstrap address nothing listens on, 1 s timeout)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import pytest
from settings_env import settings_env

from callpulse.cli import main
from devstack.kafka_broker import free_port


@pytest.fixture
def dead_cluster(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    bootstrap = f"127.0.0.1:{free_port()}"
    env = {
        "CALLPULSE_KAFKA_BOOTSTRAP": bootstrap,
        "CALLPULSE_KAFKA_ADMIN_TIMEOUT_S": "1",
        "CALLPULSE_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
        "CALLPULSE_KAFKA_SASL_USERNAME": "callpulse-admin",
        "CALLPULSE_KAFKA_SASL_PASSWORD": "never-printed-42",
    }
    kafka_logger = logging.getLogger("kafka")
    level = kafka_logger.level
    with settings_env(monkeypatch, env):
        yield bootstrap
    kafka_logger.setLevel(level)


@pytest.mark.parametrize("action", ["topics", "status"])
def test_an_unreachable_cluster_is_one_line_and_exit_2(
    action: str, dead_cluster: str, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.monotonic()
    code = main(["kafka", action])
    elapsed = time.monotonic() - started
    out, err = capsys.readouterr()
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    [line] = lines
    assert line.startswith(f"callpulse kafka: cannot reach Kafka at {dead_cluster} ")
    assert "SCRAM-SHA-512 as callpulse-admin" in line
    assert "CALLPULSE_KAFKA_BOOTSTRAP" in line and "username/password" in line
    assert "never-printed-42" not in out + err
    assert "Traceback" not in err
    assert elapsed < 10, f"took {elapsed:.1f} s with a 1 s timeout"
