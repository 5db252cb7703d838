"""``callpulse agent serve``: the reference ConversationRelay agent.

Events go to the in-process bus by default, drained into the embedded pipeline running in a child
process (``stream.bus_drain.PipelineProcess``: so calls land in the local warehouse and ``callpulse
query`` sees them, and the pipeline never takes the GIL from the agent's event loop), or to Kafka with
``CALLPULSE_AGENT_EMITTER=kafka``.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from typing import Any

from callpulse.cli.args import add_bind_options, add_command, add_group

log = logging.getLogger(__name__)


def register(commands: Any) -> None:
    """the reference ConversationRelay voice agent

    The reference voice agent that speaks Twilio's ConversationRelay protocol."""
    sub = add_group(commands, "agent", register, dest="agent_command", metavar="SUBCOMMAND")
    serve = add_command(sub, "serve", run_serve)
    add_bind_options(serve, host="CALLPULSE_AGENT_HOST, 127.0.0.1", port="CALLPULSE_AGENT_PORT, 8080")


def run_serve(args: argparse.Namespace) -> int:
    """serve /twiml, /ws and /action for Twilio ConversationRelay

    Serve the agent until SIGTERM/SIGINT, then drain its calls; its events go to the embedded pipeline, or to
    Kafka with CALLPULSE_AGENT_EMITTER=kafka.

    Serve until SIGTERM/SIGINT, then drain (``serve_draining``), build and hand over every event
    reported, close the emitter and let the warehouse feeder write what it holds, all within
    ``shutdown_timeout_s``; exit 0."""
    import time

    from agent.server.app import create_app
    from callpulse import compose
    from callpulse.cli.draining import announce_when_ready, drain_share
    from callpulse.settings import get_settings
    from ingest.emit.inprocess import InProcessBus

    settings = get_settings()
    config = compose.agent_config(settings)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    pipeline: Any = None
    emitter: Any
    if settings.agent_emitter == "kafka":
        emitter = compose.kafka_emitter(settings, client_id="callpulse-agent")
    else:
        from stream.bus_drain import PipelineProcess

        emitter = InProcessBus(capacity=settings.emitter_buffer_size)
        pipeline = PipelineProcess(emitter, "bus:agent", compose.environment_pipeline)
    app = create_app(config, emitter)
    compose.quiet_heap_for_live_calls()  # a full collection must not pause every open call
    runtime = app.state.runtime
    host = args.host or settings.agent_host
    bind_port = args.port or settings.agent_port
    bound_s = settings.shutdown_timeout_s
    calls_s = drain_share(bound_s)
    runtime.events_close_s = max(0.5, (bound_s - calls_s) / 3)
    print(f"agent: POST {config.http_url('/twiml')} (voice webhook), WebSocket {config.ws_url}", flush=True)
    if pipeline is not None:
        announce_when_ready(pipeline, "agent")
    server = AgentServer(app, host=host, port=bind_port, calls_s=calls_s, bound_s=bound_s)
    try:
        asyncio.run(server.serve())
    finally:
        deadline = (server.stopped_at or time.monotonic()) + bound_s
        unsent = emitter.close(_left(deadline))
        if pipeline is not None:
            unsent += pipeline.close(_left(deadline))
        print(
            f"agent: {server.ended_by_shutdown} calls ended by shutdown, {unsent} events not delivered",
            flush=True,
        )
    return 0


class AgentServer:
    """uvicorn for the agent, whose stop signal drains the calls first (``AgentRuntime.drain``): new
    sockets get 503 and ``/healthz`` says draining while open calls run for ``calls_s``; the rest are
    ended (``shutdown``, close 1001); only then does uvicorn stop (it would close them 1012 at once)."""

    def __init__(self, app: Any, *, host: str, port: int, calls_s: float, bound_s: float) -> None:
        import uvicorn

        from agent.server.testing import ws_protocol
        from callpulse.cli.draining import DrainingServer

        self.app, self.calls_s = app, calls_s
        self.stopped_at: float | None = None
        self.ended_by_shutdown = 0
        config = uvicorn.Config(
            app,
            host=host,
            port=port,
            log_level="info",
            ws=ws_protocol(),
            timeout_graceful_shutdown=max(1, int(bound_s - calls_s)),
        )
        owner = self

        class _Server(DrainingServer):
            def handle_exit(self, sig: int, frame: Any) -> None:
                if owner.stopped_at is None:  # the first signal drains; a second one hurries uvicorn
                    owner.stopped_at = _now()
                    owner.loop.call_soon_threadsafe(owner.start_drain)
                else:
                    super().handle_exit(sig, frame)

        self.server = _Server(config)

    async def serve(self) -> None:
        self.loop = asyncio.get_running_loop()
        await self.server.serve()

    def start_drain(self) -> None:
        self._drain = asyncio.ensure_future(self._drain_then_exit())

    async def _drain_then_exit(self) -> None:
        runtime = self.app.state.runtime
        print(f"agent: draining {len(runtime.sessions)} open calls (up to {self.calls_s:.1f} s)", flush=True)
        try:
            self.ended_by_shutdown = await runtime.drain(self.calls_s)
        finally:
            self.server.should_exit = True


def _now() -> float:
    import time

    return time.monotonic()


def _left(deadline: float) -> float:
    """Time left to ``deadline`` (at least half a second: a flush always gets a chance)."""
    return max(0.5, deadline - _now())
