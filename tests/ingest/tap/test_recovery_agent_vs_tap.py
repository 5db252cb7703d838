"""Interruption recovery reads the same through the tap as from the agent's own events (metrics.md
section 4, revised 2026-12-02).

The same simulated calls, with barge-ins near their end, are played through the tap to the reference
agent; the agent's own events and the tap's events each go through the embedded pipeline. The agent
reports its tasks, the tap never sees one: under the first definition a hang-up inside a barge-in's
window was excused only by a successful task, so the tap read a caller who got the answer and said
thanks as unrecovered while the agent read the same call as recovered (one load run: 31% through the
tap against 65%). The revised rule judges what the hang-up shows, so both must agree call by call.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import replace
from typing import Any

import pytest
from fake_relay_agent import FakeAgent, FakeAgentOptions
from tap_vs_agent import pipe, stored_by_both, through_the_tap

from agent.simulator.live.config import RelayConfig, SimOptions
from agent.simulator.live.report import CallReport
from agent.simulator.live.script import CallPlan, Step, random_plan, scripted_plan
from agent.simulator.live.session import run_call
from ingest.emit.inprocess import InProcessBus
from ingest.tap.compiled_relay import CompiledTap
from ingest.tap.proxy import TapConfig, TapServer

RECOVERY = (
    "interrupts, interrupts_yielded, interrupts_answered, interrupts_not_repeated, interrupts_recovered"
)
BARGE_AT = 0.3  # of the agent's playback: early enough that most of its reply is still unspoken


def thanks_then_hang_up(template: str, seed: int) -> CallPlan:
    """The script up to its task, then the caller talks over the agent's confirmation ("Okay,
    thanks.") and hangs up once the agent has answered ("anything else?"): a recovery, task or not."""
    plan = random_plan(random.Random(seed), template)
    last = Step("Okay, thanks.", think_ms=400, barge_at=BARGE_AT, hangup="after_reply")
    return replace(plan.with_steps([*plan.steps[:-1], last]), name=f"{template}.thanks_then_hang_up")


def correction_then_hang_up(template: str, seed: int) -> CallPlan:
    """The same barge-in, then a correction marker and a hang-up: the recovery failed."""
    plan = random_plan(random.Random(seed), template)
    steps = [
        Step("Okay, thanks.", think_ms=400, barge_at=BARGE_AT),
        Step("No, I said that is not what I asked for.", think_ms=400, hangup="after_reply"),
    ]
    return replace(plan.with_steps([*plan.steps[:-1], *steps]), name=f"{template}.correction_then_hang_up")


PLANS = [
    thanks_then_hang_up("billing.success", 1),
    thanks_then_hang_up("refill.success", 1),
    thanks_then_hang_up("appointment.success", 1),
    correction_then_hang_up("billing.success", 1),
    correction_then_hang_up("refill.success", 1),
]


async def _play(opts: SimOptions, relay: RelayConfig) -> list[CallReport]:
    return list(
        await asyncio.gather(*(run_call(plan, opts, relay, seed=n) for n, plan in enumerate(PLANS, start=1)))
    )


@pytest.mark.slow
def test_recovery_through_the_tap_equals_the_agents_own_call_by_call(warehouse: Any) -> None:
    agent_bus, tap_bus = InProcessBus(), InProcessBus()
    reports = through_the_tap(agent_bus, tap_bus, _play)
    assert all(r.barge_ins == 1 for r in reports), [(r.plan, r.barge_ins) for r in reports]
    by_agent, by_tap = stored_by_both(warehouse, agent_bus, tap_bus, f"{RECOVERY}, tasks_started")
    assert by_tap.keys() == by_agent.keys() and len(by_tap) == len(PLANS)
    recovery_by_tap = {sid: row[:-1] for sid, row in by_tap.items()}
    recovery_by_agent = {sid: row[:-1] for sid, row in by_agent.items()}
    print("recovery (interrupts, yielded, answered, not_repeated, recovered) per call:", recovery_by_agent)
    assert recovery_by_tap == recovery_by_agent
    assert sum(row[0] for row in recovery_by_tap.values()) == len(PLANS)  # one barge-in each
    recovered = sum(row[-1] for row in recovery_by_tap.values())
    assert 0 < recovered < len(PLANS)  # the thanks calls recovered, the corrections did not
    assert all(row[-1] == 0 for row in by_tap.values())  # the tap never sees a task
    assert all(row[-1] > 0 for row in by_agent.values())  # the agent did its task in every call


DIES_BEFORE_ANSWERING = scripted_plan("dies.before_answering", "billing", [Step("What do I owe?")])
DIES_AFTER_THE_BARGE_IN_WAS_ANSWERED = scripted_plan(
    "dies.after_the_barge_in_was_answered",
    "billing",
    [
        Step("What do I owe?"),
        Step("Card now please", barge_at=BARGE_AT),
        Step("It is the visa card"),
    ],
)


def _play_against_a_dying_agent(
    plan: CallPlan, dies_at_prompt: int, bus: InProcessBus, relay: str
) -> CallReport:
    """One call through a tap to an agent that aborts its socket on prompt ``dies_at_prompt``."""

    async def go() -> CallReport:
        agent = FakeAgent(FakeAgentOptions(drop_after_prompts=dies_at_prompt))
        async with agent.running() as upstream:
            tap = (CompiledTap if relay == "go" else TapServer)(TapConfig(upstream_url=upstream), bus)
            async with tap.running() as port:
                opts = SimOptions(url=f"ws://127.0.0.1:{port}/ws", time_scale=20.0, settle_ms=300)
                return await run_call(plan, opts, RelayConfig(), seed=dies_at_prompt)

    return asyncio.run(go())


@pytest.mark.slow
@pytest.mark.parametrize("relay", ["python", "go"])
def test_an_agent_dying_behind_the_tap_fails_its_calls_and_their_open_barge_ins(
    warehouse: Any, relay: str
) -> None:
    """Finding 3 and 4 as measured: with the agent killed behind the tap, a call cut before any answer
    read as abandoned by the caller, a call with answered turns read as contained, and its barge-in,
    answered before the crash, as recovered. None of them is the caller's doing."""
    bus = InProcessBus()
    before = _play_against_a_dying_agent(DIES_BEFORE_ANSWERING, 1, bus, relay)
    after = _play_against_a_dying_agent(DIES_AFTER_THE_BARGE_IN_WAS_ANSWERED, 3, bus, relay)
    assert (before.barge_ins, after.barge_ins) == (0, 1)
    pipe(warehouse.client, warehouse.database, bus)
    rows = warehouse.rows(
        "SELECT call_sid, end_status, agent_failed, abandoned_early, contained, resolved_contained, "
        "turns, interrupts, interrupts_answered, interrupts_recovered FROM {db}.calls FINAL"
    )
    by_sid = {row[0]: row[1:] for row in rows}
    assert by_sid.keys() == {before.call_sid, after.call_sid}
    #                                 status    failed abandoned contained resolved turns irq answered recovered
    assert by_sid[before.call_sid] == ("failed", True, False, False, False, 1, 0, 0, 0)
    assert by_sid[after.call_sid] == ("failed", True, False, False, False, 3, 1, 1, 0)
