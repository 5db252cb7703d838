"""Round 27 of issue 15: v26's misses (a last four read as a year, an ID cut by a letter said "as in"),
fixed at their mechanism, and v26's over-redaction. Invented names and values, none taken from a corpus.

Redacted now: four digits right after "last four" (past "digits", "are", hesitations) that read as a year
("..., last four 1987."); an ID whose letter said "as in <word>" is followed by a digit word ("k a as in apple
three e r"): the digit is the ID's, not a second word of the spelling word. Kept now: a flight number before
"on time"; a present-tense verb after a name before what it acts on ("dr <surname> sees my kids"); an
unlabelled number an order's status follows ("... is returned", "... says approved"); a sum "run" on a card
before its last four. Keep-guards: "the last four years", a listed surname before "my", a phone before "got
lost" after its cue, a card's last four after "run my card".

Its cases that are one ``assert_redacted`` over a row: ``cases/round27.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


def test_a_letter_said_as_in_a_two_word_word_still_spells(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "it's i as in ice cream, v e r s", secret="ice cream v e r")


def test_a_card_named_after_an_airline_is_still_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "my delta 3317 card on file", kept="delta card on file", secret="3317")


def test_a_listed_surname_ending_in_s_stays_the_names(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor, "this is dr quentin sims my patient", kept="my patient", secret="quentin sims"
    )


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


def test_an_unlisted_first_name_before_a_surname_at_the_start_is_still_redacted(
    speech_redactor: SpeechRedactor,
) -> None:
    assert_redacted(speech_redactor, "braiden estevez calling about my bill", secret="braiden estevez")


def test_a_surname_that_is_a_street_word_is_still_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "this is Marisol Street calling", secret="marisol street")


def test_a_street_with_its_house_number_is_still_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "I live at 58 Garfield Avenue.", kept="i live at", secret="58 garfield")
