"""Prescription refill routing: member ID, date of birth, which medication, confirm the pharmacy.
Controlled medications go to a pharmacist (policy handoff); no refills left sends a renewal request
to the prescriber (the task fails, the caller is still helped).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from agent.policy.base import Speech
from agent.policy.context import TurnContext
from agent.policy.rules import parse
from agent.policy.rules.flow import (
    Identification,
    StepTable,
    Turn,
    ask,
    caller_id,
    confirmed,
    slot_step,
    verification_steps,
)
from agent.policy.speech import utter
from agent.tools.masking import member

IDENT = Identification(
    "What's your member ID? It's on the front of your insurance card.",
    "member_id",
    "find_member",
    "verify_member",
)


async def start(intent: str, turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    turn.understood = True
    if intent == "refill_status" and await caller_id(ctx):
        ctx.start_task("refill_status")
        status = await ctx.tool("get_refill_status")
        drug, where = status.data.get("drug", "prescription"), status.data.get("pharmacy", "the pharmacy")
        if status.data.get("rx_status") == "ready":
            text = f"Yes, your {drug} is ready for pickup at {where}."
        else:
            text = f"Your {drug} is not ready yet. We'll text you when it's ready at {where}."
        for item in utter(text, ("account_data",)):
            yield item
        ctx.finish_task("refill_status", True)
        ctx.state.pending = None
        return
    for item in ask(ctx, f"I can help with that. {IDENT.ask}", "member_id"):
        yield item


_member = slot_step(IDENT, parse.member_id, member, lambda _first: "Thanks. And your date of birth?")


async def _verified(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    for item in ask(
        ctx, "Thank you, you're verified. Which medication would you like to refill?", "medication"
    ):
        yield item


async def _medication(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    drug = parse.medication(turn.text)
    if drug is None:
        return
    turn.understood = True
    state = ctx.state
    state.collected["medication"] = drug
    ctx.start_task("refill")
    rx = await ctx.tool("lookup_prescription", {"drug": drug})
    if not rx.ok:
        ctx.finish_task("refill", False, rx.error_code)
        for item in ask(ctx, "I couldn't find that prescription. Which medication is it?", "medication"):
            yield item
        return
    name = drug[0].upper() + drug[1:]
    if rx.data.get("controlled"):
        ctx.finish_task("refill", False, "controlled_substance")
        lead = f"{name} is a controlled medication, so a pharmacist has to handle this refill."
        ctx.handoff("controlled substance refill", "policy", "Pharmacist review of the refill.", lead=lead)
        return
    if int(rx.data.get("refills_left", 0)) <= 0 or rx.data.get("rx_status") == "expired":
        renewal = await ctx.tool("request_renewal", {"drug": drug})
        ctx.finish_task("refill", False, "no_refills_remaining")
        doctor = renewal.data.get("doctor", "your doctor")
        text = (
            f"It looks like your {drug} has no refills remaining. I've sent a renewal request to {doctor}'s "
            "office; they usually respond within two business days."
        )
        for item in ask(ctx, text, None, ("account_data",)):
            yield item
        return
    pharmacy = str(rx.data.get("pharmacy", "your pharmacy"))
    state.scratch["pharmacy"] = pharmacy
    left = int(rx.data.get("refills_left", 0))
    text = (
        f"I see {drug} {rx.data.get('dose', '')} with {left} refills remaining. Should I send it to "
        f"{pharmacy}? Say yes, or press 1 to confirm."
    ).replace("  ", " ")
    for item in ask(ctx, text, "pharmacy_confirm", ("account_data",)):
        yield item


async def _pharmacy_confirm(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    answer = confirmed(turn)
    if answer is None:
        return
    turn.understood = True
    state = ctx.state
    drug = state.collected.get("medication", "")
    if not answer:
        ctx.finish_task("refill", False, "caller_declined")
        for item in ask(
            ctx, "Okay, I won't send it. Is there anything else I can help you with?", "anything_else"
        ):
            yield item
        return
    done = await ctx.tool("submit_refill", {"drug": drug})
    ctx.finish_task("refill", True)
    where = done.data.get("pharmacy", state.scratch.get("pharmacy"))
    state.pending = None
    for item in utter(
        f"Done. Your {drug} refill will be ready at {where} {done.data.get('ready_by')}.", ("confirmation",)
    ):
        yield item


STEPS: StepTable = {
    "member_id": _member,
    **verification_steps(IDENT, _verified),
    "medication": _medication,
    "pharmacy_confirm": _pharmacy_confirm,
}
