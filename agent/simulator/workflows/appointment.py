"""Appointment scheduling: name (last name spelled), date of birth, preferred day, pick a slot by voice
or keypad; reschedules read the existing appointment back (account data)."""

from __future__ import annotations

from datetime import timedelta

from agent.simulator.model import (
    Action,
    End,
    Intent,
    Outcome,
    Say,
    TaskEnd,
    TaskStart,
    Tool,
    Turn,
    reply,
)
from agent.simulator.speech import spelled
from agent.simulator.workflows.common import (
    Ctx,
    closing,
    dob_turn,
    failing_tool,
    handoff_reply,
    identified,
    quick_check,
)
from ingest.lexicon.calendar import WEEKDAYS, day_phrase

_AM = ("8:00 AM", "8:30 AM", "9:15 AM", "9:30 AM", "10:00 AM", "10:45 AM", "11:15 AM")
_PM = ("1:00 PM", "1:30 PM", "2:15 PM", "2:45 PM", "3:30 PM", "4:00 PM", "4:30 PM")
_URGENT = (
    ("I've been having chest pains since last night", "Chest pain"),
    ("my vision went blurry all of a sudden this morning", "Sudden vision changes"),
    ("I can't catch my breath when I walk up the stairs", "Shortness of breath"),
)


def appointment(ctx: Ctx) -> list[Turn]:
    rng, c = ctx.rng, ctx.caller
    doctor = ctx.pick("doctors")
    existing_day, existing_time = day_phrase(ctx.future(2, 12)), ctx.time_of_day()
    existing = f"{existing_day} at {existing_time} with {doctor}"
    if ctx.branch is Outcome.SHORT_SUCCESS:
        opener = ctx.pick_from(
            ("Hi, I'm just calling to confirm my appointment.", "Do I have an appointment coming up?")
        )
        lookup = Tool("lookup_appointment", "patient=by_ani")
        confirmed = Say(f"Yes, you're confirmed for {existing}.", ("account_data", "confirmation"))
        return quick_check(
            ctx, opener, "confirm_appointment", "appointment_confirm", lookup, confirmed, c.phone
        )

    resched = rng.random() < 0.35
    if resched:
        opener = ctx.pick_from(
            ("I need to reschedule my appointment.", "Hi, can I move my appointment to another day?")
        )
    else:
        opener = f"Hi, I need to book an appointment with {doctor} for {ctx.pick('visit_reasons')}."
    find = Tool("find_patient", f"name={c.first[0]}. {c.last[0]}.", latency_ms=(120, 600))
    id_reply = identified(
        ctx,
        find,
        f"Thanks, {c.first}. And what's your date of birth?",
        f"Thanks, {c.first}. I see your next appointment is {existing}.",
        "Before we go on, what's your date of birth?",
    )
    verify: list[Action] = [TaskStart("appointment")]
    if resched:
        verify += [
            Tool("lookup_appointment", "patient=verified"),
            Say(
                f"Thank you. I see your appointment on {existing}. What day would work better?",
                ("account_data",),
            ),
        ]
    else:
        verify.append(Say("Thank you, you're verified. What day works best for you?"))
    turns = [
        Turn(
            opener,
            reply(
                Intent(
                    "reschedule_appointment" if resched else "schedule_appointment",
                    round(rng.uniform(0.7, 0.99), 2),
                ),
                Say(
                    "I can help with that. Can I have your first and last name? Please spell your last name."
                ),
            ),
        ),
        Turn(ctx.answer(f"It's {c.first} {c.last}. {spelled(rng, c.last)}."), id_reply),
        dob_turn(ctx, "verify_patient", (150, 700), *verify),
    ]
    morning = rng.random() < 0.5
    weekday = rng.randrange(5)
    want = f"Something next {WEEKDAYS[weekday]} {'morning' if morning else 'afternoon'}, if possible."
    if ctx.branch is Outcome.POLICY_HANDOFF:
        symptom, label = rng.choice(_URGENT)
        lead = (
            f"{label} needs to be checked by a nurse right away, so I'm transferring you to our nurse line."
        )
        handoff = handoff_reply(ctx, "urgent symptoms reported", "policy", lead)
        turns.append(
            Turn(
                f"Actually, {symptom}. Can I come in today?",
                reply(
                    Intent("urgent_symptoms", 0.93),
                    TaskEnd("appointment", False, "urgent_symptoms"),
                    *handoff.actions,
                ),
            )
        )
        return turns
    ahead = (weekday - ctx.today.weekday()) % 7 + 7  # "next Tuesday": the one after this week's
    slot_day = day_phrase(ctx.today + timedelta(days=ahead))
    t1, t2 = sorted(rng.sample(_AM if morning else _PM, 2), key=(_AM + _PM).index)
    find_slots = Tool(
        "find_slots", f"doctor={doctor}, part={'am' if morning else 'pm'}", latency_ms=(300, 1800)
    )
    if ctx.branch is Outcome.TOOL_FAILURE_HANDOFF:
        lead = "I'm sorry, our scheduling system isn't responding."
        handoff = handoff_reply(ctx, "scheduling system unavailable", "tool_failure", lead)
        fails = failing_tool(ctx, "find_slots", f"doctor={doctor}")
        turns.append(
            Turn(
                ctx.answer(want), reply(*fails, TaskEnd("appointment", False, "tool_error"), *handoff.actions)
            )
        )
        return turns
    if ctx.branch is Outcome.TASK_FAILURE:
        turns.append(
            Turn(
                ctx.answer(want),
                reply(
                    find_slots,
                    TaskEnd("appointment", False, "no_availability"),
                    Say(
                        f"I'm sorry, {doctor} has no openings in the next three weeks. "
                        "I can add you to the waitlist, or you can call back next week."
                    ),
                ),
            )
        )
        turns.append(Turn("Oh. Okay, I'll call back next week then.", reply(Say(ctx.pick("goodbye")), End())))
        return turns
    turns.append(
        Turn(
            ctx.answer(want),
            reply(
                find_slots,
                Say(
                    f"I have {slot_day} at {t1} or {t2} with {doctor}. "
                    f"Say the time you'd like, or press 1 for {t1} and 2 for {t2}."
                ),
            ),
        )
    )
    pick_first = rng.random() < 0.6
    chosen = t1 if pick_first else t2
    book = reply(
        Tool("book_appointment", f"slot={chosen}", latency_ms=(300, 1500)),
        TaskEnd("appointment", True),
        Say(
            f"You're booked for {slot_day} at {chosen} with {doctor}. "
            "You'll get a text confirmation shortly.",
            ("confirmation",),
        ),
    )
    if rng.random() < 0.4:
        turns.append(Turn("", book, dtmf="1" if pick_first else "2"))
    else:
        turns.append(Turn(ctx.answer(f"{chosen.split(' ')[0]} works for me."), book))
    turns.extend(closing(ctx))
    return turns
