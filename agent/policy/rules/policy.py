"""The deterministic rules policy: no model, three workflows, answers front-loaded and short.

Each turn it tries, in order: urgent symptoms (always first), the step the agent is waiting for,
a new request, a side question, thanks / goodbye, then "say that again?". A turn none of these can
use counts as a miss and gets a short re-ask; misses feed the frustration trigger of the guard.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable

from agent.policy.base import CallerInput, Speech
from agent.policy.context import TurnContext
from agent.policy.guard import NEGATIVE
from agent.policy.rules import appointment, billing, refill
from agent.policy.rules.flow import StepTable, Turn, ask
from agent.policy.rules.intents import CLOSER, LEAVING, REPEAT_REQUEST, THANKS, detect_intent, faq_answer
from agent.policy.speech import utter

_STEPS: dict[str, StepTable] = {
    "billing": billing.STEPS,
    "appointment": appointment.STEPS,
    "refill": refill.STEPS,
}
_STARTS = {"billing": billing.start, "appointment": appointment.start, "refill": refill.start}
MENU = "I can help with bills and payments, appointments, and prescription refills. What can I do for you?"
GOODBYE = "You're welcome. Have a great day!"
ANYTHING_ELSE = "You're welcome. Is there anything else I can help you with today?"


class RulesPolicy:
    name = "rules"

    async def respond(self, said: CallerInput, ctx: TurnContext) -> AsyncIterator[Speech]:
        state = ctx.state
        turn = Turn(said)
        text = turn.text if said.kind == "speech" else ""
        if text and REPEAT_REQUEST.search(text) and state.last_question:
            for item in utter(f"Of course. {state.last_question}"):
                yield item
            return
        if text and _said_again(text, state.history):
            for item in utter(f"Got it, I have that. {state.last_question or MENU}"):
                yield item
            return
        match = detect_intent(text) if text else None
        if match is not None and match.intent == "urgent_symptoms":
            ctx.intent(match.intent, 0.93)
            async for item in appointment.URGENT(turn, ctx):
                yield item
            return
        flow = str(state.scratch.get("flow", ""))
        step = _STEPS.get(flow, {}).get(state.pending or "")
        if step is not None:
            async for item in step(turn, ctx):
                yield item
        if not turn.understood and match is not None and state.pending in (None, "anything_else"):
            ctx.intent(match.intent, match.confidence)
            state.scratch["flow"] = match.workflow
            async for item in _STARTS[match.workflow](match.intent, turn, ctx):
                yield item
        if not turn.understood and text:
            async for item in _small_talk(turn, ctx):
                yield item
        if (
            not turn.understood
            and state.sentiments
            and state.sentiments[-1] <= NEGATIVE
            and said.kind == "speech"
        ):
            # not understood *and* clearly unhappy: a person helps more than another re-ask
            ctx.handoff(
                "caller frustration detected", "frustration", lead="I'm sorry this has been frustrating."
            )
            return
        if not turn.understood:
            state.misses += 1
            question = state.last_question or MENU
            for item in utter(f"Sorry, I didn't get that. {question}"):
                yield item
        else:
            state.misses = 0


async def _small_talk(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    state = ctx.state
    text = turn.text
    answer = faq_answer(text, str(state.scratch.get("flow") or state.workflow))
    if answer is not None:
        turn.understood = True
        again = f" {state.last_question}" if state.pending else ""
        for item in utter(answer + again):
            yield item
        return
    finished = state.pending in (None, "anything_else")
    if finished and (CLOSER.search(text) or (state.pending == "anything_else" and _no(text))):
        turn.understood = True
        ctx.end_call("caller done")
        for item in utter(GOODBYE):
            yield item
        return
    if finished and (THANKS.search(text) or state.succeeded):
        turn.understood = True
        for item in ask(ctx, ANYTHING_ELSE, "anything_else"):
            yield item
        return
    if LEAVING.search(text):
        turn.understood = True
        for item in utter("No problem. You can call back any time."):
            yield item
        return
    if state.pending == "anything_else" and _yes(text):
        turn.understood = True
        for item in ask(ctx, "Sure, what else can I help you with?", None):
            yield item


def _said_again(text: str, history: Iterable[tuple[str, str]]) -> bool:
    """The caller repeated their previous utterance word for word (they thought it was missed)."""
    callers = [t for who, t in history if who == "caller"]
    return (
        len(callers) >= 2 and len(text.split()) >= 4 and callers[-2].strip().lower() == text.strip().lower()
    )


def _no(text: str) -> bool:
    return text.lower().lstrip().startswith(("no", "nope", "nah"))


def _yes(text: str) -> bool:
    return text.lower().lstrip().startswith(("yes", "yeah", "yep", "sure"))
