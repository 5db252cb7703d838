"""Play one simulated call against the fake agent (``fake_relay_agent.py``) on 127.0.0.1 and collect
what both sides saw."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from fake_relay_agent import ActionServer, FakeAgent, FakeAgentOptions, FakeAgentRecord

from agent.simulator.live.config import RelayConfig, SimOptions
from agent.simulator.live.report import CallReport
from agent.simulator.live.script import CallPlan
from agent.simulator.live.session import run_call

TOKEN = "test_auth_token"
PUBLIC = "wss://agent.example.com/ws"


@dataclass
class Played:
    report: CallReport
    agent: FakeAgentRecord
    callbacks: list[dict[str, str]]
    callback_signatures_ok: list[bool]

    def sent(self, kind: str) -> list[dict[str, Any]]:
        """What the agent received of ``kind``, in order."""
        return [m for m in self.agent.received if m.get("type") == kind]


def play(
    plan: CallPlan,
    *,
    agent: FakeAgentOptions | None = None,
    relay: RelayConfig | None = None,
    reconnect: bool = False,
    sim_token: str = TOKEN,
    **options: Any,
) -> Played:
    fake = FakeAgent(agent or FakeAgentOptions(auth_token=TOKEN, public_url=PUBLIC))

    async def go() -> CallReport:
        async with fake.running() as url:
            with ActionServer(TOKEN, PUBLIC if reconnect else "") as action:
                opts = SimOptions(
                    url=url,
                    public_url=PUBLIC,
                    auth_token=sim_token,
                    action_url=action.url,
                    time_scale=options.pop("time_scale", 20.0),
                    settle_ms=options.pop("settle_ms", 100),
                    **options,
                )
                report = await run_call(plan, opts, relay, seed=1)
                play.action = action  # type: ignore[attr-defined]
                return report

    report = asyncio.run(go())
    action = play.action  # type: ignore[attr-defined]
    return Played(report, fake.record, action.calls, action.valid_signatures)
