"""Billing lookup and payment: find the account by phone, verify by date of birth, read the balance,
take a payment with the card on file (last four digits said or keyed). Disputes go to a person.
"""

from __future__ import annotations

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
    confirmed,
    slot_step,
    verification_steps,
)
from agent.policy.speech import digits_slowly, utter
from agent.tools.masking import last4
from ingest.lexicon.calendar import day_phrase
from ingest.lexicon.money import money

IDENT = Identification("What's the phone number on the account?", "phone", "find_account", "verify_identity")
DISPUTE_LIMIT_DOLLARS = 200


async def start(intent: str, turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    turn.understood = True
    if intent == "check_balance" and await caller_id(ctx):
        async for item in _read_balance(ctx, "", ask_to_pay=False):
            yield item
        return
    for item in ask(ctx, f"I can help with that. {IDENT.ask}", "phone"):
        yield item


_phone = slot_step(
    IDENT, parse.phone, last4, lambda _first: "Thanks. To verify your identity, what's your date of birth?"
)


async def _verified(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    async for item in _read_balance(ctx, "Thank you, you're verified. ", ask_to_pay=True):
        yield item


async def _read_balance(ctx: TurnContext, lead: str, ask_to_pay: bool) -> AsyncIterator[Speech]:
    state = ctx.state
    ctx.start_task("billing_lookup")
    outcome = await ctx.tool("get_balance")
    balance = int(outcome.data.get("balance_cents", 0))
    state.scratch["balance_cents"] = balance
    due = day_phrase(date.fromisoformat(str(outcome.data.get("due_date"))))
    for item in utter(f"{lead}Your current balance is {money(balance)}, due {due}.", ("account_data",)):
        yield item
    ctx.finish_task("billing_lookup", True)
    if ask_to_pay:
        for item in ask(ctx, "Would you like to pay that today?", "pay_confirm"):
            yield item
    else:
        state.pending = None


async def _pay_confirm(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    answer = confirmed(turn)
    if answer is None:
        return
    turn.understood = True
    if answer:
        ctx.start_task("payment")
        text = "Sure. For security, please say or key in the last four digits of the card on file."
        for item in ask(ctx, text, "card_last4", digits=4):
            yield item
        return
    if ctx.state.intent == "dispute_charge" or "disput" in turn.text.lower():
        lead = (
            f"Billing disputes over {DISPUTE_LIMIT_DOLLARS} dollars have to be reviewed "
            "by a billing specialist."
        )
        ctx.handoff("billing dispute above the self-service limit", "policy", lead=lead)
        return
    for item in ask(ctx, "Okay. Is there anything else I can help you with today?", "anything_else"):
        yield item


async def _card(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
    digits = parse.exact_digits(turn.entry, 4)
    if digits is None:
        return
    turn.understood = True
    state = ctx.state
    amount = int(state.scratch.get("balance_cents", 0))
    state.collected["card"] = "***" + digits
    outcome = await ctx.tool("process_payment", {"amount_cents": str(amount), "card_last4": digits})
    state.pending, state.expect_digits = None, 1
    if outcome.data.get("status") != "approved":
        ctx.finish_task("payment", False, "card_declined")
        text = "I'm sorry, that card was declined. You can try a different card, or pay online at any time."
        for item in utter(text):
            yield item
        return
    ctx.finish_task("payment", True)
    confirmation = digits_slowly(str(outcome.data.get("confirmation", "")))
    text = (
        f"Done. Your payment of {money(amount)} with the card ending in {digits_slowly(digits)} "
        "went through. "
        f"Your confirmation number is {confirmation}."
    )
    for item in utter(text, ("confirmation", "account_data")):
        yield item


STEPS: StepTable = {
    "phone": _phone,
    **verification_steps(IDENT, _verified),
    "pay_confirm": _pay_confirm,
    "card_last4": _card,
}
