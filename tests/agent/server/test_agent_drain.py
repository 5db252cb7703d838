"""`callpulse agent serve` stops the way Docker and systemd stop it: SIGTERM during calls drains
within ``shutdown_timeout_s`` and exits 0. ``/healthz`` says ``draining`` (503) and a new call is
refused (503); the calls still open when the drain's time is up are closed 1001 and stored as ended by
``shutdown``; a caller who hung up before keeps their hang-up; nothing is stored as a caller's hang-up
that was not one. (uvicorn alone closed every socket 1012 at once and then died of the signal.)"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from relay_calls import callpulse_env, start_callpulse
from relay_drain import Drained, assert_ended_by_shutdown, health, open_call, setup, sigterm_mid_call

from agent.server.testing import free_port

CALLS = 6
HUNG_UP = 1
BOUND_S = 4.0


@pytest.mark.slow
def test_sigterm_mid_call_drains_ends_open_calls_as_shutdown_and_exits_0(tmp_path: Path) -> None:
    port = free_port()
    env = callpulse_env(
        tmp_path,
        BOUND_S,
        CALLPULSE_AGENT_VALIDATE_SIGNATURES="false",
        CALLPULSE_AGENT_IDLE_TIMEOUT_S="120",  # no reprompt or idle goodbye during the test
    )
    url = f"ws://127.0.0.1:{port}/ws"

    async def go() -> Drained:
        proc, lines = await start_callpulse(
            ["agent", "serve", "--port", str(port)], env, "agent: analytics pipeline ready"
        )
        await health(port, lambda body: body.get("status") == "ok")
        calls = [
            await open_call(url, setup(i, "+14155550198", "+18005550101"), "I need to make a payment.")
            for i in range(CALLS)
        ]
        return await sigterm_mid_call(proc, port, calls, HUNG_UP, BOUND_S, lines)

    drained = asyncio.run(go())
    output = drained.output
    assert drained.rc == 0, output
    assert drained.health == (503, {"status": "draining", "active_calls": CALLS - HUNG_UP, "policy": "rules"})
    assert drained.refused == 503
    assert drained.close_codes == [1001] * (CALLS - HUNG_UP)
    assert f"agent: {CALLS - HUNG_UP} calls ended by shutdown, 0 events not delivered" in output, output
    assert_ended_by_shutdown(env, CALLS, HUNG_UP)
