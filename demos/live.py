"""``callpulse demo --live``: the scenario library played over real WebSockets against the reference
agent, the agent's own turn events through the embedded pipeline, then the same KPI table as
``callpulse demo``.

Everything runs in this process, on loopback only: the reference agent (``agent.server``) on a free
127.0.0.1 port with signature validation on (a fresh auth token; the simulator signs with it),
emitting into an ``InProcessBus``; a thread feeding that bus into the embedded pipeline while the
calls run; the live caller simulator (``agent.simulator.live``) playing every persona. The library's
tool-failure and task-failure templates need a misbehaving backend: each such call gets its own
backend faults (``demos.faults``), so no other call is disturbed.

Unlike ``callpulse demo``, the calls happen now and take real time: a call lasts a minute or two,
and handle time, TTFHW and sentiment windows are what a phone line would show. ``--time-scale``
compresses the caller's side (speech, playback, pauses) and shrinks those time-based metrics with it.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from agent.backend.sample import SampleBackend
from agent.config import AgentConfig
from agent.server.app import create_app
from agent.server.testing import free_port, running_agent
from agent.simulator.live.config import RelayConfig, SimOptions
from agent.simulator.live.faults import BackendFault, faults_for
from agent.simulator.live.load import LoadPlan, run_load
from agent.simulator.live.report import CallReport, Summary
from demos.faults import CallScope, CallScopeMiddleware, PerCallFaults
from demos.kpi_demo import EXPLORE_SQL
from demos.kpi_tables import handoff_table, kpi_table
from demos.kpis import handoffs_by_trigger, kpi_rows
from ingest.clock import Clock, SystemClock
from ingest.emit.inprocess import InProcessBus
from stream.bus_drain import DrainThread
from stream.pipeline import Pipeline
from stream.warehouse import Warehouse

# 28 calls (4 per persona) arriving at 1.5/s finish in about 2 minutes at real time on 2 cores:
# the longest scripted calls (a curveball caller through a whole refill) last just under 2 minutes.
DEFAULT_CALLS = 28
DEFAULT_RATE_PER_S = 1.5
# Played first by callers who say their script as written, so every run shows the fault paths.
SHOWCASE = (
    "billing.tool_failure_handoff",
    "appointment.task_failure",
    "refill.tool_failure_handoff",
    "billing.task_failure",
    "appointment.tool_failure_handoff",
    "refill.task_failure",
)
LIVE_KPI_TITLE = "KPIs per workflow (this run's live calls; definitions in docs/metrics.md)"


@dataclass(frozen=True)
class LiveDemo:
    calls: int = DEFAULT_CALLS
    seed: int = 7
    time_scale: float = 1.0
    rate_per_s: float = DEFAULT_RATE_PER_S


@dataclass(frozen=True)
class LiveWiring:
    """What the live demo is given, built from the settings by the caller: a migrated warehouse
    ``client`` and its ``database``, the bus's capacity, the embedded ``pipeline`` on a clock, and the
    reference agent's config for a loopback ``port`` and a fresh auth ``token`` (signatures checked)."""

    client: Warehouse
    database: str
    bus_capacity: int
    pipeline: Callable[[Clock], Pipeline]
    agent_config: Callable[[int, str], AgentConfig]


@dataclass(frozen=True)
class LiveResult:
    """What a run produced, for the printout (and for tests that import the module)."""

    summary: Summary
    reports: list[CallReport]
    emitted: int
    dropped: int
    stored: int
    dead_lettered: int
    faulted_calls: dict[str, tuple[BackendFault, ...]]
    started_ms: int
    ended_ms: int

    @property
    def lost(self) -> int:
        return self.emitted - self.stored - self.dead_lettered


def scenario_faults(scope: CallScope) -> tuple[BackendFault, ...]:
    """The faults a call's scenario (its ``scenario`` custom parameter) needs; which tool failure
    it gets (500, renamed field, timeout) follows from its call SID."""
    pick = int.from_bytes(hashlib.sha256(scope.call_sid.encode()).digest()[:4], "big")
    return faults_for(scope.parameters.get("scenario", ""), pick)


def run_demo_live(wiring: LiveWiring, demo: LiveDemo, *, console: Console) -> int:
    pace = "real time" if demo.time_scale == 1.0 else f"time compressed x{demo.time_scale:g}"
    console.print(
        f"[bold]callpulse demo --live[/bold]: {demo.calls} calls over WebSockets to the reference agent "
        f"(seed {demo.seed}, {demo.rate_per_s:g} arrivals/s, {pace})"
    )
    result = play(wiring, demo, console)
    all_stored = print_result(wiring, demo, result, console)
    healthy = result.lost == 0 and result.dropped == 0 and all_stored
    return 0 if healthy and not result.summary.errors and result.summary.handshake_failures == 0 else 1


