"""Round 27 of issue 15: v26's misses (a last four read as a year, an ID cut by a letter said "as in"),
fixed at their mechanism, and v26's over-redaction. Invented names and values, none taken from a corpus.

Redacted now: four digits right after "last four" (past "digits", "are", hesitations) that read as a year
("..., last four 1987."); an ID whose letter said "as in <word>" is followed by a digit word ("k a as in apple
three e r"): the digit is the ID's, not a second word of the spelling word. Kept now: a flight number before
"on time"; a present-tense verb after a name before what it acts on ("dr <surname> sees my kids"); an
unlabelled number an order's status follows ("... is returned", "... says approved"); a sum "run" on a card
before its last four. Keep-guards: "the last four years", a listed surname before "my", a phone before "got
lost" after its cue, a card's last four after "run my card".
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Nola Brandt, last four 1987.", "1987"),
        ("the last 4 digits are, um, 2004", "2004"),
        ("last four is 1956", "1956"),
    ],
)  # fmt: skip
def test_a_last_four_that_reads_as_a_year_is_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    "text",
    ["over the last four years since 1998", "the last four were in 2019"],
)  # fmt: skip
def test_a_year_after_the_last_four_years_stays(speech_redactor: SpeechRedactor, text: str) -> None:
    assert_redacted(speech_redactor, text, kept=text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("member id three k p oh dash g a as in apple five t r oh nine", "three k p oh g five t r nine"),
        ("id is seven q z dash m b as in boy four h oh oh", "seven q z m four h oh"),
    ],
)  # fmt: skip
def test_a_digit_after_a_letter_said_as_in_a_word_stays_in_the_id(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


def test_a_letter_said_as_in_a_two_word_word_still_spells(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "it's i as in ice cream, v e r s", secret="ice cream v e r")


@pytest.mark.parametrize(
    "text",
    ["Is- Is Frontier twenty eight sixty one on time?", "is delta 3317 on schedule"],
)  # fmt: skip
def test_a_flight_number_before_on_time_is_kept(speech_redactor: SpeechRedactor, text: str) -> None:
    assert_redacted(speech_redactor, text, kept=text)


def test_a_card_named_after_an_airline_is_still_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "my delta 3317 card on file", kept="delta card on file", secret="3317")


@pytest.mark.parametrize(
    ("text", "kept", "secret"),
    [
        ("Dr. Quarles sees my kids.", "sees my kids", "quarles"),
        ("my son eli marchetti needs his shots", "needs his shots", "eli marchetti"),
    ],
)  # fmt: skip
def test_a_verb_after_a_name_is_kept(
    speech_redactor: SpeechRedactor, text: str, kept: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, kept=kept, secret=secret)


def test_a_listed_surname_ending_in_s_stays_the_names(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor, "this is dr quentin sims my patient", kept="my patient", secret="quentin sims"
    )


@pytest.mark.parametrize(
    "text",
    [
        "it says four nine one zero six two two eight three one is returned",
        "ending three three eight one five two says approved",
    ],
)  # fmt: skip
def test_a_number_an_orders_status_follows_is_kept(speech_redactor: SpeechRedactor, text: str) -> None:
    assert_redacted(speech_redactor, text, kept=text)


def test_a_phone_after_its_cue_before_a_status_is_still_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "my cell 415 555 0199 got lost", secret="415 555 0199")


def test_a_sum_run_on_a_card_is_kept_and_the_last_four_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor,
        "run fifty one thirty eight on my six two nine four card",
        kept="run fifty one thirty eight on my card",
        secret="six two nine four",
    )


def test_a_card_run_by_its_digits_is_still_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "run my card three one one seven", secret="three one one seven")


def test_to_before_a_house_number_read_in_pairs_is_kept(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor,
        "mail the card to eighty three forty two uh plover circle",
        kept="mail the card to",
        secret="eighty three forty two plover",
    )


def test_a_misheard_two_after_is_still_the_numbers(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "my zip is to ninety one one", secret="to ninety one")


def test_a_label_said_twice_is_kept(speech_redactor: SpeechRedactor) -> None:
    redacted = assert_redacted(speech_redactor, "id id 58 331 907 24", kept="id", secret="58 331 907 24")
    assert redacted.startswith("id id <")


def test_a_letter_prefix_after_id_is_still_the_ids(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "member id qx 54 6876", kept="member id", secret="qx 54 6876")


@pytest.mark.parametrize(
    ("text", "kept", "secret"),
    [
        ("Primary holder is Odile Ferrand.", "primary holder is", "odile ferrand"),
        ("Registration shows 6612 Alder Knoll Lane, we sold that house.", "registration shows", "6612 alder knoll"),
        ("propane tank is behind the barn", "propane tank is behind the barn", ""),
    ],
)  # fmt: skip
def test_a_word_of_the_language_before_a_surname_word_at_the_start_is_kept(
    speech_redactor: SpeechRedactor, text: str, kept: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, kept=kept, secret=secret)


def test_an_unlisted_first_name_before_a_surname_at_the_start_is_still_redacted(
    speech_redactor: SpeechRedactor,
) -> None:
    assert_redacted(speech_redactor, "braiden estevez calling about my bill", secret="braiden estevez")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("loan account um q x 7731 204 6", "q x 7731 204 6"),
        ("loan loan number eighty one twelve nine four four two six one", "eighty one twelve nine four"),
        ("loan h four one zero three seven seven two", "h four one zero three seven"),
    ],
)  # fmt: skip
def test_the_kind_of_account_said_before_its_id_is_kept(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, kept="loan", secret=secret)


@pytest.mark.parametrize(
    "text",
    [
        "The Thornbury Street office, please.",
        "the food bank on Garfield Avenue, is it open today?",
        "we met at the Whitaker Lane Tavern",
    ],
)  # fmt: skip
def test_a_street_named_without_its_number_is_kept(speech_redactor: SpeechRedactor, text: str) -> None:
    assert_redacted(speech_redactor, text, kept=text)


def test_a_surname_that_is_a_street_word_is_still_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "this is Marisol Street calling", secret="marisol street")


def test_a_street_with_its_house_number_is_still_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "I live at 58 Garfield Avenue.", kept="i live at", secret="58 garfield")
