"""``callpulse tap``: a proxy in front of any ConversationRelay agent that turns what it relays into turn
events (``ingest.tap``), to the embedded pipeline or to Kafka."""

from __future__ import annotations

import argparse
import asyncio
import os
from typing import Any

from callpulse.cli.args import add_command
from callpulse.errors import ConfigError


def register(commands: Any) -> None:
    tap = add_command(commands, "tap", run_tap)
    tap.add_argument("--listen", default="127.0.0.1:8081", help="host:port to accept Twilio's sockets on")
    tap.add_argument("--upstream", required=True, help="the agent's socket, e.g. ws://127.0.0.1:8080/ws")
    tap.add_argument("--public-url", default="", help="the wss:// URL Twilio was given for the tap")
    tap.add_argument(
        "--upstream-public-url", default="", help="the URL the agent validates signatures against"
    )
    tap.add_argument(
        "--sink",
        choices=("embedded", "kafka", "none"),
        default="embedded",
        help="where events go (none: a bare relay, no events; to measure what the hop itself costs)",
    )
    tap.add_argument(
        "--relay",
        choices=("python", "go"),
        default="python",
        help="the media path: this process (python), or the compiled relay (go: make tap-relay builds it; "
        "this process then only does analytics)",
    )
    tap.add_argument(
        "--realtime-priority",
        type=int,
        default=None,
        metavar="N",
        help="run the media path (the compiled relay, or the Python relay's event loop) at SCHED_RR "
        "priority N (1-99), as Asterisk -p does, so a relayed frame never waits for another process's "
        "time slice; needs CAP_SYS_NICE or RLIMIT_RTPRIO (default CALLPULSE_TAP_REALTIME_PRIORITY, 0: off)",
    )
    tap.add_argument(
        "--agent-name", default="tapped-agent", help="agent.name on every event (default tapped-agent)"
    )
    tap.add_argument("--agent-version", default="unknown", help="agent.version on every event")
    tap.add_argument("--agent-model", default="unknown", help="agent.model (the LLM) on every event")
    tap.add_argument("--prompt-version", default="unknown", help="agent.prompt_version on every event")
    tap.add_argument("--workflow-param", default="workflow", help="customParameters key naming the workflow")
    tap.add_argument(
        "--default-workflow", default="unknown", help="the workflow of a call whose parameters name none"
    )


def run_tap(args: argparse.Namespace) -> int:
    """proxy Twilio <-> any ConversationRelay agent and emit turn events"""
    # Relay until SIGTERM/SIGINT, then drain: refuse new calls, let open ones run for most of
    # ``shutdown_timeout_s``, end the rest (``shutdown``, close 1001), observe every relayed frame, and
    # flush the sink in what is left of the bound; exit 0.
    import time

    from callpulse.cli.draining import announce_when_ready, drain_share, stop_event
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
    if args.relay == "go":
        return _run_compiled(args, config, settings, host, int(port))
    # before analytics starts: its processes and threads are started at normal priority
    _realtime(_realtime_priority(args, settings), os.getpid(), threads="main")
    analytics, kafka, embedded = _analytics(args.sink, config, settings)
    tap = TapServer(config, analytics=analytics)
    from callpulse import compose

    compose.quiet_heap_for_live_calls()
    bound_s = settings.shutdown_timeout_s
    calls_s = drain_share(bound_s)
    deadline = [0.0]

    async def serve() -> None:
        stop = stop_event()

        def analytics_s() -> float:  # what is left of the bound once the calls ended (a reserve at least)
            reserve_s = bound_s - calls_s
            return max(reserve_s, deadline[0] - time.monotonic()) if deadline[0] else reserve_s

        async with tap.running(host, int(port), close_timeout_s=analytics_s) as bound:
            print(
                f"tap listening on {host}:{bound}, relaying to {args.upstream} (Ctrl-C to stop)", flush=True
            )
            if embedded is not None:
                announce_when_ready(embedded, "tap")
            await stop.wait()
            deadline[0] = time.monotonic() + bound_s
            print(f"tap: draining {tap.active_calls} open calls (up to {calls_s:.1f} s)", flush=True)
            await tap.drain(calls_s)

    try:
        asyncio.run(serve())
    finally:
        left_s = max(0.5, deadline[0] - time.monotonic()) if deadline[0] else bound_s
        # embedded: the child wrote every event it built before it answered; what it never saw is left
        unsent = kafka.close(left_s) if kafka is not None else tap.unobserved
        totals = tap.stats.totals
        print(
            f"tap: {tap.stats.sessions} sessions ({tap.stats.ended_by_shutdown} ended by shutdown), "
            f"{totals.frames} frames, {totals.events} events ({totals.dropped} dropped, "
            f"{tap.stats.lost_frames} frames not observed), {tap.stats.rejected} bad signatures, "
            f"{tap.stats.upstream_failures} upstream failures, "
            f"{unsent} {'events not written' if kafka is not None else 'frames not observed or written'}"
        )
    return 0


