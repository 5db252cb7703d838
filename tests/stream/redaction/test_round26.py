"""Round 26 of issue 15: v25's misses (three partial leaks and a one-letter e-mail leak), fixed at their
mechanism. Invented names and values, none taken from a corpus.

Redacted now: four digits after "ending" with a hesitation or comma between ("the one ending, um, 2003"),
read as a year before; an unlisted first name before a listed surname in the possessive after "in"/"under"
("in <first> <surname>'s name"); an "e" right before the "at" of a spoken address (the local part's last
letter, not the "e" of "e-mail"); a surname after a first name at the start of an answer when "my"/"the" and
a value's label follow ("<first> <surname> my confirmation is ..."). Keep-guards: "ends, um, in" a year, "in
the company's name", "e mail ... at home", a word of the language after a name before "my <thing>", a card
named after an airline. Kept now (distractor numbers): a flight number between an airline and what the flight does
("has <airline> <number> landed"); a backchannel ("mhm") said before a name or a spoken address.

Its cases that are one ``assert_redacted`` over a row: ``cases/round26.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


def test_an_everyday_word_after_a_name_before_my_thing_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "easton sharp my knives are dull", kept="sharp my knives are dull")


def test_a_card_named_after_an_airline_is_still_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "my delta 4417 card was declined", secret="4417")


def test_a_word_on_no_list_before_my_relative_is_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor, "those hearing aids got fitted for oduvar my mother-in-law", secret="oduvar"
    )
