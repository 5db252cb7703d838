"""Turn events derived from the frames a ConversationRelay socket carries, as a tap sees them.

| frame                                   | event                                                        |
|-----------------------------------------|--------------------------------------------------------------|
| ``setup``                               | ``call.started``                                             |
| ``prompt`` with ``last: true``          | ``caller.utterance``                                         |
| ``text`` tokens until ``last: true``    | ``agent.utterance`` (per-chunk send times; ``interrupted``)  |
| ``interrupt``                           | ``interrupt``                                                |
| ``dtmf``                                | ``dtmf``                                                     |
| ``info`` agentSpeaking / clientSpeaking | ``speaker``                                                  |
| ``error`` (Twilio rejected a message)   | ``agent.error`` (code ``relay_invalid_message``)             |
| ``end``                                 | ``handoff.requested`` if ``handoffData`` asks, ``call.ended`` |
| socket closed without ``end``           | ``call.ended`` with the side that ended it (``EndCause``)    |

A finished talk cycle is held back until the next thing the caller side reports (a prompt, DTMF,
``agentSpeaking off``, the socket closing) or the agent starts another cycle: an ``interrupt``
arriving while it still plays marks it ``interrupted``. The tap cannot see what happens inside the
agent (intents, tools, identity checks, tasks), so it never emits those events.

Only Twilio's side closing is the caller hanging up (``completed``/``hangup``); every other way a call
can stop here names the failing side with ``status: failed``: ``upstream_lost`` (the agent's socket
dropped), ``agent_error`` (the agent closed with an error code), ``protocol_error`` (a frame broke the
protocol and a socket was closed 1007/1011 for it), ``shutdown`` (the tap itself was stopped).

Frames may be observed later than they were relayed (on an analytics thread, see ``proxy``), so every
entry point takes the relay time ``ts_ms``; events and chunk times use it, never the time of observing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from ingest.clock import Clock
from ingest.contract.models import AgentInfo, Flags, is_identifier, is_workflow
from ingest.emit.base import Emitter
from ingest.factory import CallEventFactory
from ingest.producer import CallProducer
from ingest.relay.frames import (
    Dtmf,
    End,
    Info,
    Interrupt,
    Invalid,
    Malformed,
    Prompt,
    RelayError,
    Setup,
    Text,
    parse_app,
    parse_twilio,
)
from ingest.tap.handoff import read_handoff

MAX_PARAMS = 64
MAX_PARAM_CHARS = 2000
LOST_FRAMES_REASON = "frames relayed but not observed: the tap's analytics queue was full"
Side = Literal["twilio", "agent"]
T = TypeVar("T")
UNREADABLE = ("not JSON", "not a JSON object", "binary frame")
EndCause = Literal["hangup", "upstream_lost", "agent_error", "protocol_error", "shutdown", "error"]


@dataclass
class ObserverStats:
    frames: int = 0
    events: int = 0  # built and handed to the emitter
    dropped: int = 0  # refused by the emitter (buffer full): events and dead-letter notes
    unreadable: int = 0  # frames that were not JSON objects (relayed all the same)
    rejected: int = 0  # a setup that started no call (bad callSid, a second setup), events dead-lettered
    lost_frames: int = 0  # frames relayed but never observed (analytics overloaded), dead-letter noted


@dataclass
class _Cycle:
    chunks: list[dict[str, Any]] = field(default_factory=list)
    interrupted: bool = False


class _RelayClock:
    """The relay time of the frame being observed, else the wall clock."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.at: int | None = None

    def now_ms(self) -> int:
        return self.at if self.at is not None else self.clock.now_ms()


