"""Appointment scheduling: name (last name spelled), date of birth, preferred day, a slot by voice or
keypad; reschedules read the existing appointment back; urgent symptoms go to the nurse line.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import date

from agent.policy.base import Speech
from agent.policy.context import TurnContext
from agent.policy.rules import parse
from agent.policy.rules.flow import (
    Identification,
    StepTable,
    Turn,
    ask,
    caller_id,
    identify,
    verification_steps,
)
from agent.policy.speech import spell, utter
from ingest.lexicon.calendar import day_phrase

IDENT = Identification(
    "Can I have your first and last name? Please spell your last name.",
    "name",
    "find_patient",
    "verify_patient",
)
_URGENT = (
    (r"chest", "Chest pain"),
    (r"vision|blurry", "Sudden vision changes"),
    (r"breath", "Shortness of breath"),
)


async def start(intent: str, turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    turn.understood = True
    state = ctx.state
    if intent == "urgent_symptoms":
        async for item in _urgent(turn, ctx):
            yield item
        return
    doctor = parse.doctor(turn.text)
    if doctor:
        state.collected["doctor"] = doctor
    if intent == "confirm_appointment" and await caller_id(ctx):
        ctx.start_task("appointment_confirm")
        found = await ctx.tool("lookup_appointment")
        if found.data.get("has_appointment"):
            text = f"Yes, you're confirmed for {_existing(found.data)}."
            for item in utter(text, ("account_data", "confirmation")):
                yield item
            ctx.finish_task("appointment_confirm", True)
        else:
            ctx.finish_task("appointment_confirm", False, "no_appointment")
            for item in ask(ctx, "I don't see an upcoming appointment. Would you like to book one?", None):
                yield item
        state.pending = None
        return
    for item in ask(ctx, f"I can help with that. {IDENT.ask}", "name"):
        yield item


def _existing(data: dict[str, object]) -> str:
    day = day_phrase(date.fromisoformat(str(data["day"])))
    return f"{day} at {data['time']} with {data['doctor']}"


async def _urgent(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    label = next((lab for pat, lab in _URGENT if re.search(pat, turn.text, re.IGNORECASE)), "That")
    if "appointment" in ctx.state.open_tasks:
        ctx.finish_task("appointment", False, "urgent_symptoms")
    lead = f"{label} needs to be checked by a nurse right away, so I'm transferring you to our nurse line."
    ctx.handoff("urgent symptoms reported", "policy", "Nurse triage for the reported symptoms.", lead=lead)
    return
    yield  # an async generator that only hands off


async def _name(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    name = parse.full_name(turn.text)
    state = ctx.state
    if name is not None:
        state.collected["name"] = f"{name[0]} {name[1]}"
        state.scratch["last_name"] = name[1]

    def found(first: str) -> str:
        first = first or (name[0] if name else "")
        spelled = spell(name[1]) if name else ""
        return f"Thanks, {first}. I have your last name as {spelled}. And what's your date of birth?"

    async for item in identify(turn, ctx, IDENT, state.collected.get("name") if name else None, found):
        yield item


async def _verified(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    state = ctx.state
    ctx.start_task("appointment")
    if state.intent == "reschedule_appointment":
        found = await ctx.tool("lookup_appointment")
        if found.data.get("has_appointment"):
            state.collected.setdefault("doctor", str(found.data["doctor"]))
            text = (
                f"Thank you. I see your appointment on {_existing(found.data)}. What day would work better?"
            )
            for item in ask(ctx, text, "day", ("account_data",)):
                yield item
            return
    for item in ask(ctx, "Thank you, you're verified. What day works best for you?", "day"):
        yield item


async def _day(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    state = ctx.state
    wanted = parse.preferred_day(turn.text, state.today)
    if wanted is None:
        return
    turn.understood = True
    day, part = wanted
    args = {"day": day.isoformat(), "part": part, "doctor": state.collected.get("doctor")}
    outcome = await ctx.tool("find_slots", args)
    slots = [str(s) for s in outcome.data.get("slots", [])]
    doctor = str(outcome.data.get("doctor") or state.collected.get("doctor") or "the doctor")
    state.collected["doctor"] = doctor
    if not slots:
        ctx.finish_task("appointment", False, "no_availability")
        text = (
            f"I'm sorry, {doctor} has no openings in the next three weeks. "
            "I can add you to the waitlist, or you can call back next week."
        )
        for item in ask(ctx, text, None):
            yield item
        return
    state.scratch.update(slots=slots, slot_day=day.isoformat())
    t1, t2 = slots[0], slots[min(1, len(slots) - 1)]
    text = (
        f"I have {day_phrase(day)} at {t1} or {t2} with {doctor}. "
        f"Say the time you'd like, or press 1 for {t1} and 2 for {t2}."
    )
    for item in ask(ctx, text, "slot"):
        yield item


async def _slot(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    state = ctx.state
    slots: list[str] = list(state.scratch.get("slots", []))
    chosen: str | None = None
    if turn.said.kind == "dtmf" and turn.entry in ("1", "2") and slots:
        chosen = slots[min(int(turn.entry) - 1, len(slots) - 1)]
    elif turn.said.kind == "speech":
        chosen = parse.slot_time(turn.text, slots)
        if chosen is None and re.search(r"\b(first|earlier)\b", turn.text, re.IGNORECASE) and slots:
            chosen = slots[0]
    if chosen is None:
        if turn.said.kind == "speech" and re.search(r"\b\d{1,2}:\d{2}\b", turn.text) and slots:
            turn.understood = True
            text = f"Sorry, that time isn't available. I have {slots[0]} or {slots[min(1, len(slots) - 1)]}."
            for item in ask(ctx, text, "slot"):
                yield item
        return
    turn.understood = True
    day = date.fromisoformat(str(state.scratch["slot_day"]))
    doctor = state.collected.get("doctor", "")
    await ctx.tool("book_appointment", {"doctor": doctor, "day": day.isoformat(), "time": chosen})
    ctx.finish_task("appointment", True)
    state.collected["slot"] = f"{day.isoformat()} {chosen}"
    last = str(state.scratch.get("last_name", ""))
    who = f" That's for {state.collected.get('name')}, {spell(last)}." if last else ""
    text = (
        f"You're booked for {day_phrase(day)}, at {chosen}, with {doctor}.{who} "
        "You'll get a text confirmation shortly."
    )
    state.pending = None
    for item in utter(text, ("confirmation",)):
        yield item


STEPS: StepTable = {"name": _name, **verification_steps(IDENT, _verified), "day": _day, "slot": _slot}
URGENT = _urgent
