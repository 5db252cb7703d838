"""``callpulse agent serve``: the reference ConversationRelay agent.

Events go to the in-process bus by default, drained into the embedded pipeline running in a child
process (``pipeline_process``: so calls land in the local warehouse and ``callpulse query`` sees them,
and the pipeline never takes the GIL from the agent's event loop), or to Kafka with
``CALLPULSE_AGENT_EMITTER=kafka``.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from typing import Any

from callpulse.errors import ConfigError
from callpulse.settings import Settings, get_settings

log = logging.getLogger(__name__)


def register(commands: Any) -> None:
    agent = commands.add_parser("agent", help="the reference ConversationRelay voice agent")
    sub = agent.add_subparsers(dest="agent_command", required=True, metavar="SUBCOMMAND")
    serve = sub.add_parser("serve", help="serve /twiml, /ws and /action for Twilio ConversationRelay")
    serve.add_argument("--host", help="interface to bind (default CALLPULSE_AGENT_HOST, 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default CALLPULSE_AGENT_PORT, 8080)")
    serve.set_defaults(handler="callpulse.cli_agent:run_serve")


def agent_config(settings: Settings) -> Any:
    """The agent's frozen config from the one settings class."""
    from agent.config import DEFAULT_GREETING, DEFAULT_TOOL_TIMEOUTS, AgentConfig, InvalidConfigError

    token = settings.agent_twilio_auth_token.get_secret_value()
    if settings.agent_validate_signatures and not token:
        raise ConfigError(
            "set CALLPULSE_AGENT_TWILIO_AUTH_TOKEN to your Twilio auth token "
            "(or CALLPULSE_AGENT_VALIDATE_SIGNATURES=false for local testing only)"
        )
    try:
        return AgentConfig(
            public_base_url=settings.agent_public_url,
            twilio_auth_token=token,
            validate_signatures=settings.agent_validate_signatures,
            policy=settings.agent_policy,
            llm_base_url=settings.agent_llm_base_url,
            llm_model=settings.agent_llm_model,
            llm_api_key=settings.agent_llm_api_key.get_secret_value(),
            agent_name=settings.agent_name,
            agent_version=settings.agent_version,
            agent_model=settings.agent_model,
            prompt_version=settings.agent_prompt_version,
            canary_share=settings.agent_canary_share,
            canary_window_s=settings.agent_canary_window_s,
            canary_version=settings.agent_canary_version,
            shadow=settings.agent_shadow,
            flex_workflow_sid=settings.agent_flex_workflow_sid,
            tool_timeouts_s={**DEFAULT_TOOL_TIMEOUTS, **settings.agent_tool_timeouts},
            tool_timeout_default_s=settings.agent_tool_timeout_s,
            welcome_greeting=settings.agent_welcome_greeting or DEFAULT_GREETING,
            idle_timeout_s=settings.agent_idle_timeout_s,
            admin_token=settings.agent_admin_token.get_secret_value(),
        )
    except InvalidConfigError as err:
        raise ConfigError(f"agent settings: {err}") from None


def run_serve(args: argparse.Namespace) -> int:
    """Serve until SIGTERM/SIGINT, then drain (``serve_draining``), build and hand over every event
    reported, close the emitter and let the warehouse feeder write what it holds, all within
    ``shutdown_timeout_s``; exit 0."""
    import time

    from agent.server.app import create_app
    from callpulse.kafka_wiring import kafka_emitter
    from ingest.emit.inprocess import InProcessBus

    settings = get_settings()
    config = agent_config(settings)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    pipeline: Any = None
    emitter: Any
    if settings.agent_emitter == "kafka":
        emitter = kafka_emitter(settings, client_id="callpulse-agent")
    else:
        from callpulse.pipeline_process import PipelineProcess

        emitter = InProcessBus(capacity=settings.emitter_buffer_size)
        pipeline = PipelineProcess(emitter, "bus:agent")
    app = create_app(config, emitter)
    runtime = app.state.runtime
    host = args.host or settings.agent_host
    port = args.port or settings.agent_port
    bound_s = settings.shutdown_timeout_s
    calls_s = drain_share(bound_s)
    runtime.events_close_s = max(0.5, (bound_s - calls_s) / 3)
    print(f"agent: POST {config.http_url('/twiml')} (voice webhook), WebSocket {config.ws_url}", flush=True)
    server = AgentServer(app, host=host, port=port, calls_s=calls_s, bound_s=bound_s)
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


def drain_share(bound_s: float) -> float:
    """How much of the shutdown bound open calls get to end on their own; the rest is for ending
    the others and flushing their events (at least 1 s, at most 3 s or half the bound)."""
    return max(0.0, bound_s - max(1.0, min(bound_s / 2, 3.0)))


class AgentServer:
    """uvicorn for the agent, whose stop signal drains the calls first (``AgentRuntime.drain``): new
    sockets get 503 and ``/healthz`` says draining while open calls run for ``calls_s``; the rest are
    ended (``shutdown``, close 1001); only then does uvicorn stop (it would close them 1012 at once)."""

    def __init__(self, app: Any, *, host: str, port: int, calls_s: float, bound_s: float) -> None:
        import uvicorn

        from agent.server.testing import ws_protocol
        from callpulse.draining import DrainingServer

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
