"""`callpulse tap` stops the way Docker and systemd stop it: SIGTERM during calls drains within
``shutdown_timeout_s`` and exits 0. A new call is refused and ``/healthz`` says ``draining``; the calls
still open when the drain's time is up are closed 1001 and stored as ended by ``shutdown``; a caller
who hung up before keeps their hang-up; nothing is left open or stored as a caller's hang-up."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from fake_relay_agent import FakeAgent, FakeAgentOptions
from relay_calls import callpulse_env, start_callpulse, warehouse_rows
from relay_drain import Drained, assert_ended_by_shutdown, open_call, setup, sigterm_mid_call

from agent.server.testing import free_port

CALLS = 10
HUNG_UP = 2
BOUND_S = 4.0


@pytest.mark.slow
@pytest.mark.parametrize("relay", ["python", "go"])
def test_sigterm_mid_call_drains_ends_open_calls_as_shutdown_and_exits_0(tmp_path: Path, relay: str) -> None:
    env = callpulse_env(tmp_path, BOUND_S)
    port = free_port()
    url = f"ws://127.0.0.1:{port}/ws"

    async def go() -> Drained:
        async with FakeAgent(FakeAgentOptions(think_ms=0, chunk_gap_ms=0)).running() as agent_url:
            args = ["tap", "--listen", f"127.0.0.1:{port}", "--upstream", agent_url, "--relay", relay]
            proc, lines = await start_callpulse(args, env, "tap: analytics pipeline ready")
            calls = [
                await open_call(
                    url, setup(i, "+14155550123", "+18885550150"), "What is my balance?", compression=None
                )
                for i in range(CALLS)
            ]
            return await sigterm_mid_call(proc, port, calls, HUNG_UP, BOUND_S, lines)

    drained = asyncio.run(go())
    output = drained.output
    assert drained.rc == 0, output
    assert drained.health[1] == {"status": "draining", "active_calls": CALLS - HUNG_UP}
    assert drained.refused == 503
    assert drained.close_codes == [1001] * (CALLS - HUNG_UP)
    assert f"{CALLS} sessions ({CALLS - HUNG_UP} ended by shutdown)" in output, output
    assert_ended_by_shutdown(env, CALLS, HUNG_UP)
    events = warehouse_rows(env, "SELECT type, count() AS n FROM events GROUP BY type ORDER BY type")
    by_type = {r["type"]: int(r["n"]) for r in events}
    assert by_type["call.started"] == by_type["call.ended"] == CALLS