def _run_compiled(args: argparse.Namespace, config: Any, settings: Any, host: str, port: int) -> int:
    """``--relay go``: the compiled relay carries the calls (and drains them on SIGTERM/SIGINT); this
    process reads its frame copies and runs the same analytics as the Python relay's."""
    import time

    from callpulse.cli.draining import announce_when_ready, drain_share, stop_event
    from ingest.tap.compiled_relay import CompiledRelay, RelayArgs, RelayNotBuiltError, find_binary

    try:
        binary = find_binary()
    except RelayNotBuiltError as err:
        raise ConfigError(str(err)) from err
    analytics, kafka, embedded = _analytics(args.sink, config, settings)
    bound_s = settings.shutdown_timeout_s
    calls_s = drain_share(bound_s)
    relay = CompiledRelay(
        RelayArgs.of(config, host=host, port=port, drain_s=calls_s, queue=settings.tap_analytics_queue),
        analytics,
        binary,
    )
    deadline = [0.0]
    unobserved = [0]

    async def serve() -> None:
        stop = stop_event()
        bound = await relay.start()
        try:
            _realtime(_realtime_priority(args, settings), relay.pid, threads="all")
        except ConfigError:
            await relay.stop(1.0)
            raise
        os.nice(ANALYTICS_PARENT_NICE)  # the relay started at our priority; analytics yields to it
        print(
            f"tap listening on {host}:{bound}, relaying to {args.upstream} (compiled relay; Ctrl-C to stop)",
            flush=True,
        )
        if embedded is not None:
            announce_when_ready(embedded, "tap")
        exited = asyncio.ensure_future(relay.wait_exit())
        stopping = asyncio.ensure_future(stop.wait())
        await asyncio.wait([exited, stopping], return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        deadline[0] = time.monotonic() + bound_s
        print(f"tap: draining open calls (up to {calls_s:.1f} s)", flush=True)
        await relay.stop(bound_s)
        left_s = max(bound_s - calls_s, deadline[0] - time.monotonic())
        unobserved[0] = await asyncio.to_thread(analytics.close, left_s)

    try:
        asyncio.run(serve())
    finally:
        left_s = max(0.5, deadline[0] - time.monotonic()) if deadline[0] else bound_s
        unsent = kafka.close(left_s) if kafka is not None else unobserved[0] + relay.totals.unsent
        t, totals = relay.totals, analytics.totals
        print(
            f"tap: {t.sessions} sessions ({t.ended_by_shutdown} ended by shutdown), "
            f"{totals.frames} frames, {totals.events} events ({totals.dropped} dropped, "
            f"{t.frames_not_observed} frames not observed), {t.rejected} bad signatures, "
            f"{t.upstream_failures} upstream failures, "
            f"{unsent} {'events not written' if kafka is not None else 'frames not observed or written'}"
        )
    return 0


def _realtime_priority(args: argparse.Namespace, settings: Any) -> int:
    priority = args.realtime_priority
    return int(settings.tap_realtime_priority if priority is None else priority)


def _realtime(priority: int, pid: int, *, threads: str) -> None:
    """The media path of process ``pid`` at SCHED_RR ``priority`` (0: left as it is)."""
    if not priority:
        return
    from ingest.tap.realtime import MAX_PRIORITY, RealtimePriorityError, run_at_realtime

    if not 1 <= priority <= MAX_PRIORITY:
        raise ConfigError(f"--realtime-priority is 1-{MAX_PRIORITY} (0: off), got {priority}")
    try:
        run_at_realtime(pid, priority, threads=threads)
    except RealtimePriorityError as err:
        raise ConfigError(str(err)) from err
    print(f"tap: media path at SCHED_RR priority {priority}", flush=True)


def _analytics(sink: str, config: Any, settings: Any) -> tuple[Any, Any, Any]:
    """Where either relay's frame copies go, with the Kafka emitter and the embedded pipeline behind it
    (None when not used): ``kafka``, observed on a thread here and emitted to Kafka; ``none``, nowhere
    (a bare relay); ``embedded``, observed and stored in the embedded pipeline's child process
    (``stream.bus_drain``)."""
    from callpulse import compose
    from ingest.clock import SystemClock
    from ingest.tap.observing import LocalAnalytics, NoAnalytics

    if sink == "kafka":
        kafka = compose.kafka_emitter(settings, client_id="callpulse-tap")
        spec, queue = config.observer_spec, settings.tap_analytics_queue
        return LocalAnalytics(spec, kafka, SystemClock(), capacity=queue), kafka, None
    if sink == "none":
        return NoAnalytics(), None, None
    from stream.bus_drain import ObservingProcess

    embedded = ObservingProcess(
        "tap:turn-events",
        compose.environment_pipeline,
        config.observer_spec,
        capacity=settings.tap_analytics_queue,
    )
    return embedded, None, embedded


ANALYTICS_PARENT_NICE = 5
"""How much ``--relay go`` lowers this process's priority once the relay runs: it only feeds analytics."""
