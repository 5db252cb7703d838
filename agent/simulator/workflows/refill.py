"""Prescription refill routing: member ID, date of birth, which medication, confirm the pharmacy.
Controlled medications must go to a pharmacist (policy handoff); no refills left routes a renewal
request to the prescriber (the task fails, the caller is still helped)."""

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
from agent.simulator.speech import spoken_member_id
from agent.simulator.workflows.common import (
    Ctx,
    closing,
    dob_turn,
    failing_tool,
    handoff_reply,
    identified,
    lexicon,
    quick_check,
)

_OPENERS = (
    "I need to refill my prescription.",
    "Hi, I'm calling to get a refill on one of my medications.",
    "Yes, hello, I'm running out of my pills and need a refill.",
)
_READY = ("tomorrow after 2 PM", "later today after 5 PM", "in two business days", "by Thursday afternoon")


def refill(ctx: Ctx) -> list[Turn]:
    rng, c = ctx.rng, ctx.caller
    lex = lexicon()
    controlled = ctx.branch is Outcome.POLICY_HANDOFF
    med, dose = rng.choice(lex["controlled"] if controlled else lex["medications"])
    pharmacy = ctx.pick("pharmacies")
    if ctx.branch is Outcome.SHORT_SUCCESS:
        opener = ctx.pick_from(
            ("Hi, is my refill ready for pickup?", "I want to check on my prescription order.")
        )
        lookup = Tool("get_refill_status", "member=by_ani")
        ready = Say(f"Yes, your {med} is ready for pickup at {pharmacy}.", ("account_data",))
        return quick_check(ctx, opener, "refill_status", "refill_status", lookup, ready, c.phone)

    member_id = rng.choice("ABHMKR") + f"{rng.randrange(10**7):07d}"
    find = Tool("find_member", f"member_id={member_id}", latency_ms=(100, 600))
    leaked = f"Thanks, I have {c.first} {c.last}, with a prescription on file for {med}."
    id_reply = identified(
        ctx, find, "Thanks. And your date of birth?", leaked, "And your date of birth, please?"
    )
    turns = [
        Turn(
            ctx.pick_from(_OPENERS),
            reply(
                Intent("refill_prescription", round(rng.uniform(0.75, 0.99), 2)),
                Say("I can help with that. What's your member ID? It's on the front of your insurance card."),
            ),
        ),
        Turn(ctx.answer(f"It's {spoken_member_id(rng, member_id)}."), id_reply),
        dob_turn(
            ctx,
            "verify_member",
            (150, 700),
            Say("Thank you, you're verified. Which medication would you like to refill?"),
        ),
    ]
    which = ctx.answer(f"My {med}, the {dose}.")
    lookup = Tool("lookup_prescription", f"drug={med.lower()}", latency_ms=(250, 1500))
    looked_up = (TaskStart("refill"), lookup)  # every branch but a failing tool
    if controlled:
        drug = med[0].upper() + med[1:]
        lead = f"{drug} is a controlled medication, so a pharmacist has to handle this refill."
        handoff = handoff_reply(ctx, "controlled substance refill", "policy", lead)
        end = (TaskEnd("refill", False, "controlled_substance"), *handoff.actions)
        turns.append(Turn(which, reply(*looked_up, *end)))
        return turns
    if ctx.branch is Outcome.TOOL_FAILURE_HANDOFF:
        lead = "I'm sorry, I can't reach the pharmacy system right now."
        handoff = handoff_reply(ctx, "pharmacy system unavailable", "tool_failure", lead)
        fails = failing_tool(ctx, "lookup_prescription", f"drug={med.lower()}")
        turns.append(
            Turn(
                which,
                reply(TaskStart("refill"), *fails, TaskEnd("refill", False, "tool_error"), *handoff.actions),
            )
        )
        return turns
    if ctx.branch is Outcome.TASK_FAILURE:
        doctor = ctx.pick("doctors")
        turns.append(
            Turn(
                which,
                reply(
                    *looked_up,
                    TaskEnd("refill", False, "no_refills_remaining"),
                    Say(
                        f"It looks like your {med} has no refills remaining. I've sent a renewal request to "
                        f"{doctor}'s office; they usually respond within two business days.",
                        ("account_data",),
                    ),
                ),
            )
        )
        turns.extend(closing(ctx))
        return turns
    left = rng.randint(1, 5)
    turns.append(
        Turn(
            which,
            reply(
                *looked_up,
                Say(
                    f"I see {med} {dose} with {left} refills remaining. Should I send it to {pharmacy}? "
                    "Say yes, or press 1 to confirm.",
                    ("account_data",),
                ),
            ),
        )
    )
    submit = reply(
        Tool("submit_refill", f"drug={med.lower()}", latency_ms=(400, 2000)),
        TaskEnd("refill", True),
        Say(f"Done. Your refill will be ready at {pharmacy} {rng.choice(_READY)}.", ("confirmation",)),
    )
    if rng.random() < 0.4:
        turns.append(Turn("", submit, dtmf="1"))
    else:
        turns.append(
            Turn(
                ctx.answer(ctx.pick_from(("Yes, please.", "Yes, that's the one.", "Yeah, that's fine."))),
                submit,
            )
        )
    turns.extend(closing(ctx))
    return turns