class RelayObserver:
    """One socket's frames in, v1 events out to ``emitter``. Never raises on bad frames."""

    def __init__(
        self,
        emitter: Emitter,
        clock: Clock,
        agent: AgentInfo,
        flags: Flags,
        *,
        workflow_param: str = "workflow",
        default_workflow: str = "unknown",
    ) -> None:
        self.emitter, self.agent, self.flags = emitter, agent, flags
        self.clock = _RelayClock(clock)
        self.workflow_param, self.default_workflow = workflow_param, default_workflow
        self.stats = ObserverStats()
        self.events: CallEventFactory | None = None
        self.producer: CallProducer | None = None
        self.ended = False
        self._open: _Cycle | None = None  # tokens arriving
        self._held: _Cycle | None = None  # finished, maybe still playing

    # ---- frames --------------------------------------------------------------------------------

    def from_twilio(self, frame: str | bytes, ts_ms: int | None = None) -> None:
        self.clock.at = ts_ms
        msg = self._read(parse_twilio(frame))
        if isinstance(msg, Setup) or (isinstance(msg, Malformed) and msg.type == "setup"):
            self._setup(msg)
        elif self.events is None or self.ended:
            return
        elif isinstance(msg, Prompt) and msg.last:
            self._flush()
            data: dict[str, Any] = {"text": msg.text, "final": True}
            if msg.lang is not None:
                data["lang"] = msg.lang
            self._emit("caller.utterance", data)
        elif isinstance(msg, Interrupt):
            self._interrupt(msg)
        elif isinstance(msg, Dtmf):
            self._flush()
            self._emit("dtmf", {"digit": msg.digit})
        elif isinstance(msg, Info) and msg.name in ("agentSpeaking", "clientSpeaking"):
            on = msg.value == "on"
            if msg.name == "agentSpeaking" and not on:
                self._flush_held()
            who = "agent" if msg.name == "agentSpeaking" else "client"
            self._emit("speaker", {"who": who, "speaking": on})
        elif isinstance(msg, RelayError):
            msg_text = "ConversationRelay rejected a message from the agent (64107)"
            self._emit("agent.error", {"code": "relay_invalid_message", "message": msg_text})

    def from_agent(self, frame: str | bytes, ts_ms: int | None = None) -> None:
        self.clock.at = ts_ms
        msg = self._read(parse_app(frame))
        if self.events is None or self.ended:
            return
        if isinstance(msg, Text):
            self._token(msg.token, msg.last)
        elif isinstance(msg, End):
            self._end(msg.handoff_data)

    def closed(self, cause: EndCause | Side, ts_ms: int | None = None) -> None:
        """The call stopped without ``end``. ``cause`` names why (a bare side means the socket of that
        side closed cleanly: Twilio's is the caller hanging up, the agent's is a lost upstream)."""
        self.clock.at = ts_ms
        if self.events is None or self.ended:
            return
        reason: EndCause = {"twilio": "hangup", "agent": "upstream_lost"}.get(cause, cause)  # type: ignore[assignment]
        self._flush()
        status = "completed" if reason == "hangup" else "failed"
        self._emit("call.ended", {"status": status, "reason": reason})
        self.ended = True

    def lost(self, frames: int) -> None:
        """``frames`` of this call were relayed but never reached the observer (analytics overload):
        counted, and a dead-letter note says so, so the loss is accounted for downstream."""
        self.stats.lost_frames += frames
        if self.producer is not None and frames:
            reason = f"{frames} {LOST_FRAMES_REASON}"
            if self.producer.dead_letter("producer_overload", reason, ts=self.clock.now_ms()) == "dropped":
                self.stats.dropped += 1

    # ---- derivations ---------------------------------------------------------------------------

    def _setup(self, setup: Setup | Malformed) -> None:
        if self.events is not None or isinstance(setup, Malformed) or not is_identifier(setup.call_sid):
            self.stats.rejected += 1
            return
        params = list(setup.custom_parameters.items())[:MAX_PARAMS]
        custom = {k: v[:MAX_PARAM_CHARS] for k, v in params}
        workflow = custom.get(self.workflow_param, "")
        workflow = workflow if is_workflow(workflow) else self.default_workflow
        sid = setup.session_id if is_identifier(setup.session_id) else ""
        self.events = CallEventFactory(setup.call_sid, sid, workflow, self.agent, self.flags, self.clock)
        self.producer = CallProducer(self.events, self.emitter, origin="tap")
        data: dict[str, Any] = {"direction": _direction(setup.direction), "custom_parameters": custom}
        for value, field_ in ((setup.from_, "caller"), (setup.to, "called")):
            if value:
                data[field_] = value[:256]
        self._emit("call.started", data)

    def _token(self, token: str, last: bool) -> None:
        if self._open is None:
            self._flush_held()
            self._open = _Cycle()
        if token:
            self._open.chunks.append({"text": token, "ts": self.clock.now_ms()})
        if last:
            self._held, self._open = self._open, None
            if self._held.interrupted:
                self._flush_held()

    def _interrupt(self, msg: Interrupt) -> None:
        if self._open is not None:
            self._open.interrupted = True  # the agent may still send the rest of it
        elif self._held is not None:
            self._held.interrupted = True
            self._flush_held()
        data = {"utterance_until_interrupt": msg.utterance, "duration_until_interrupt_ms": msg.duration_ms}
        self._emit("interrupt", data)

    def _end(self, handoff_data: str | None) -> None:
        self._flush()
        handoff = read_handoff(handoff_data) if handoff_data is not None else None
        if handoff is not None and handoff_data is not None:
            reason, trigger = handoff
            data = {"reason": reason, "trigger": trigger, "handoff_data": handoff_data[:20_000]}
            self._emit("handoff.requested", data)
        reason_end = "handoff" if handoff is not None else "agent_end"
        self._emit("call.ended", {"status": "ended", "reason": reason_end})
        self.ended = True

    def _flush(self) -> None:
        """Emit every talk cycle seen so far (held, then one still open)."""
        self._flush_held()
        if self._open is not None:
            self._held, self._open = self._open, None
            self._flush_held()

    def _flush_held(self) -> None:
        cycle, self._held = self._held, None
        if cycle is None or not cycle.chunks:
            return
        data = {
            "text": "".join(c["text"] for c in cycle.chunks),
            "chunks": cycle.chunks,
            "interrupted": cycle.interrupted,
        }
        self._emit("agent.utterance", data, ts=cycle.chunks[0]["ts"])

    # ---- plumbing ------------------------------------------------------------------------------

    def _read(self, msg: T) -> T:
        """Count the frame; one that holds no JSON object is counted unreadable (and relayed all the same)."""
        self.stats.frames += 1
        if isinstance(msg, Malformed | Invalid) and msg.reason in UNREADABLE:
            self.stats.unreadable += 1
        return msg

    def _emit(self, type_: str, data: dict[str, Any], ts: int | None = None) -> None:
        assert self.producer is not None
        outcome = self.producer.emit(type_, data, ts)
        if outcome == "dead_lettered":
            self.stats.rejected += 1
            return
        self.stats.events += 1
        if outcome == "dropped":
            self.stats.dropped += 1


def _direction(value: str) -> Literal["inbound", "outbound-api", "outbound-dial"]:
    if value == "outbound-api":
        return "outbound-api"
    if value == "outbound-dial":
        return "outbound-dial"
    return "inbound"
