"""Intent detection for the three workflows, plus the small talk every call has: "say that again?",
thanks, goodbye, and the side questions callers ask once their task is done.

Patterns are ordered: the first match wins, so the specific ("reschedule") comes before the general
("appointment"). Confidence is a fixed score per pattern strength, not a probability.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class IntentMatch:
    intent: str
    workflow: str
    confidence: float


_INTENTS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (intent, workflow, re.compile(pattern, re.IGNORECASE))
    for intent, workflow, pattern in (
        (
            "urgent_symptoms",
            "appointment",
            r"chest pains?|can'?t (catch my )?breath|short(ness)? of breath|vision (went|is) blurry"
            r"|blurry all of a sudden|can i come in today",
        ),
        ("reschedule_appointment", "appointment", r"reschedule|move my appointment|change my appointment"),
        (
            "confirm_appointment",
            "appointment",
            r"confirm my appointment|have an appointment coming up|when is my appointment",
        ),
        (
            "schedule_appointment",
            "appointment",
            r"\b(book|make|schedule|need) an? appointment|appointment with",
        ),
        (
            "refill_status",
            "refill",
            r"refill (is )?ready|ready for pick ?up|check on my (prescription|refill|order)"
            r"|status of my refill",
        ),
        ("refill_prescription", "refill", r"\brefill|running out of my|prescription"),
        (
            "dispute_charge",
            "billing",
            r"mistake on my bill|higher than usual|double what i|dispute|wrong charge|overcharged",
        ),
        ("make_payment", "billing", r"\bpay\b|make a payment|payment on my account"),
        ("check_balance", "billing", r"\bbalance\b|how much (do )?i owe|how much is my bill"),
    )
)

REPEAT_REQUEST = re.compile(
    r"say that again|what was that|can you repeat|repeat (it|that)|what do you need from me"
    r"|didn'?t (quite )?catch|come again|pardon",
    re.IGNORECASE,
)
CLOSER = re.compile(
    r"that'?s (all|it|everything)|\bbye\b|goodbye|nothing else|i'?m (all set|good)|no,? thanks?\b",
    re.IGNORECASE,
)
THANKS = re.compile(r"\bthanks?\b|thank you|appreciate|perfect|wonderful|great|lovely|awesome", re.IGNORECASE)
LEAVING = re.compile(
    r"forget it|never mind|call back|deal with this later|have to go|wrong number", re.IGNORECASE
)

# (workflow, pattern, answer): the side questions callers ask, answered in one breath.
_FAQ: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (wf, re.compile(p, re.IGNORECASE), a)
    for wf, p, a in (
        ("billing", r"autopay|automatic payments?",
         "Yes. You can turn on autopay in the mobile app under Billing, or on our website."),
        ("billing", r"paperless",
         "We do. You can turn on paperless billing in your online account under Settings."),
        ("billing", r"why was my bill higher|bill (so )?high",
         "Usage went up compared to last month. You can see the daily breakdown in the app under Usage."),
        ("appointment", r"park",
         "There's free parking behind the building. Please arrive about ten minutes early to check in."),
        ("appointment", r"bring anything|what should i bring|need to bring",
         "Please bring your insurance card, a photo ID, and a list of the medications you take."),
        ("appointment", r"cancel",
         "You can cancel or reschedule up to twenty four hours before the appointment."),
        ("refill", r"ninety day|90 day",
         "Most plans cover ninety day supplies for maintenance medications. Your doctor needs to write "
         "the prescription that way, and we can request it for you."),
        ("refill", r"deliver",
         "Yes, home delivery is available for most medications and usually takes two to three days."),
        ("refill", r"how much will it cost|cost|copay|price",
         "With most plans, generic medications have a copay of ten dollars or less."),
    )
)  # fmt: skip


def detect_intent(text: str) -> IntentMatch | None:
    for intent, workflow, pattern in _INTENTS:
        if pattern.search(text):
            return IntentMatch(intent, workflow, 0.9)
    return None


def faq_answer(text: str, workflow: str) -> str | None:
    """The answer to a side question; the call's own workflow first, then the others."""
    ordered = sorted(_FAQ, key=lambda item: item[0] != workflow)
    for _, pattern, answer in ordered:
        if pattern.search(text):
            return answer
    return None
