"""Street addresses with spoken house numbers and USPS suffixes, names after cues and spelled
surnames, e-mail addresses with spoken digits, spoken dates of birth: replaced whole."""

from __future__ import annotations

import re

import pytest

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor

CASES = [
    ("we moved to twenty nine sixty three Willow Haven last month", ["twenty", "sixty", "willow", "haven"]),
    ("the address is seven eighty eight north larkspur crest unit b", ["seven", "eighty", "larkspur"]),
    ("ship it to one oh one five Gable Stravenue", ["one", "gable", "stravenue"]),
    ("it's 55 Pinecone Burgs number 3", ["55", "pinecone", "3"]),
    ("i got a letter at eight eleventh bluffs", ["eight", "eleventh", "bluffs"]),
    ("thirty four eighty five french grove key four seventy", ["thirty", "french", "seventy"]),
    ("we live at 4410 Old Mill Causeway Suite 200, Austin Texas 78701", ["4410", "mill", "200", "78701"]),
    ("the account is under Beverly Nakamura", ["beverly", "nakamura"]),
    ("yeah it's listed under maureen o'sullivan", ["maureen", "o'sullivan"]),
    ("last name howell h o w e l l", ["howell", "h o w"]),
    ("last name is hughes, that's h-u-g-h-e-s", ["hughes", "h-u-g"]),
    ("That's G, A, R, C, I, A.", ["g", "a", "r", "c"]),
    ("the name's anthony gross", ["anthony", "gross"]),
    ("Autumn D. Merritt is the patient", ["autumn", "merritt"]),
    ("you can email me at tanya dot k five one at outlook dot com", ["tanya", "five one", "outlook"]),
    ("email guy underscore p i t t s three four at ymail dot com", ["guy", "p i t", "three four"]),
    ("my date of birth is December fifteen, nineteen fifty seven", ["december", "fifteen", "fifty"]),
    ("birthday is 7 14 1975", ["14", "1975"]),
]


@pytest.mark.parametrize(("said", "secrets"), CASES, ids=[c[0][:40] for c in CASES])
def test_personal_data_is_replaced_whole(
    speech_redactor: SpeechRedactor, said: str, secrets: list[str]
) -> None:
    outside = re.sub(r"<[A-Z_]+:[0-9a-f]+>", "|", redact_text(speech_redactor, said)).lower()
    assert [s for s in secrets if re.search(rf"(?<![a-z0-9]){re.escape(s)}(?![a-z0-9])", outside)] == [], (
        outside
    )
