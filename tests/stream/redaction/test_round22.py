"""Round 22 of issue 15: v21's seven partial leaks and its misses, the spent halves' leaks whose mechanism
is general, and v21's over-redaction, each fixed at its mechanism. Invented names and values, none taken
from a corpus.

Redacted now: four digits said right before "card" after "bill"/"charge" ("bill the 0482 card"); an address
whose suffix has a directional after it and a house number of one word ("nine willow place northwest");
the domain after a spelled local part ending in "e" ("k o b e at ..."); a surname that is also a word after
"for <first name>" at the end; the "a" of an ID read after "has"; the street said right after a phone
number, heard as one run with it; "my bad" and "correction" inside a number; "h c <n> box <n>" (a highway
contract box said letter by letter); an ID with "hundred" read on digit by digit after a spelled prefix;
a card read on across an aside gets the card's one token (round 20's leftover).
Kept now: the "four" of "final four"; "one more time" between two readings; a tracking number a parcel's
status follows; "loan" in "student loan number"; "a pen" before an ID. Keep-guards: a sum before
"dollars", a card's last group before "expires next spring", a card, a last four or a claim before a parcel
status, "for <first name> and ...", sums said with "hundred", "has a three day hold", the "e" of "email",
two letters after "a" before digits.

Its cases that are one ``assert_redacted`` over a row: ``cases/round22.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

import re

from clear_words import assert_redacted

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor


def test_a_sum_before_dollars_on_the_card_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "i paid 1500 dollars on the card", kept="1500 dollars on the card")


def test_an_address_with_a_directional_after_its_suffix_is_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor,
        "uh nine willow place northwest apartment twelve the green door",
        secret="nine willow place northwest twelve",
        kept="the green door",
    )


def test_the_e_of_email_before_at_stays_outside_an_address(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "my email e at home dot com", kept="my email")


def test_a_surname_that_is_a_word_after_for_and_a_first_name_is_redacted(
    speech_redactor: SpeechRedactor,
) -> None:
    assert_redacted(
        speech_redactor, "the cleaning is for brielle barber", secret="brielle barber", kept="cleaning"
    )


def test_a_word_after_for_and_a_first_name_stays_when_no_surname(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "i made it for brielle and her mom", kept="and her mom")


def test_the_a_of_an_id_read_after_has_is_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor,
        "insurance card um has a four oh two double eight one six three",
        secret="a four oh two",
    )


def test_has_a_before_a_count_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "the account has a three day hold", kept="has a three day hold")


def test_a_cards_last_group_before_expires_next_spring_stays_a_card(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor,
        "my card reads five two one one forty six thirty five five two three four umm twenty seven sixty two "
        "expires next spring",
        secret="forty six twenty seven sixty two",
        kept="expires next spring",
    )


def test_a_highway_contract_box_said_letter_by_letter_is_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor,
        "statements go to h c seven box four hundred twelve we're out past the creek",
        secret="h c seven box four hundred twelve",
        kept="out past the creek",
    )


def test_an_id_read_on_after_hundred_is_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor,
        "file k t seven hundred three six one one g for golf",
        secret="k t seven hundred three six one one g golf",
    )


def test_a_card_read_on_across_an_aside_is_one_card_token(speech_redactor: SpeechRedactor) -> None:
    said = redact_text(
        speech_redactor,
        "card four five three two one oh two seven seven six three oh, you got that, four four six four",
    )
    written = redact_text(speech_redactor, "card 4532 1027 7630 4464")
    tokens = re.findall(r"<[^>]*>", said)
    assert tokens == re.findall(r"<[^>]*>", written)
    assert tokens[0].startswith("<CREDIT_CARD")


def test_letters_after_an_article_before_digits_stay_the_ids_prefix(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "member id is a bq 3345 221", secret="bq 3345 221")


def test_a_letter_after_an_everyday_word_before_a_surname_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "the letter b johnson", kept="the letter b")


def test_a_last_four_said_as_a_pair_and_two_digits_is_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "the refund went to which one 19 six five", secret="19 six five")
