"""``callpulse simulate`` (Twilio's side of ConversationRelay, against a live agent) and
``callpulse tap`` (a proxy in front of any ConversationRelay agent that turns what it relays into
turn events). Handlers import their dependencies lazily, so ``callpulse --help`` stays fast.
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import signal
from typing import Any

from callpulse.cli import positive_int
from callpulse.errors import ConfigError

PERSONAS = ("standard", "accented", "noisy", "curveball", "spelled", "frustrated", "silent")
MODES = ("none", "dtmf", "speech", "any")


def register(commands: Any) -> None:
    sim = commands.add_parser(
        "simulate", help="play Twilio's side of ConversationRelay calls against an agent"
    )
    sim.add_argument("--url", required=True, help="where to connect, e.g. ws://127.0.0.1:8080/ws")
    sim.add_argument(
        "--public-url", default="", help="the wss:// URL the signature covers (default: --url as wss)"
    )
    sim.add_argument(
        "--action-url", default="", help="<Connect action> URL to POST the session-end callback to"
    )
    sim.add_argument("--calls", type=positive_int, default=1, help="number of calls (default 1)")
    sim.add_argument("--rate", type=float, default=5.0, help="call arrivals per second (0: all at once)")
    sim.add_argument(
        "--persona",
        choices=(*PERSONAS, "all"),
        default="all",
        help="caller persona (default: all, round robin)",
    )
    sim.add_argument("--template", default=None, help="a scenario template, e.g. billing.success")
    sim.add_argument(
        "--seed",
        type=int,
        default=None,
        help="replay the same callers: personas, scripts and pauses call by call (default: a random "
        "seed, printed at the end). Call SIDs are new on every run, seeded or not: a live call "
        "cannot be replayed (the agent mints new events), so a rerun adds its calls to the warehouse "
        "instead of merging them into the earlier run's",
    )
    sim.add_argument("--time-scale", type=float, default=1.0, help="play N times faster than real time")
    sim.add_argument(
        "--signature", choices=("url", "tac", "none"), default="url", help="handshake signing style"
    )
    sim.add_argument(
        "--greeting", default=None, help="welcomeGreeting to speak ('' for none; default: the scenario's)"
    )
    sim.add_argument("--interruptible", choices=MODES, default="any")
    sim.add_argument("--report-input-during-agent-speech", choices=MODES, default="none")
    sim.add_argument("--no-dtmf", action="store_true", help="dtmfDetection off: key presses are not sent")
    sim.add_argument("--partial-prompts", action="store_true", help="send cumulative partial prompts first")
    sim.add_argument(
        "--no-events", action="store_true", help="no info messages (speaker events, tokens played)"
    )
    sim.add_argument("--duration-as-string", action="store_true", help='durationUntilInterruptMs as "460"')
    sim.add_argument("--extra-fields", action="store_true", help="unknown keys on every message")
    sim.add_argument("--info-ts", action="store_true", help="a ts field on info messages")
    sim.add_argument(
        "--settle-ms", type=positive_int, default=400, help="agent silence before the caller speaks"
    )
    sim.set_defaults(handler="callpulse.cli_sim:run_simulate")

    tap = commands.add_parser("tap", help="proxy Twilio <-> any ConversationRelay agent and emit turn events")
    tap.add_argument("--listen", default="127.0.0.1:8081", help="host:port to accept Twilio's sockets on")
    tap.add_argument("--upstream", required=True, help="the agent's socket, e.g. ws://127.0.0.1:8080/ws")
    tap.add_argument("--public-url", default="", help="the wss:// URL Twilio was given for the tap")
    tap.add_argument(
        "--upstream-public-url", default="", help="the URL the agent validates signatures against"
    )
    tap.add_argument("--sink", choices=("embedded", "kafka"), default="embedded", help="where events go")
    tap.add_argument("--agent-name", default="tapped-agent")
    tap.add_argument("--agent-version", default="unknown")
    tap.add_argument("--agent-model", default="unknown")
    tap.add_argument("--prompt-version", default="unknown")
    tap.add_argument("--workflow-param", default="workflow", help="customParameters key naming the workflow")
    tap.add_argument("--default-workflow", default="unknown")
    tap.set_defaults(handler="callpulse.cli_sim:run_tap")


def run_simulate(args: argparse.Namespace) -> int:
    from agent.simulator.live.config import RelayConfig, SimOptions
    from agent.simulator.live.load import LoadPlan, run_load
    from callpulse.settings import get_settings

    if not args.url.startswith(("ws://", "wss://")):
        raise ConfigError(f"--url must start with ws:// or wss://, got {args.url!r}")
    if args.time_scale <= 0:
        raise ConfigError("--time-scale must be above 0 (e.g. 10 plays ten times faster)")
    token = get_settings().relay_auth_token.get_secret_value()
    opts = SimOptions(
        url=args.url,
        public_url=args.public_url,
        auth_token=token,
        signature_style=args.signature if token else "none",
        action_url=args.action_url,
        time_scale=args.time_scale,
        settle_ms=args.settle_ms,
        duration_as_string=args.duration_as_string,
        extra_fields=args.extra_fields,
        info_ts=args.info_ts,
    )
    relay = RelayConfig(
        welcome_greeting=args.greeting,
        interruptible=args.interruptible,
        report_input_during_agent_speech=args.report_input_during_agent_speech,
        dtmf_detection=not args.no_dtmf,
        partial_prompts=args.partial_prompts,
        events=frozenset() if args.no_events else RelayConfig().events,
    )
    personas = PERSONAS if args.persona == "all" else (args.persona,)
    seed = args.seed if args.seed is not None else secrets.randbelow(2**31)
    load = LoadPlan(args.calls, args.rate, personas, seed, args.template)
    done = [0]

    def progress(report: Any) -> None:
        done[0] += 1
        errors = ",".join(map(str, report.protocol_errors)) or "-"
        print(
            f"[{done[0]}/{args.calls}] {report.call_sid} {report.plan} ({report.persona}): "
            f"{report.outcome}, errors {errors}"
        )

    _, summary = asyncio.run(run_load(load, opts, relay, on_done=progress if args.calls <= 20 else None))
    print("\n".join(summary.lines()))
    print(f"seed {seed} (--seed {seed} replays these callers; call SIDs are new on every run)")
    return 0 if not summary.errors and not summary.handshake_failures else 1


class _EmbeddedSink:
    """The in-process bus, drained into the embedded pipeline running in a child process: redaction,
    metrics and chDB inserts never take the GIL from the relay's event loop (``pipeline_process``)."""

    def __init__(self) -> None:
        from callpulse.pipeline_process import PipelineProcess
        from callpulse.settings import get_settings
        from ingest.emit.inprocess import InProcessBus

        self.bus = InProcessBus(capacity=get_settings().emitter_buffer_size * 10)
        self.pipeline = PipelineProcess(self.bus, "tap:turn-events")

    def close(self, timeout_s: float) -> int:
        """Write what the bus holds and close the warehouse, up to ``timeout_s``; return what was left."""
        return self.pipeline.close(timeout_s)


