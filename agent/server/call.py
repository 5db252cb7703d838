"""Everything one call needs, built from its ``setup`` message: event factory, state, tools, dialog.

The call's arm (canary or stable) and workflow come from the ``<Parameter>``s ``/twiml`` put in the
TwiML; a resumed session (after a dropped socket) also gets back what was collected, never secrets.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import date

from agent.policy.dialog import Dialog
from agent.policy.state import CallState
from agent.server.canary import is_canary
from agent.server.events import CallEvents
from agent.server.runtime import AgentRuntime
from agent.server.shadow import withhold
from agent.server.talk import Send, Talker
from agent.tools.runner import ToolRunner
from ingest.contract.models import Flags, is_identifier, is_workflow
from ingest.factory import CallEventFactory
from ingest.relay.frames import Setup
from ingest.relay.opaque import json_object

DIRECTIONS = ("inbound", "outbound-api", "outbound-dial")
RESUME_KEYS = ("intent", "collected", "flow")


@dataclass
class Call:
    setup: Setup
    canary: bool
    version: str
    events: CallEvents
    state: CallState
    tools: ToolRunner
    dialog: Dialog
    talker: Talker
    resumed: bool


def _canary(runtime: AgentRuntime, setup: Setup) -> bool:
    flag = setup.custom_parameters.get("canary")
    if flag in ("1", "0"):
        return flag == "1"
    c = runtime.config
    return is_canary(setup.call_sid, c.canary_share, time.time(), c.canary_window_s)


def open_call(runtime: AgentRuntime, setup: Setup, send: Send) -> Call:
    config = runtime.config
    params = setup.custom_parameters
    canary = _canary(runtime, setup)
    workflow = params.get("workflow") or params.get("line") or config.default_workflow
    if not is_workflow(workflow):
        workflow = config.default_workflow
    call_sid = setup.call_sid if is_identifier(setup.call_sid) else "invalid_call_sid"
    session_id = setup.session_id if is_identifier(setup.session_id) else ""
    version = config.canary_version if canary else config.agent_version
    factory = CallEventFactory(
        call_sid=call_sid,
        session_id=session_id,
        workflow=workflow,
        agent=runtime.agent_info(version),
        flags=Flags(canary=canary, shadow=config.shadow),
        clock=runtime.clock,
    )
    events = CallEvents(factory, runtime.emitter, handoff=runtime.events_out, clock=runtime.clock)
    timeouts = {name: config.tool_timeout_s(name) for name in config.tool_timeouts_s}
    tools = ToolRunner(runtime.backend, events, call_sid, timeouts, config.tool_timeout_default_s)
    state = CallState(
        call_sid=call_sid,
        workflow=workflow,
        caller_number=setup.from_ if setup.from_.startswith("+") else "",
        today=date.fromtimestamp(runtime.clock.now_ms() / 1000),
        identity=tools.identity,
    )
    resumed = _resume(state, params.get("resumeState", ""))
    dialog = Dialog(
        state,
        runtime.policy,
        tools,
        events,
        runtime.guard,
        filler_after_ms=config.filler_after_ms,
        idle_reprompts=config.idle_reprompts,
    )
    talker = Talker(withhold if config.shadow else send, events, runtime.clock, config.tts_chars_per_s)
    return Call(setup, canary, version, events, state, tools, dialog, talker, resumed)


def _resume(state: CallState, blob: str) -> bool:
    """Restore what a dropped session had collected. Verification is *not* restored: the caller
    proves who they are again on the new socket before any account detail is read out."""
    data = json_object(blob)
    if data is None:
        return False
    if isinstance(data.get("intent"), str):
        state.intent = data["intent"]
    if isinstance(data.get("collected"), dict):
        state.collected.update({str(k): str(v) for k, v in data["collected"].items()})
    if isinstance(data.get("flow"), str):
        state.scratch["flow"] = data["flow"]
    return True


def resume_blob(snapshot: dict[str, object]) -> str:
    """The ``resumeState`` parameter for a new ``<ConversationRelay>`` after a dropped socket."""
    return json.dumps({k: snapshot.get(k) for k in RESUME_KEYS}, separators=(",", ":"))[:1900]


def call_started_data(setup: Setup) -> dict[str, object]:
    params = dict(list(setup.custom_parameters.items())[:64])
    return {
        "direction": setup.direction if setup.direction in DIRECTIONS else "inbound",
        "caller": setup.from_[:256] or None,
        "called": setup.to[:256] or None,
        "custom_parameters": {k: v[:2000] for k, v in params.items()},
    }
