"""The agent's web app: ``POST /twiml`` (voice webhook), ``WS /ws`` (ConversationRelay),
``POST /action`` (what happens when the relay session ends), ``GET /healthz``, and the admin routes.

Every Twilio request is signature-checked before anything else happens: the WebSocket upgrade is
refused (close 1008, which the server turns into HTTP 403) before ``accept``; webhooks get HTTP 403.
While the server drains (``AgentRuntime.drain``, on SIGTERM/SIGINT) a new upgrade gets HTTP 503 and
``/healthz`` answers 503 ``draining``, so a load balancer sends new calls elsewhere.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request, Response, WebSocket
from fastapi.responses import JSONResponse

from agent.backend.base import Backend
from agent.backend.sample import SampleBackend
from agent.config import AgentConfig
from agent.policy.base import Policy
from agent.server import twiml
from agent.server.admin import admin_router
from agent.server.call import resume_blob
from agent.server.canary import is_canary
from agent.server.runtime import AgentRuntime
from agent.server.session import RelaySession
from ingest.clock import Clock, SystemClock
from ingest.emit.base import Emitter
from ingest.relay.signature import HEADER

log = logging.getLogger(__name__)
XML = "application/xml"
NOBODY_AVAILABLE = "Sorry, nobody is available to take your call right now. Please call back later. Goodbye."


def make_policy(config: AgentConfig) -> Policy:
    if config.policy == "llm":
        from agent.policy.llm import LlmPolicy

        return LlmPolicy(
            config.llm_base_url, config.llm_model, config.llm_api_key, config.llm_max_tool_rounds
        )
    from agent.policy.rules.policy import RulesPolicy

    return RulesPolicy()


def create_app(
    config: AgentConfig,
    emitter: Emitter,
    backend: Backend | None = None,
    *,
    policy: Policy | None = None,
    clock: Clock | None = None,
) -> FastAPI:
    runtime = AgentRuntime(
        config=config,
        emitter=emitter,
        backend=backend or SampleBackend(),
        policy=policy or make_policy(config),
        clock=clock or SystemClock(),
    )
    if not config.validate_signatures:
        log.warning("X-Twilio-Signature validation is OFF: anyone who finds this URL can call the agent")

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        left = await asyncio.to_thread(runtime.events_out.close, runtime.events_close_s)
        if left:
            log.warning("%d call events were not built before the agent stopped", left)

    app = FastAPI(title="callpulse reference agent", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.runtime = runtime

    async def form_of(request: Request) -> dict[str, str]:
        body = (await request.body()).decode("utf-8", "replace")
        return dict(parse_qsl(body, keep_blank_values=True))

    def signed(request: Request, form: dict[str, str]) -> bool:
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return runtime.signatures.webhook(config.http_url(path), form, request.headers.get(HEADER))

    @app.post("/twiml")
    async def voice_webhook(request: Request) -> Response:
        form = await form_of(request)
        if not signed(request, form):
            return Response("invalid signature", status_code=403)
        call_sid = form.get("CallSid", "")
        canary = is_canary(call_sid, config.canary_share, time.time(), config.canary_window_s)
        params = {
            "workflow": request.query_params.get("workflow") or config.default_workflow,
            "canary": "1" if canary else "0",
            "agentVersion": config.canary_version if canary else config.agent_version,
        }
        greeting = "" if config.shadow else config.welcome_greeting  # a shadow agent is never heard
        body = twiml.connect_relay(config.ws_url, config.action_url, greeting, params)
        return Response(body, media_type=XML)

    @app.post("/action")
    async def connect_action(request: Request) -> Response:
        form = await form_of(request)
        if not signed(request, form):
            return Response("invalid signature", status_code=403)
        return Response(_after_session(runtime, form), media_type=XML)

    @app.websocket("/ws")
    async def relay(ws: WebSocket) -> None:
        query = ws.url.query
        if not runtime.signatures.websocket(config.ws_url, query, ws.headers.get(HEADER)):
            log.warning("refused a WebSocket upgrade with a missing or invalid signature")
            await ws.close(code=1008)
            return
        if runtime.draining:
            await _refuse(ws)
            return
        await ws.accept()
        await RelaySession(ws, runtime).run()

    @app.get("/healthz")
    async def healthz() -> Response:
        status = "draining" if runtime.draining else "ok"
        body = {"status": status, "active_calls": runtime.active_calls, "policy": runtime.policy.name}
        return JSONResponse(body, status_code=503 if runtime.draining else 200)

    if config.admin_token:
        app.include_router(admin_router(runtime))
    return app


async def _refuse(ws: WebSocket) -> None:
    """HTTP 503 on the upgrade where the server can send one (else a close before accept: 403)."""
    if "websocket.http.response" in ws.scope.get("extensions", {}):
        await ws.send_denial_response(Response("draining: this agent is shutting down\n", status_code=503))
    else:
        await ws.close(code=1013)


def _after_session(runtime: AgentRuntime, form: dict[str, str]) -> str:
    """The TwiML that continues the call once the ConversationRelay session is over."""
    config = runtime.config
    status = form.get("SessionStatus", "")
    call_status = form.get("CallStatus", "")
    if call_status == "completed" or status == "completed":
        return twiml.empty()
    if status == "ended":
        raw = form.get("HandoffData")
        if not raw:
            return twiml.hang_up()
        try:
            handoff = json.loads(raw)
        except ValueError:
            handoff = {"reason": "unreadable handoff data"}
        if not config.flex_workflow_sid:
            return twiml.say_and_hang_up(NOBODY_AVAILABLE)
        attributes = {
            **(handoff if isinstance(handoff, dict) else {"handoff": handoff}),
            "callSid": form.get("CallSid", ""),
            "from": form.get("From", ""),
            "to": form.get("To", ""),
            "sessionId": form.get("SessionId", ""),
            "sessionDuration": form.get("SessionDuration", ""),
        }
        return twiml.enqueue(config.flex_workflow_sid, attributes)
    if (status == "failed" or form.get("ErrorCode") == "64105") and call_status == "in-progress":
        snapshot = runtime.snapshot(form.get("CallSid", "")) or {}
        canary = bool(snapshot.get("canary"))
        params = {
            "workflow": str(snapshot.get("workflow") or config.default_workflow),
            "canary": "1" if canary else "0",
            "agentVersion": config.canary_version if canary else config.agent_version,
            "resumeState": resume_blob(snapshot),
        }
        greeting = "" if config.shadow else config.resume_greeting
        return twiml.connect_relay(config.ws_url, config.action_url, greeting, params)
    return twiml.empty()
