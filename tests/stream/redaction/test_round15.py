"""Round 15 of issue 15: v14's over-redactions fixed at their mechanism. Invented names and values, none
taken from a corpus.

Kept now: order, tracking and confirmation numbers (the caller's business, not who the caller is); the
city and state said after a street address; a surname that names a business ("Novak Hardware", "the
Brennan branch", "my bank is ..."); "goes" in "the surname goes ..."; a verb after a name ("named Oscar
phoned me"). Still redacted beside them: an account said after "order", a rewards number after
"confirmation", the ZIP after a state, a first name and surname that end in a trade word, a surname
said right after a name.
"""

from __future__ import annotations

import pytest
from clear_words import in_clear, left_in_clear, words

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("order number 570318264, it says shipped", "570318264 shipped"),
        ("the order two six one nine oh four eight never came", "two six one nine oh four eight never came"),
        ("i want to check on my order it's six four one seven three two two", "six four one seven three two"),
        ("the tracking number is ending three eight two seven one four", "three eight two seven one four"),
        ("tracking says delivered number ending 640172", "640172 delivered"),
        ("the confirmation code is four r six t q b", "four r six t q b"),
        ("I have a confirmation number, 7K2W9P, for the rental car.", "7k2w9p rental car"),
    ],
)
def test_order_tracking_and_confirmation_numbers_are_kept(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    assert words(kept) <= words(in_clear(redacted)), redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("order account q r four six one two nine i ordered five boxes", "q r four six one two nine"),
        ("the confirmation for the cabin is tied to my rewards number 3318047265", "3318047265"),
        ("my member id is seven four two nine one six six", "seven four two nine one six"),
        (
            "my order came and my social is five two one four four eight nine nine three",
            "five two one four eight nine three",
        ),
    ],
)
def test_identifiers_beside_an_order_word_are_still_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert not left_in_clear(speech_redactor, text, secret), redact_text(speech_redactor, text)


@pytest.mark.parametrize(
    ("text", "kept", "secret"),
    [
        (
            "ship it to 412 Hollow Pine Road, Madison, Wisconsin 53704",
            "madison wisconsin",
            "412 hollow pine 53704",
        ),
        (
            "billing address nine ten juniper court charlotte north carolina two eight two one seven",
            "charlotte north carolina",
            "nine ten juniper two eight one seven",
        ),
        ("mail goes to p o box 8812 tyler texas", "tyler texas", "8812"),
        ("Send it to 77 Quarry Lane, Dallas, TX 75204.", "dallas tx", "77 quarry 75204"),
        ("it's 19 Aspen Way, Suite 4B in Savannah, Georgia.", "savannah georgia", "19 aspen 4b"),
    ],
)
def test_the_city_and_state_after_an_address_are_kept(
    speech_redactor: SpeechRedactor, text: str, kept: str, secret: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    assert words(kept) <= words(in_clear(redacted)), redacted
    assert not left_in_clear(speech_redactor, text, secret), redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I got it at Novak Hardware last week.", "novak hardware"),
        ("is this the same company as brennan plumbing", "brennan plumbing"),
        ("The Okafor branch downtown closed early.", "okafor branch"),
        ("my bank is first harbor does that matter", "first harbor"),
    ],
)
def test_a_surname_naming_a_business_is_kept(speech_redactor: SpeechRedactor, text: str, kept: str) -> None:
    redacted = redact_text(speech_redactor, text)
    assert words(kept) <= words(in_clear(redacted)), redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("hi, I'm Dana Branch calling about my bill", "dana branch"),
        ("this is priya lee you called me yesterday", "priya lee"),
        ("my name is tobias marsh and the surname goes m a r s h", "tobias marsh m a r s h"),
    ],
)
def test_names_beside_the_new_keeps_are_still_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert not left_in_clear(speech_redactor, text, secret), redact_text(speech_redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("somebody named oscar phoned me last friday about it", "phoned me"),
        ("Somebody named Ingrid told us it was fixed.", "told us"),
        ("My name is Petra Vance, and the surname goes V A N C E.", "goes"),
    ],
)
def test_a_verb_after_a_name_and_goes_before_a_spelling_are_kept(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    assert words(kept) <= words(in_clear(redacted)), redacted
