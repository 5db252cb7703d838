"""The rules policy: slot filling from what callers really say, confirmations, and every template of
the scenario library replayed against it (the live simulator will replay the same scripts)."""

from __future__ import annotations

import random
import zlib
from collections import Counter
from datetime import date

import pytest

from agent.policy.rules import parse
from agent.policy.rules.policy import RulesPolicy
from agent.simulator import speech
from agent.simulator.scenarios import TEMPLATES, build_scenario
from agent.simulator.workflows.common import lexicon

TODAY = date(2025, 6, 2)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("My number is four one five, five five five, oh one nine eight.", "4155550198"),
        ("Oh, uh, my number is 415-555-0198.", "4155550198"),
        ("It's four one five five five five oh one ninety eight.", "4155550198"),
        ("Double five five, one two three, four five six seven", "5551234567"),
    ],
    ids=["words", "dashes", "pairs", "double"],
)
def test_phone_numbers(said, expected):
    assert parse.phone(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("It's March third nineteen eighty two.", date(1982, 3, 3)),
        ("March twenty first, 1975", date(1975, 3, 21)),
        ("It's 3/3/1982.", date(1982, 3, 3)),
        ("oh three, oh eight, eighty two", date(1982, 3, 8)),
        ("oh three, oh eight, four", date(2004, 3, 8)),
        ("Well, it's July fourth two thousand one", date(2001, 7, 4)),
    ],
    ids=["words", "ordinal-numeral-year", "slashes", "digits", "year-2004", "two-thousand"],
)
def test_dates_of_birth(said, expected):
    assert parse.dob(said, TODAY) == expected


def test_every_spoken_form_the_simulator_produces_is_understood():
    rng = random.Random(5)
    names = lexicon()
    misses = Counter()
    for _ in range(1_000):
        phone = f"{rng.choice(names['area_codes'])}555{rng.randrange(100, 200):04d}"
        misses["phone"] += parse.phone(f"Oh, my number is {speech.spoken_phone(rng, phone)}.") != phone
        born = date(rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28))
        misses["dob"] += parse.dob(f"It's {speech.spoken_dob(rng, born)}.", TODAY) != born
        last4 = f"{rng.randrange(10_000):04d}"
        misses["card"] += (
            parse.exact_digits(f"The last four are {speech.spoken_digits(rng, last4)}.", 4) != last4
        )
        member = rng.choice("ABHMKR") + f"{rng.randrange(10**7):07d}"
        misses["member"] += parse.member_id(f"Okay, it's {speech.spoken_member_id(rng, member)}.") != member
        first, last = rng.choice(names["first_names"]), rng.choice(names["last_names"])
        misses["name"] += parse.full_name(f"Um, it's {first} {last}. {speech.spelled(rng, last)}.") != (
            first,
            last,
        )
    assert sum(misses.values()) == 0, misses


def test_a_booking_confirmation_repeats_the_slot_and_spells_the_last_name(conversation):
    talk = conversation(RulesPolicy(), "appointment")
    talk.say("Hi, I need to book an appointment with Dr. Patel for a checkup.")
    assert talk.say("It's Maria Garcia. G-A-R-C-I-A.") == [
        "Thanks, Maria. I have your last name as G, A, R, C, I, A. And what's your date of birth?"
    ]
    talk.say("It's March third nineteen eighty two.")
    offer = talk.say("Something next Tuesday morning, if possible.")[0]
    assert offer.startswith("I have Tuesday, June 10th at") and "press 1 for" in offer
    confirmation = talk.press("1")[0]
    assert confirmation.startswith("You're booked for Tuesday, June 10th, at")
    assert "That's for Maria Garcia, G, A, R, C, I, A." in confirmation
    assert [d["success"] for d in talk.of("task.completed")] == [True]


def test_a_payment_reads_back_the_card_digits_and_is_tagged(conversation):
    talk = conversation(RulesPolicy())
    talk.say("I need to make a payment on my account.")
    talk.say("My number is 415 555 0198.")
    verified = talk.say("It's March third, 1982.")
    assert verified[0].startswith("Thank you, you're verified. Your current balance is $")
    assert verified[1] == "Would you like to pay that today?"
    assert talk.say("Yes, the full amount with the card on file.")[0].endswith("card on file.")
    assert talk.state.expect_digits == 4
    done = talk.press("8821")[0]
    assert "card ending in 8, 8, 2, 1 went through" in done
    assert [d["task"] for d in talk.of("task.completed") if d["success"]] == ["billing_lookup", "payment"]


def test_a_wrong_date_of_birth_twice_falls_back_to_a_one_time_code(conversation):
    talk = conversation(RulesPolicy())
    talk.say("I want to pay my bill.")
    talk.say("4155550198")
    talk.say("It's March third, 1982.")  # enrols the sample record's date of birth
    other = conversation(RulesPolicy(), backend=talk.backend)
    other.say("I want to pay my bill.")
    other.say("4155550198")
    assert "doesn't match" in other.say("It's May fifth, 1990.")[0]
    assert "texted a six-digit code" in other.say("May fifth, 1990.")[0]
    code = other.backend.sent_code(other.state.identity.customer_id)
    assert code is not None
    assert other.press(code)[0].startswith("Thank you, you're verified.")
    assert other.state.identity.method == "otp"


def test_say_that_again_repeats_the_question_without_counting_a_miss(conversation):
    talk = conversation(RulesPolicy(), "refill")
    talk.say("I need to refill my prescription.")
    assert talk.say("Sorry, could you say that again?") == ["Of course. What's your member ID?"]
    assert talk.state.misses == 0


# What each template must end with when replayed: a task that succeeded, and/or the handoff trigger.
EXPECTED = {
    "success": (True, None),
    "short_success": (True, None),
    "task_failure": (None, None),
    "tool_failure_handoff": (None, "tool_failure"),
    "policy_handoff": (None, "policy"),
    "keyword_handoff": (None, "keyword"),
    "caller_request_handoff": (None, "caller_request"),
}


@pytest.mark.parametrize("template", [t for t in TEMPLATES], ids=lambda t: t.name)
def test_the_scenario_library_plays_through(template, replay_scenario):
    rng = random.Random(zlib.crc32(template.name.encode()))
    outcomes = Counter()
    for _ in range(8):
        scenario = build_scenario(template, rng, TODAY)
        talk = replay_scenario(scenario)
        succeeded = any(d["success"] for d in talk.of("task.completed"))
        trigger = talk.state.closing.trigger if talk.state.closing else None
        outcomes[(succeeded, trigger)] += 1
        want_success, want_trigger = EXPECTED.get(template.outcome.value, (None, None))
        if want_trigger is not None:
            assert trigger == want_trigger, talk.said
        if want_success is not None:
            assert succeeded == want_success, talk.said
        if template.outcome.value == "task_failure":
            reasons = {d.get("reason") for d in talk.of("task.completed") if not d["success"]}
            assert reasons & {"card_declined", "no_availability", "no_refills_remaining"}, talk.said
        if template.outcome.value == "frustration_handoff":
            assert trigger in ("frustration", None), talk.said
    if template.outcome.value == "frustration_handoff":
        assert outcomes[(False, "frustration")] + outcomes[(True, "frustration")] >= 3, outcomes
