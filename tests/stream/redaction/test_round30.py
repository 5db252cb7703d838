"""Round 30 of issue 15: v29's misses (a house number said digit by digit after the four digits a last-four
cue asked for, a written "SEC" prefix before an ID's digit groups, "A A" written before an ID's digits)
fixed at their mechanism, and v29's over-redaction. Invented names and values, none taken from a corpus.

Redacted now: the street after "last four <four digits> <house number digit by digit>"; three capitals
"SEC" before written digit groups (not the pause of "one sec"); a capital "A" after a capital "A" before
digits. Kept now: "what (um) I said" between two equal readings of one number. Keep-guards: "one sec"
before an ID, "A A battery", the last four alone before everyday words.

Its cases that are one ``assert_redacted`` over a row: ``cases/round30.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


def test_one_sec_before_an_id_stays_the_pause(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "Patient ID one sec, K559031, thanks.", kept="one sec", secret="K559031")


def test_a_a_battery_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "A A battery died, call me at nine.", kept="a battery died")


def test_an_id_after_a_flight_is_still_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor, "i land on B6 1476 and my member id is K4 7781", kept="B6 1476", secret="K4 7781"
    )


def test_a_name_spelled_after_a_reference_and_a_number_is_still_redacted(
    speech_redactor: SpeechRedactor,
) -> None:
    assert_redacted(
        speech_redactor, "reservation for two, my name is spelled B R E N N I C K", secret="b r e n n i c k"
    )