def run_tap(args: argparse.Namespace) -> int:
    """Relay until SIGTERM/SIGINT, then drain: refuse new calls, let open ones run for most of
    ``shutdown_timeout_s``, end the rest (``shutdown``, close 1001), observe every relayed frame, and
    flush the sink in what is left of the bound; exit 0."""
    import time

    from callpulse.settings import get_settings
    from ingest.contract.models import AgentInfo
    from ingest.tap.proxy import TapConfig, TapServer

    host, _, port = args.listen.rpartition(":")
    if not host or not port.isdigit():
        raise ConfigError(f"--listen must be host:port, e.g. 127.0.0.1:8081, got {args.listen!r}")
    settings = get_settings()
    token = settings.relay_auth_token.get_secret_value()
    if token and not args.public_url:
        raise ConfigError(
            "--public-url is needed to check Twilio's signature (the wss:// URL Twilio was given)"
        )
    config = TapConfig(
        upstream_url=args.upstream,
        auth_token=token,
        public_url=args.public_url,
        upstream_auth_token=settings.tap_upstream_auth_token.get_secret_value(),
        upstream_public_url=args.upstream_public_url,
        agent=AgentInfo(
            name=args.agent_name,
            version=args.agent_version,
            model=args.agent_model,
            prompt_version=args.prompt_version,
        ),
        workflow_param=args.workflow_param,
        default_workflow=args.default_workflow,
        analytics_queue=settings.tap_analytics_queue,
    )
    sink: Any
    if args.sink == "kafka":
        from callpulse.kafka_wiring import kafka_emitter

        sink = kafka_emitter(settings, client_id="callpulse-tap")
        emitter = sink
    else:
        sink = _EmbeddedSink()
        emitter = sink.bus
    tap = TapServer(config, emitter)
    bound_s = settings.shutdown_timeout_s
    calls_s = drain_share(bound_s)
    deadline = [0.0]

    async def serve() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        async with tap.running(host, int(port), close_timeout_s=bound_s - calls_s) as bound:
            print(
                f"tap listening on {host}:{bound}, relaying to {args.upstream} (Ctrl-C to stop)", flush=True
            )
            await stop.wait()
            deadline[0] = time.monotonic() + bound_s
            print(f"tap: draining {tap.active_calls} open calls (up to {calls_s:.1f} s)", flush=True)
            await tap.drain(calls_s)

    try:
        asyncio.run(serve())
    finally:
        left_s = max(0.5, deadline[0] - time.monotonic()) if deadline[0] else bound_s
        unsent = sink.close(left_s)
        totals = tap.stats.totals
        print(
            f"tap: {tap.stats.sessions} sessions ({tap.stats.ended_by_shutdown} ended by shutdown), "
            f"{totals.frames} frames, {totals.events} events ({totals.dropped} dropped, "
            f"{tap.stats.lost_frames} frames not observed), {tap.stats.rejected} bad signatures, "
            f"{tap.stats.upstream_failures} upstream failures, {unsent} events not written"
        )
    return 0


def drain_share(bound_s: float) -> float:
    """How much of the shutdown bound open calls get to end on their own; the rest is for ending
    the others, observing their frames and flushing (at least 1 s, at most half the bound)."""
    return max(0.0, bound_s - max(1.0, min(bound_s / 2, 3.0)))
