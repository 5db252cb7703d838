"""The sample backend's records and the fictional reference data they are made from.

Values that a real system would store are derived from a hash of the record's key, so the same
caller always gets the same balance, refills and pharmacy, run after run.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta

MEDICATIONS: dict[str, str] = {
    "lisinopril": "ten milligram",
    "metformin": "five hundred milligram",
    "atorvastatin": "twenty milligram",
    "levothyroxine": "fifty microgram",
    "amlodipine": "five milligram",
    "sertraline": "fifty milligram",
    "albuterol": "inhaler",
    "omeprazole": "twenty milligram",
}
CONTROLLED: dict[str, str] = {
    "oxycodone": "five milligram",
    "alprazolam": "half milligram",
    "adderall": "twenty milligram",
    "zolpidem": "ten milligram",
}
PHARMACIES = (
    "the Walgreens on Main Street",
    "the CVS on Fifth Avenue",
    "the Rite Aid on Oak Street",
    "our mail-order pharmacy",
)
DOCTORS = (
    "Dr. Patel",
    "Dr. Nguyen",
    "Dr. Alvarez",
    "Dr. Okafor",
    "Dr. Brennan",
    "Dr. Lindqvist",
    "Dr. Haddad",
)
AM_SLOTS = ("8:00 AM", "8:30 AM", "9:15 AM", "9:30 AM", "10:00 AM", "10:45 AM", "11:15 AM")
PM_SLOTS = ("1:00 PM", "1:30 PM", "2:15 PM", "2:45 PM", "3:30 PM", "4:00 PM", "4:30 PM")
READY_BY = ("tomorrow after 2 PM", "later today after 5 PM", "in two business days")


def stable_int(key: str, modulo: int) -> int:
    """A number in ``[0, modulo)`` that only depends on ``key``."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big") % modulo


@dataclass
class Prescription:
    drug: str
    dose: str
    refills_left: int
    controlled: bool
    rx_status: str = "active"


@dataclass
class Person:
    """One fictional customer: billing account, patient record and pharmacy member in one."""

    person_id: str
    first: str = ""
    last: str = ""
    phone: str = ""  # 10 digits, national
    dob: date | None = None  # None until first verified (enrolled sample records only)
    member_id: str = ""
    balance_cents: int = 0
    due: date = field(default_factory=date.today)
    appointment: tuple[date, str, str] | None = None  # day, time, doctor
    pharmacy: str = PHARMACIES[0]
    prescriptions: dict[str, Prescription] = field(default_factory=dict)

    def prescription(self, drug: str) -> Prescription:
        """The record's prescription for ``drug``; sample records get one on first ask."""
        key = drug.lower()
        if key not in self.prescriptions:
            controlled = key in CONTROLLED
            dose = CONTROLLED.get(key) or MEDICATIONS.get(key, "")
            refills = 1 + stable_int(self.person_id + key, 5)
            self.prescriptions[key] = Prescription(key, dose, refills, controlled)
        return self.prescriptions[key]


def sample_person(person_id: str, today: date) -> Person:
    """A new fictional record with values derived from its id."""
    doctor = DOCTORS[stable_int(person_id + "dr", len(DOCTORS))]
    slot = (AM_SLOTS + PM_SLOTS)[stable_int(person_id + "slot", 14)]
    return Person(
        person_id=person_id,
        balance_cents=2_500 + stable_int(person_id + "bal", 45_000),
        due=today + timedelta(days=4 + stable_int(person_id + "due", 20)),
        appointment=(today + timedelta(days=2 + stable_int(person_id + "day", 10)), slot, doctor),
        pharmacy=PHARMACIES[stable_int(person_id + "ph", len(PHARMACIES))],
    )
