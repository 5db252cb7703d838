"""One call's dialog, independent of the transport: guard, policy, tool failures, idle, handoff.

``turn`` is an async generator of speech for one caller input; the WebSocket session streams it
and can cancel it at any point (a barge-in). When it finishes, ``state.closing`` says whether the
call should end (goodbye or handoff); the session then sends ``end``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from agent.policy.base import CallerInput, EndCycle, Policy, Speech, Token, Voice
from agent.policy.context import ToolUnavailableError, TurnContext
from agent.policy.guard import Guard
from agent.policy.handoff import HANDOFF_LINE
from agent.policy.speech import utter
from agent.policy.state import CallState, Closing
from agent.tools.runner import EventSink, ToolRunner

TOOL_DOWN_LEAD = "I'm sorry, our system isn't responding right now."
STILL_THERE = "Are you still there?"
IDLE_GOODBYE = "I haven't heard anything, so I'll end the call now. Please call back any time. Goodbye."
RECOMMENDED_LEAD = "I think a person can help you best with this."


def recommended_closing(rule: str) -> Closing:
    """How the agent acts on a callpulse rule's hand-off recommendation: at the caller's next turn it
    hands the call to a person (a platform decision, ``trigger="policy"``: never counted as the
    caller's request), naming the rule so the person and the analytics know why."""
    return Closing(
        f"callpulse rule {rule} recommended a person",
        "policy",
        next_best_action="A live-call rule flagged this call: apologize, then continue from the open tasks.",
        lead=RECOMMENDED_LEAD,
    )


@dataclass(eq=False)
class Dialog:
    state: CallState
    policy: Policy
    tools: ToolRunner
    sink: EventSink
    guard: Guard = field(default_factory=Guard)
    filler_after_ms: int = 700
    idle_reprompts: int = 2

    async def turn(self, said: CallerInput, voice: Voice) -> AsyncIterator[Speech]:
        state = self.state
        if said.kind == "idle":
            async for item in self._idle():
                yield item
            return
        state.turn_index += 1
        state.idle_prompts = 0
        state.history.append(
            ("caller", said.text if said.kind == "speech" else f"[keyed {len(said.digits)}]")
        )
        decision = self.guard.check(said, state)
        if decision is None and state.recommended is not None:
            state.closing = recommended_closing(state.recommended)
        elif decision is not None:
            if decision.intent:
                self.sink.emit("intent.recognized", {"intent": decision.intent, "confidence": 0.95})
            lead = "I'm sorry this has been frustrating." if decision.trigger == "frustration" else ""
            state.closing = Closing(decision.reason, decision.trigger, lead=lead)
        if state.closing is None:
            ctx = TurnContext(state, self.tools, self.sink, voice, self.filler_after_ms)
            spoken: list[str] = []
            try:
                async for item in self.policy.respond(said, ctx):
                    if isinstance(item, Token):
                        spoken.append(item.text)
                    yield item
            except ToolUnavailableError as err:
                yield EndCycle()
                for task in list(state.open_tasks):
                    ctx.finish_task(task, False, "tool_error")
                state.closing = Closing(f"{err.tool} unavailable", "tool_failure", lead=TOOL_DOWN_LEAD)
            if spoken:
                state.history.append(("agent", "".join(spoken).strip()))
        if state.closing is not None and state.closing.handoff:
            for item in utter(f"{state.closing.lead} {HANDOFF_LINE}".strip()):
                yield item

    async def _idle(self) -> AsyncIterator[Speech]:
        state = self.state
        state.idle_prompts += 1
        if state.idle_prompts > self.idle_reprompts:
            state.closing = Closing("caller silent")
            for item in utter(IDLE_GOODBYE):
                yield item
            return
        question = state.last_question or "How can I help you today?"
        for item in utter(f"{STILL_THERE} {question}"):
            yield item