def play(wiring: LiveWiring, demo: LiveDemo, console: Console) -> LiveResult:
    """Run the agent, the calls and the pipeline; return once every event is stored."""
    clock = SystemClock()
    token = secrets.token_urlsafe(24)
    port = free_port()
    config = wiring.agent_config(port, token)
    bus = InProcessBus(capacity=wiring.bus_capacity)
    backend = PerCallFaults(SampleBackend(), scenario_faults)
    app = create_app(config, bus, backend)
    app.add_middleware(CallScopeMiddleware)
    pipeline = wiring.pipeline(clock)
    drain = DrainThread(pipeline, bus, "bus:demo-live", clock)
    drain.start()
    started_ms = clock.now_ms()
    load = LoadPlan(demo.calls, rate_per_s=demo.rate_per_s, seed=demo.seed, showcase=SHOWCASE)
    try:
        with running_agent(app, port) as base:
            opts = SimOptions.served_at(
                base,
                public_url=config.ws_url,
                action_public_url=config.action_url,
                auth_token=token,
                time_scale=demo.time_scale,
            )
            relay = RelayConfig(welcome_greeting=config.welcome_greeting)
            reports, summary = _with_progress(console, demo.calls, load, opts, relay)
    finally:
        drain.finish()  # the agent has stopped: nothing more will be emitted
    if drain.error is not None:
        raise drain.error
    pipeline.close()
    return LiveResult(
        summary=summary,
        reports=reports,
        emitted=bus.stats.emitted,
        dropped=bus.stats.dropped,
        stored=pipeline.validate.valid,
        dead_lettered=pipeline.validate.invalid,
        faulted_calls=dict(backend.planned),
        started_ms=started_ms,
        ended_ms=clock.now_ms() + 1,
    )


def _with_progress(
    console: Console, calls: int, load: LoadPlan, opts: SimOptions, relay: RelayConfig
) -> tuple[list[CallReport], Summary]:
    with Progress(
        TextColumn("calls"), BarColumn(), MofNCompleteColumn(), TextColumn("ended"), TimeElapsedColumn(),
        console=console, transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task("calls", total=calls)
        return asyncio.run(run_load(load, opts, relay, on_done=lambda _r: progress.advance(task)))


def print_result(wiring: LiveWiring, demo: LiveDemo, result: LiveResult, console: Console) -> bool:
    """Print the run; True when every call the simulator placed is in the calls table."""
    lost = f"  [red]{result.lost:,} LOST[/red]" if result.lost else ""
    console.print(
        f"events: {result.emitted:,} emitted by the agent = {result.stored:,} stored + "
        f"{result.dead_lettered:,} dead-lettered{lost} (dropped by the bus: {result.dropped})"
    )
    placed = sorted({r.call_sid for r in result.reports})
    stored = _stored_calls(wiring.client, wiring.database, placed)
    missing = f"  [red]{len(placed) - stored} MISSING[/red]" if stored != len(placed) else ""
    console.print(f"calls: {len(placed)} placed by the simulator, {stored} in the calls table{missing}")
    console.print(_faults_line(result.faulted_calls), highlight=False)
    if demo.time_scale != 1.0:
        console.print(
            f"[yellow]time compressed x{demo.time_scale:g}[/yellow]: callers speak and pause "
            f"{demo.time_scale:g} times faster, so handle time, dead air and sentiment windows shrink; "
            "agent latency (TTFHW) is real."
        )
    rows = kpi_rows(wiring.client, wiring.database, result.started_ms, result.ended_ms)
    console.print(kpi_table(rows, LIVE_KPI_TITLE))
    workflows = [str(row.values["workflow"]) for row in rows]
    by_trigger = handoffs_by_trigger(wiring.client, wiring.database, result.started_ms, result.ended_ms)
    console.print(handoff_table(by_trigger, workflows))
    console.print("[bold]simulator[/bold] (the caller's side of every call)")
    console.print("\n".join(result.summary.lines()), highlight=False)
    console.print(EXPLORE_SQL, soft_wrap=True, highlight=False)
    return stored == len(placed)


def _stored_calls(client: Warehouse, database: str, call_sids: list[str]) -> int:
    if not call_sids:
        return 0
    listed = ", ".join(f"'{sid}'" for sid in call_sids if sid.isalnum())
    sql = f"SELECT count() FROM {database}.calls FINAL WHERE call_sid IN ({listed})"
    return int(client.query(sql).result_rows[0][0])


def _faults_line(faulted: dict[str, tuple[BackendFault, ...]]) -> str:
    if not faulted:
        return "backend faults: none (no tool- or task-failure scenario reached the backend)"
    kinds = Counter(_describe(f) for faults in faulted.values() for f in faults)
    listed = ", ".join(f"{what} x{n}" for what, n in sorted(kinds.items()))
    return f"backend faults, each for one call only: {len(faulted)} calls ({listed})"


def _describe(fault: BackendFault) -> str:
    if fault.kind == "error":
        return f"{fault.operation} {fault.options.get('error_code', 'error')}"
    if fault.kind == "rename_field":
        return f"{fault.operation} renamed {fault.options.get('rename_from')}"
    if fault.kind == "override":
        fields = ", ".join(f"{k}={v}" for k, v in dict(fault.options.get("fields", {})).items())
        return f"{fault.operation} {fields}"
    return f"{fault.operation} {fault.kind}"
