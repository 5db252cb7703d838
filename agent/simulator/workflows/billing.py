"""Billing lookup and payment: find the account by phone, verify by date of birth, read the balance,
take a payment with the card on file (last four digits spoken or keyed in)."""

from __future__ import annotations

from agent.simulator.model import (
    Intent,
    Outcome,
    Say,
    TaskEnd,
    TaskStart,
    Tool,
    Turn,
    reply,
)
from agent.simulator.speech import spoken_digits, spoken_phone
from agent.simulator.workflows.common import (
    Ctx,
    closing,
    dob_turn,
    failing_tool,
    handoff_reply,
    identified,
    quick_check,
)
from ingest.lexicon.calendar import day_phrase
from ingest.lexicon.money import money

_PAY = (
    "Hi, I'd like to pay my bill.",
    "I need to make a payment on my account.",
    "Hello, I want to pay my electric bill.",
    "Yes, hi, I'm calling to pay my balance.",
)
_BALANCE = (
    "What's my current balance?",
    "Hi, I just want to know how much I owe.",
    "How much is my bill this month?",
    "Can you tell me my balance and when it's due?",
)
_DISPUTE = (
    "My bill is way higher than usual and I want to know why.",
    "I think there's a mistake on my bill, it's double what I normally pay.",
)


def billing(ctx: Ctx) -> list[Turn]:
    rng, c = ctx.rng, ctx.caller
    balance = rng.randrange(2_500, 48_000)
    due = day_phrase(ctx.future(4, 24))
    balance_say = Say(f"Your current balance is {money(balance)}, due {due}.", ("account_data",))
    phone = c.phone[2:]
    if ctx.branch is Outcome.SHORT_SUCCESS:
        opener = ctx.pick_from(_BALANCE)
        lookup = Tool("get_balance", "account=by_ani")
        return quick_check(ctx, opener, "check_balance", "billing_lookup", lookup, balance_say, phone)

    dispute = ctx.branch is Outcome.POLICY_HANDOFF
    opener = ctx.pick_from(_DISPUTE if dispute else _PAY)
    intent = "dispute_charge" if dispute else "make_payment"
    find = Tool("find_account", f"phone={phone}", latency_ms=(120, 700))
    id_reply = identified(
        ctx,
        find,
        "Thanks. To verify your identity, what's your date of birth?",
        f"I found the account for {c.first} {c.last}, with a balance of {money(balance)}.",
        "Before we continue, what's your date of birth?",
    )
    turns = [
        Turn(
            opener,
            reply(
                Intent(intent, round(rng.uniform(0.75, 0.99), 2)),
                Say("I can help with that. What's the phone number on the account?"),
            ),
        ),
        Turn(ctx.answer(f"My number is {spoken_phone(rng, phone)}."), id_reply),
        dob_turn(
            ctx,
            "verify_identity",
            (150, 800),
            TaskStart("billing_lookup"),
            Tool("get_balance", "account=verified"),
            Say(f"Thank you, {c.first}, you're verified. " + balance_say.text, ("account_data",)),
            TaskEnd("billing_lookup", True),
            Say("Would you like to pay that today?"),
        ),
    ]
    if dispute:
        limit = rng.choice((200, 250, 300))
        lead = f"Billing disputes over {limit} dollars have to be reviewed by a billing specialist."
        turns.append(
            Turn(
                ctx.answer("No, I want to dispute it. It's way more than last month."),
                handoff_reply(ctx, "billing dispute above the self-service limit", "policy", lead),
            )
        )
        return turns
    turns.append(
        Turn(
            ctx.answer("Yes, I'd like to pay the full amount with the card on file."),
            reply(
                TaskStart("payment"),
                Say("Sure. For security, please say or key in the last four digits of the card on file."),
            ),
        )
    )
    last4 = f"{rng.randrange(10_000):04d}"
    pay = Tool("process_payment", f"amount={balance}, card=***{last4}", latency_ms=(700, 2500))
    if ctx.branch is Outcome.TOOL_FAILURE_HANDOFF:
        lead = "I'm sorry, our payment system isn't responding right now."
        fails = failing_tool(ctx, "process_payment", f"amount={balance}, card=***{last4}")
        handoff = handoff_reply(ctx, "payment system unavailable", "tool_failure", lead)
        pay_reply = reply(*fails, TaskEnd("payment", False, "tool_error"), *handoff.actions)
    elif ctx.branch is Outcome.TASK_FAILURE:
        pay_reply = reply(
            pay,
            TaskEnd("payment", False, "card_declined"),
            Say(
                "I'm sorry, that card was declined. You can try a different card, or pay online at any time."
            ),
        )
    else:
        conf = rng.randrange(10_000, 99_999)
        pay_reply = reply(
            pay,
            TaskEnd("payment", True),
            Say(
                f"Done. Your payment of {money(balance)} went through. Your confirmation number is {conf}.",
                ("confirmation", "account_data"),
            ),
        )
    if rng.random() < 0.5:
        turns.append(Turn("", pay_reply, dtmf=last4))
    else:
        turns.append(Turn(ctx.answer(f"The last four are {spoken_digits(rng, last4)}."), pay_reply))
    if ctx.branch is Outcome.TASK_FAILURE:
        turns.append(
            Turn(
                "Ugh. Okay, I'll just pay online later then.",
                reply(Say(ctx.pick("goodbye"))),
                hangup_after=True,
            )
        )
    elif ctx.branch is not Outcome.TOOL_FAILURE_HANDOFF:
        turns.extend(closing(ctx))
    return turns
