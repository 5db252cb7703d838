"""A service that fails to start: `stack up` says which, shows the end of its log, and stops the
services it had already started, leaving nothing running."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from settings_env import settings_env

from callpulse.compose import stack_config, stack_hooks
from callpulse.settings import get_settings
from devstack.stack import commands
from devstack.stack.processes import PidFile
from devstack.stack.services import Check, Layout, Service


@pytest.fixture
def stack_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    env = {"CALLPULSE_STACK_DIR": str(tmp_path), "CALLPULSE_STACK_START_TIMEOUT_S": "10"}
    with settings_env(monkeypatch, env):
        yield tmp_path


def test_a_crashing_service_stops_the_ones_before_it(
    stack_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sleeper = Service(
        "sleeper", (sys.executable, "-c", "import time; time.sleep(60)"), Check("alive", seconds=0.5)
    )
    crasher = Service(
        "crasher",
        (sys.executable, "-c", "import sys; print('cannot bind: address in use'); sys.exit(3)"),
        Check("alive", seconds=5),
    )
    never = Service("never", (sys.executable, "-c", "pass"), Check("alive", seconds=0.1))
    monkeypatch.setattr(commands, "plan", lambda *a, **k: [sleeper, crasher, never])
    monkeypatch.setattr(commands, "_write_configs", lambda *a: None)

    assert commands.up(stack_config(get_settings()), stack_hooks(get_settings())) == 1

    out = capsys.readouterr().out
    assert "crasher exited with 3" in out
    assert "cannot bind: address in use" in out  # the tail of its log
    assert "sleeper: stopped" in out
    layout = Layout(stack_dir)
    assert PidFile(layout.pid("sleeper")).live_pid() is None
    assert not layout.pid("never").exists()
    assert commands.down(stack_config(get_settings())) == 0
    assert "not running" in capsys.readouterr().out


def test_a_busy_port_is_refused_before_anything_starts(
    stack_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        service = Service(
            "web", (sys.executable, "-c", "pass"), Check("http", f"http://127.0.0.1:{port}/"), port
        )
        monkeypatch.setattr(commands, "plan", lambda *a, **k: [service])
        from devstack.stack.errors import StackError

        with pytest.raises(StackError, match=f"port {port} for web is taken"):
            commands.up(stack_config(get_settings()), stack_hooks(get_settings()))
