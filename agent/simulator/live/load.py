"""Load mode: many simulated calls at once, started at an arrival rate, with one summary.

Each call gets its own seed derived from the run's seed, so a run's scripts are repeatable call by
call (the agent's timing, of course, is not). Call SIDs are not: every run's calls get new ones
(``session.new_sid``), so a rerun never continues the calls of an earlier one. One
``httpx.AsyncClient`` serves every action callback.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from agent.simulator.live.config import RelayConfig, SimOptions
from agent.simulator.live.personas import PERSONAS, make_plan, persona_cycle
from agent.simulator.live.report import CallReport, Summary, summarize
from agent.simulator.live.script import CallPlan
from agent.simulator.live.session import run_call


@dataclass(frozen=True)
class LoadPlan:
    calls: int
    rate_per_s: float = 5.0  # call arrivals per second (Poisson); 0 starts them all at once
    personas: tuple[str, ...] = PERSONAS
    seed: int = 7
    template: str | None = None
    # Templates every run should include (e.g. the fault templates of the live demo): the first
    # calls whose persona plays a script as written take them in order; the rest are drawn as usual.
    showcase: tuple[str, ...] = ()


# personas that say the script's words unchanged (no mishearing, dropped words, forced endings)
FAITHFUL = ("standard", "spelled", "curveball")


def plans(load: LoadPlan) -> list[tuple[CallPlan, int]]:
    """(plan, call seed) for every call, personas round robin."""
    rng = random.Random(load.seed)
    showcase = list(load.showcase)
    out = []
    for persona in persona_cycle(load.calls, load.personas):
        call_seed = rng.getrandbits(32)
        template = load.template
        if showcase and persona in FAITHFUL:
            template = showcase.pop(0)
        out.append((make_plan(persona, random.Random(call_seed), template), call_seed))
    return out


async def run_load(
    load: LoadPlan,
    opts: SimOptions,
    relay: RelayConfig | None = None,
    *,
    on_done: Callable[[CallReport], None] | None = None,
) -> tuple[list[CallReport], Summary]:
    """Start ``load.calls`` calls at ``load.rate_per_s`` and wait for all of them."""
    rng = random.Random(load.seed ^ 0x5EED)
    started = time.perf_counter()
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=50)
    async with httpx.AsyncClient(timeout=10, limits=limits) as http:

        async def one(plan: CallPlan, seed: int, delay_s: float) -> CallReport:
            await asyncio.sleep(delay_s)
            report = await run_call(plan, opts, relay, seed=seed, http=http)
            if on_done is not None:
                on_done(report)
            return report

        tasks, at = [], 0.0
        for plan, seed in plans(load):
            tasks.append(asyncio.create_task(one(plan, seed, at)))
            if load.rate_per_s > 0:
                at += rng.expovariate(load.rate_per_s)
        reports = list(await asyncio.gather(*tasks))
    return reports, summarize(reports, time.perf_counter() - started)
