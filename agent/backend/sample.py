"""An in-memory sample backend: billing accounts, patients, pharmacy members, with fault injection.

By default it *enrolls* callers it does not know (``enroll_unknown=True``): a phone number, name or
member ID it has never seen gets a fictional record, and the first date of birth given for that
record becomes the one it is verified against. That lets the caller simulator, whose callers are
random, run whole workflows against the agent; identity is still required before any account detail
is read out. Seed known records with ``add_person`` and turn enrolment off to test refusals.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from agent.backend.data import (
    AM_SLOTS,
    DOCTORS,
    PM_SLOTS,
    READY_BY,
    Person,
    sample_person,
    stable_int,
)
from agent.backend.errors import BackendError, NotFoundError
from agent.backend.faults import Fault, FaultBook

Operation = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _arg(args: dict[str, Any], name: str) -> str:
    value = args.get(name)
    if value is None or value == "":
        raise BackendError("bad_request", f"missing argument {name}")
    return str(value)


class SampleBackend:
    """The reference backend. ``call(operation, args)`` runs one operation with faults applied."""

    def __init__(self, *, today: date | None = None, enroll_unknown: bool = True) -> None:
        self.today = today or date.today()
        self.enroll_unknown = enroll_unknown
        self._people: dict[str, Person] = {}
        self._done: dict[str, dict[str, Any]] = {}
        self._codes: dict[
            str, str
        ] = {}  # customer id -> the one-time code last sent  # idempotency key -> first answer
        self._faults = FaultBook()
        self.calls: dict[str, int] = {}  # operation -> times run (after faults), for tests and admin
        self._ops: dict[str, Operation] = {
            "lookup_caller": self._lookup_caller,
            "find_account": self._find_account,
            "verify_identity": self._verify,
            "send_code": self._send_code,
            "verify_code": self._verify_code,
            "get_balance": self._get_balance,
            "process_payment": self._process_payment,
            "find_patient": self._find_patient,
            "verify_patient": self._verify,
            "lookup_appointment": self._lookup_appointment,
            "find_slots": self._find_slots,
            "book_appointment": self._book_appointment,
            "find_member": self._find_member,
            "verify_member": self._verify,
            "lookup_prescription": self._lookup_prescription,
            "submit_refill": self._submit_refill,
            "request_renewal": self._request_renewal,
            "get_refill_status": self._get_refill_status,
            "escalate": self._escalate,
        }

    @property
    def operations(self) -> tuple[str, ...]:
        return tuple(self._ops)

    # ---- interface ---------------------------------------------------------------------------

    async def call(self, operation: str, args: dict[str, Any]) -> dict[str, Any]:
        op = self._ops.get(operation)
        if op is None:
            raise BackendError("unknown_operation", f"no operation {operation}")

        async def run() -> dict[str, Any]:
            await asyncio.sleep(0)  # a real backend yields to the loop; so does this one
            self.calls[operation] = self.calls.get(operation, 0) + 1
            key = args.get("idempotency_key")
            if key and key in self._done:
                return dict(self._done[key])
            result = await op(args)
            if key:
                self._done[str(key)] = dict(result)
            return result

        return await self._faults.run(operation, run)

    def inject(self, operation: str, kind: str, **options: Any) -> int:
        if operation != "*" and operation not in self._ops:
            raise ValueError(f"unknown operation {operation!r}")
        return self._faults.add(Fault(operation=operation, kind=kind, **options))  # type: ignore[arg-type]

    def clear_faults(self, fault_id: int | None = None) -> int:
        return self._faults.clear(fault_id)

    def faults(self) -> list[Fault]:
        return self._faults.active()

    def add_person(self, person: Person) -> None:
        """Seed a known record (its phone, name and member ID find it; its DOB verifies it)."""
        self._people[person.person_id] = person

    # ---- records -----------------------------------------------------------------------------

    def _find(self, match: Callable[[Person], bool], make: Callable[[], Person], what: str) -> Person:
        for person in self._people.values():
            if match(person):
                return person
        if not self.enroll_unknown:
            raise NotFoundError(what)
        person = make()
        self._people[person.person_id] = person
        return person

    def _new(self, key: str) -> Person:
        return sample_person("P" + hashlib.sha256(key.encode()).hexdigest()[:10], self.today)

    def _person(self, person_id: str) -> Person:
        person = self._people.get(person_id)
        if person is None:
            raise NotFoundError("record")
        return person

    def _by_phone(self, phone: str) -> Person:
        national = _digits(phone)[-10:]
        if len(national) != 10:
            raise BackendError("bad_request", "a phone number has 10 digits")

        def make() -> Person:
            person = self._new("phone" + national)
            person.phone = national
            return person

        return self._find(lambda p: p.phone == national, make, "account")

    # ---- operations --------------------------------------------------------------------------

    async def _lookup_caller(self, args: dict[str, Any]) -> dict[str, Any]:
        person = self._by_phone(_arg(args, "ani"))
        return {"customer_id": person.person_id, "first_name": person.first}

    async def _find_account(self, args: dict[str, Any]) -> dict[str, Any]:
        person = self._by_phone(_arg(args, "phone"))
        return {"account_id": person.person_id, "first_name": person.first}

    async def _verify(self, args: dict[str, Any]) -> dict[str, Any]:
        person = self._person(_arg(args, "customer_id"))
        given = date.fromisoformat(_arg(args, "dob"))
        if person.dob is None and self.enroll_unknown:
            person.dob = given  # enrolment: the first date of birth given is the one on file
        return {"verified": person.dob == given}

    async def _send_code(self, args: dict[str, Any]) -> dict[str, Any]:
        person = self._person(_arg(args, "customer_id"))
        code = f"{stable_int(person.person_id + str(len(self._codes)), 10**6):06d}"
        self._codes[person.person_id] = code
        return {"sent": True, "channel": "sms"}

    async def _verify_code(self, args: dict[str, Any]) -> dict[str, Any]:
        customer_id = _arg(args, "customer_id")
        given = re.sub(r"\D", "", _arg(args, "code"))
        return {"verified": bool(given) and self._codes.pop(customer_id, None) == given}

    def sent_code(self, customer_id: str) -> str | None:
        """The one-time code last texted to a record (the sample backend's 'phone'), for tests."""
        return self._codes.get(customer_id)

    async def _get_balance(self, args: dict[str, Any]) -> dict[str, Any]:
        person = self._person(_arg(args, "customer_id"))
        return {"balance_cents": person.balance_cents, "due_date": person.due.isoformat()}

    async def _process_payment(self, args: dict[str, Any]) -> dict[str, Any]:
        person = self._person(_arg(args, "customer_id"))
        amount = int(_arg(args, "amount_cents"))
        last4 = _arg(args, "card_last4")
        if amount <= 0 or len(last4) != 4:
            raise BackendError("bad_request", "amount and the card's last four digits are needed")
        person.balance_cents = max(0, person.balance_cents - amount)
        confirmation = f"{10_000 + stable_int(str(args.get('idempotency_key')), 89_999)}"
        return {"status": "approved", "amount_cents": amount, "confirmation": confirmation}

    async def _find_patient(self, args: dict[str, Any]) -> dict[str, Any]:
        first, last = _arg(args, "first_name"), _arg(args, "last_name")

        def make() -> Person:
            person = self._new(f"name{first.lower()}|{last.lower()}")
            person.first, person.last = first, last
            return person

        person = self._find(
            lambda p: p.first.lower() == first.lower() and p.last.lower() == last.lower(), make, "patient"
        )
        return {"patient_id": person.person_id, "first_name": person.first}

    async def _lookup_appointment(self, args: dict[str, Any]) -> dict[str, Any]:
        person = self._person(_arg(args, "customer_id"))
        if person.appointment is None:
            return {"has_appointment": False}
        day, time, doctor = person.appointment
        return {"has_appointment": True, "day": day.isoformat(), "time": time, "doctor": doctor}

    async def _find_slots(self, args: dict[str, Any]) -> dict[str, Any]:
        doctor = str(args.get("doctor") or DOCTORS[0])
        day = date.fromisoformat(_arg(args, "day"))
        part = str(args.get("part") or "am")
        grid = AM_SLOTS if part == "am" else PM_SLOTS
        return {"doctor": doctor, "day": day.isoformat(), "slots": list(grid)}

    async def _book_appointment(self, args: dict[str, Any]) -> dict[str, Any]:
        person = self._person(_arg(args, "customer_id"))
        day = date.fromisoformat(_arg(args, "day"))
        time, doctor = _arg(args, "time"), _arg(args, "doctor")
        if time not in AM_SLOTS + PM_SLOTS:
            raise BackendError("slot_unavailable", "no such slot")
        person.appointment = (day, time, doctor)
        return {"status": "booked", "day": day.isoformat(), "time": time, "doctor": doctor}

    async def _find_member(self, args: dict[str, Any]) -> dict[str, Any]:
        member_id = _arg(args, "member_id").upper()

        def make() -> Person:
            person = self._new("member" + member_id)
            person.member_id = member_id
            return person

        person = self._find(lambda p: p.member_id == member_id, make, "member")
        return {"member_ref": person.person_id, "first_name": person.first}

    async def _lookup_prescription(self, args: dict[str, Any]) -> dict[str, Any]:
        person = self._person(_arg(args, "customer_id"))
        rx = person.prescription(_arg(args, "drug"))
        return {
            "drug": rx.drug,
            "dose": rx.dose,
            "refills_left": rx.refills_left,
            "rx_status": rx.rx_status,
            "controlled": rx.controlled,
            "pharmacy": person.pharmacy,
        }

    async def _submit_refill(self, args: dict[str, Any]) -> dict[str, Any]:
        person = self._person(_arg(args, "customer_id"))
        rx = person.prescription(_arg(args, "drug"))
        if rx.refills_left <= 0:
            raise BackendError("no_refills_remaining", "no refills left")
        rx.refills_left -= 1
        ready = READY_BY[stable_int(person.person_id + rx.drug, len(READY_BY))]
        return {"status": "submitted", "pharmacy": person.pharmacy, "ready_by": ready}

    async def _request_renewal(self, args: dict[str, Any]) -> dict[str, Any]:
        person = self._person(_arg(args, "customer_id"))
        doctor = person.appointment[2] if person.appointment else DOCTORS[0]
        return {"status": "sent", "doctor": doctor, "respond_within_days": 2}

    async def _get_refill_status(self, args: dict[str, Any]) -> dict[str, Any]:
        person = self._person(_arg(args, "customer_id"))
        drug = next(iter(person.prescriptions), "lisinopril")
        rx = person.prescription(drug)
        return {"drug": rx.drug, "rx_status": "ready", "pharmacy": person.pharmacy}

    async def _escalate(self, args: dict[str, Any]) -> dict[str, Any]:
        ticket = f"T{stable_int(str(args.get('idempotency_key') or args), 10**6):06d}"
        return {"ticket": ticket, "queue": str(args.get("queue") or "general")}
