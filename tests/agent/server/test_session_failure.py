"""An agent that fails is never a caller who hung up: when the session's own code raises past its
error handling, the call ends ``failed``/``agent_error`` and Twilio's socket is closed 1011 (so a tap
in front sees an agent error too), instead of the call hanging until the caller gives up."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed

from agent.server.session import RelaySession

FAILURE_DETECTOR_S = 10.0  # not a timing: the old agent never closed the socket at all


async def _broken_finish(self: RelaySession) -> None:
    raise RuntimeError("a bug in the agent's goodbye")


def test_a_session_that_raises_ends_the_call_as_agent_error_and_closes_1011(
    agent: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RelaySession, "_finish", _broken_finish)

    async def call() -> int | None:
        async with agent.started() as caller:
            await caller.say("Representative.")  # a hand-off: the agent says its line, then _finish
            try:
                while True:
                    await asyncio.wait_for(caller.ws.recv(), FAILURE_DETECTOR_S)
            except ConnectionClosed:
                return caller.ws.close_code
            except TimeoutError:
                return None  # the socket stayed open: the caller hangs up on a dead agent

    assert asyncio.run(call()) == 1011
    events = agent.events()
    ended = [e for e in events if e.type == "call.ended"]
    assert [(e.data.status, e.data.reason) for e in ended] == [("failed", "agent_error")]
