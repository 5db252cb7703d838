"""What a caller says, and what an analyst must never read in the redacted transcript."""

from __future__ import annotations

import pytest

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor

CASES = [
    ("my social is one two three, four five, six seven eight nine", ["six seven eight"], "US_SSN"),
    ("social security number 123-45-6789", ["6789"], "US_SSN"),
    ("the last four of my social are eight eight two one", ["eight eight two one"], "US_SSN"),
    (
        "card number four one one one, one one one one, one one one one, one one one one",
        ["one one one one"],
        "CREDIT_CARD",
    ),
    ("it's 4111 1111 1111 1111 expiring soon", ["4111"], "CREDIT_CARD"),
    (
        "you can reach me at four one five, five five five, oh one nine eight",
        ["oh one nine eight"],
        "PHONE_NUMBER",
    ),
    ("call me back on (415) 555-0198", ["555-0198"], "PHONE_NUMBER"),
    ("my member ID is M B R double seven one two three four five", ["one two three"], "ACCOUNT_ID"),
    ("member number MBR7712345", ["MBR7712345"], "ACCOUNT_ID"),
    ("account number is 88214 7730", ["88214"], "ACCOUNT_ID"),
    ("date of birth March third nineteen eighty two", ["March third", "eighty two"], "DATE_OF_BIRTH"),
    ("I was born on the fourteenth of July, two thousand one", ["fourteenth of July"], "DATE_OF_BIRTH"),
    ("dob is 03/14/1982", ["03/14/1982"], "DATE_OF_BIRTH"),
    ("zip code nine four one one oh", ["nine four one one oh"], "ZIP_CODE"),
    ("last name is smith, S as in Sam, M, I, T, H", ["Sam, M, I, T"], "PERSON"),
    ("that's s-m-i-t-h", ["s-m-i-t-h"], "PERSON"),
    ("my name is maria lopez", ["maria", "lopez"], "PERSON"),
    ("Hi, this is Daniel Okafor calling about my bill.", ["Daniel", "Okafor"], "PERSON"),
    ("email is john dot smith at gmail dot com", ["john dot smith", "gmail"], "EMAIL_ADDRESS"),
    ("send it to jane.doe@example.org", ["jane.doe"], "EMAIL_ADDRESS"),
    ("I live at 1234 Oak Street, apartment 5B", ["1234 Oak", "5B"], "STREET_ADDRESS"),
    ("it's twelve thirty four north maple avenue", ["maple", "twelve thirty four"], "STREET_ADDRESS"),
]


@pytest.mark.parametrize(("text", "secrets", "kind"), CASES, ids=[c[2] + ":" + c[0][:30] for c in CASES])
def test_spoken_personal_data_is_replaced_by_a_typed_token(
    speech_redactor: SpeechRedactor, text: str, secrets: list[str], kind: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    for secret in secrets:
        assert secret.lower() not in redacted.lower()
    assert f"<{kind}:" in redacted


def test_a_spoken_and_a_written_number_get_the_same_token(speech_redactor: SpeechRedactor) -> None:
    spoken = redact_text(speech_redactor, "my number is four one five five five five oh one nine eight")
    written = redact_text(speech_redactor, "my number is 415-555-0198")
    assert spoken == written
    assert spoken.startswith("my number is <PHONE_NUMBER:")


def test_spoken_and_written_email_get_the_same_token(speech_redactor: SpeechRedactor) -> None:
    assert redact_text(speech_redactor, "john dot smith at gmail dot com") == redact_text(
        speech_redactor, "john.smith@gmail.com"
    )


def test_a_batch_gives_the_same_result_as_one_at_a_time(speech_redactor: SpeechRedactor) -> None:
    texts = [text for text, _, _ in CASES]
    assert speech_redactor.find_all(texts) == [speech_redactor.find(t) for t in texts]
