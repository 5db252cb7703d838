"""The tools the agent can use: what each needs, whether it changes something, what it returns.

One list serves both policies: the rules policy calls tools by name, the LLM policy gets the same
list as OpenAI function schemas. ``needs`` is the identity level required before the tool may run
(``caller_id`` for read-only lookups after a caller-ID match, ``knowledge`` for anything that moves
money or reads details a caller-ID match must not unlock).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

Level = Literal["none", "caller_id", "knowledge"]
LEVELS: Mapping[str, int] = MappingProxyType({"none": 0, "caller_id": 1, "knowledge": 2})


@dataclass(frozen=True)
class ToolSpec:
    name: str
    description: str
    params: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # argument -> what it is
    needs: Level = "none"
    action: bool = False  # changes something: idempotency key, survives a barge-in
    returns: tuple[str, ...] = ()  # fields the answer must have; else it is a schema mismatch
    verifies: Literal["", "knowledge", "otp", "caller_id"] = ""  # a verification tool, and its method
    finds: bool = False  # identifies a record (sets the candidate customer)
    optional: tuple[str, ...] = ()  # params the model may leave out; every other one is required

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(name for name in self.params if name not in self.optional)

    def openai_schema(self) -> dict[str, Any]:
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": {
                    "type": "object",
                    "properties": {k: {"type": "string", "description": v} for k, v in self.params.items()},
                    "required": list(self.required),
                },
            },
        }


def _p(**params: str) -> Mapping[str, str]:
    return MappingProxyType(params)


_DOB = _p(dob="date of birth, ISO format YYYY-MM-DD")
_DRUG = _p(drug="drug name")
# One tool a row: name, what the model is told, its arguments, then what it needs, does and returns.
TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec("lookup_caller", "Identify the caller by caller ID.",
             returns=("customer_id",), verifies="caller_id", finds=True),
    # Billing (the one-time code serves any record found).
    ToolSpec("find_account", "Find a billing account by its phone number.",
             _p(phone="the 10-digit phone number on the account"), returns=("account_id",), finds=True),
    ToolSpec("verify_identity", "Verify the account holder by date of birth.", _DOB,
             returns=("verified",), verifies="knowledge"),
    ToolSpec("send_code", "Text a one-time code to the phone on file of the record found.",
             returns=("sent",)),
    ToolSpec("verify_code", "Verify the caller with the one-time code they received.",
             _p(code="the 6-digit code"), returns=("verified",), verifies="otp"),
    ToolSpec("get_balance", "Read the verified account's balance and due date.",
             needs="caller_id", returns=("balance_cents", "due_date")),
    ToolSpec("process_payment", "Pay an amount with the card on file.",
             _p(amount_cents="amount in cents", card_last4="last four digits of the card on file"),
             needs="knowledge", action=True, returns=("status",)),
    # Appointments.
    ToolSpec("find_patient", "Find a patient by first and last name.",
             _p(first_name="first name", last_name="last name, as spelled"),
             returns=("patient_id",), finds=True),
    ToolSpec("verify_patient", "Verify the patient by date of birth.", _DOB,
             returns=("verified",), verifies="knowledge"),
    ToolSpec("lookup_appointment", "Read the patient's next appointment.",
             needs="caller_id", returns=("has_appointment",)),
    ToolSpec("find_slots", "Free appointment slots for a doctor on a day.",
             _p(doctor="doctor's name", day="ISO date", part="am or pm"), optional=("doctor", "part"),
             needs="knowledge", returns=("slots", "day")),
    ToolSpec("book_appointment", "Book a slot.", _p(doctor="doctor", day="ISO date", time="e.g. 9:15 AM"),
             needs="knowledge", action=True, returns=("status",)),
    # Pharmacy refills.
    ToolSpec("find_member", "Find a pharmacy member by member ID.", _p(member_id="e.g. M4471902"),
             returns=("member_ref",), finds=True),
    ToolSpec("verify_member", "Verify the member by date of birth.", _DOB,
             returns=("verified",), verifies="knowledge"),
    ToolSpec("lookup_prescription", "Look up the member's prescription for a drug.", _DRUG,
             needs="knowledge", returns=("drug", "refills_left", "rx_status", "controlled")),
    ToolSpec("submit_refill", "Route a refill of a drug to the member's pharmacy.", _DRUG,
             needs="knowledge", action=True, returns=("status", "ready_by")),
    ToolSpec("request_renewal", "Ask the prescriber to renew a prescription.", _DRUG,
             needs="knowledge", action=True, returns=("status",)),
    ToolSpec("get_refill_status", "Status of the member's latest refill.",
             needs="caller_id", returns=("rx_status",)),
    # Any workflow.
    ToolSpec("escalate", "Open a ticket for a person to follow up.", _p(reason="why, no personal data"),
             action=True, returns=("ticket",)),
)  # fmt: skip
BY_NAME: Mapping[str, ToolSpec] = MappingProxyType({t.name: t for t in TOOLS})


def spec(name: str) -> ToolSpec | None:
    return BY_NAME.get(name)
