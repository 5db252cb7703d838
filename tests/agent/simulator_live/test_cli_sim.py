"""``callpulse simulate`` and ``callpulse tap``: bad arguments get one line saying what to fix."""

from __future__ import annotations

import pytest

from callpulse.cli import main


def test_simulate_refuses_a_non_websocket_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "--url", "http://127.0.0.1:1/ws"]) == 2
    assert "--url must start with ws:// or wss://" in capsys.readouterr().err


def test_tap_refuses_a_listen_address_without_a_port(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tap", "--listen", "localhost", "--upstream", "ws://127.0.0.1:1/ws"]) == 2
    assert "--listen must be host:port" in capsys.readouterr().err


def test_both_commands_are_listed_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "simulate" in out and "tap" in out
