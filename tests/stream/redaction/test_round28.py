"""Round 28 of issue 15: v27's miss (a date of birth written with spaces for its slashes) fixed at its
mechanism, and v27's over-redaction. Invented names and values, none taken from a corpus.

Redacted now: a date whose slashes the transcript lost, beside a birth word, its digits read as a year
("1 9 58 that's my birthday").
Kept now: the words between a date written year first and the phone after it ("1971-04-23, call me on
..."); a number said in words before "thousand" and what it counts ("sixty two thousand points" is no street);
a written number before a plural noun it counts ("4800 gallons"); a sum said as dollars and cents put "on"
a card; an English word before a phone's digits ("Got ..."); a past-tense verb after a name ("<name> took
the claim"); an unlabelled number a one-word status follows ("... shows paid."); "loan" before an ID said
with letters or written with a hyphen; a label before an ID written with capitals ("Number KWT3186..."); a
state before a ZIP said with "oh" ("north carolina oh double four ..."); "mm hm" before a spoken address. Keep-guards: short numerals with no birth word, a birth word before them, an address on a
street named with "thousand", a card's last four put on the card, a phone before a status, a listed
surname before "my", a name at a sentence start before an ID.

Its cases that are one ``assert_redacted`` over a row: ``cases/round28.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    "text",
    [
        "i have sixty two thousand points",
        "move one hundred forty five thousand points",
        "we used 4800 gallons",
        "I have 31,000 points.",
        "Put forty two eighteen on the double seven one three card.",
        "Got 312-555-0187 on there?",
        "A guy named Desmond took the claim.",
        "ending four eight one one seven two shows paid.",
        "Loan- Loan KT-4410-2291-7, thanks.",
        "loan r p w as in wagon six one oh two",
        "Number KWT318604927, birthday May 3, 1961.",
        "that's four ten birch road, dayton north carolina oh double four one two",
        "mm hm delacroix underscore t at gmail dot com",
    ],
)  # fmt: skip
def test_what_a_number_counts_costs_or_is_and_the_words_beside_it_stay(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    kept = {
        "Put forty two eighteen on the double seven one three card.": "put forty two eighteen on the card",
        "Got 312-555-0187 on there?": "got on there",
        "A guy named Desmond took the claim.": "a guy named took the claim",
        "Loan- Loan KT-4410-2291-7, thanks.": "loan thanks",
        "loan r p w as in wagon six one oh two": "loan",
        "Number KWT318604927, birthday May 3, 1961.": "number birthday",
        "that's four ten birch road, dayton north carolina oh double four one two": "dayton north carolina",
        "mm hm delacroix underscore t at gmail dot com": "mm hm",
    }.get(text, text)
    assert_redacted(speech_redactor, text, kept=kept)
