"""Round 12 of issue 15: the v11 classes fixed at their mechanism. Invented names and values, none taken
from a corpus; the acknowledgements here ("yup", "sure", "alright", "gotcha") are deliberately not the
ones v11 used, so the tests check the rule (the shape of the identifier a cue announced), not a list.

A number read out carried across one or two words that answer and name nothing when the digits on both
sides make the shape of what the cue announced; English letters said as their names inside an ID run
("jay", "gee", "tee", "ex", "aitch", "zed", "double you"); a weekday or a fixed-date holiday in a date of
birth; surname particles that open a surname said alone; a two-word directional after the street suffix;
CROSSROADS (XRDS) of USPS C1. Kept: prices, counts, order numbers and quantities near acknowledgements,
"yep"/"okay" in prose, letter-name words in prose ("see you", "why are you"), weekdays and holidays in
prose, product model numbers, place names, common words, and a role said before a name ("Patient ...").

Its cases that are one ``assert_redacted`` over a row: ``cases/round12.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor


def test_a_letter_name_gives_the_value_of_the_letter(speech_redactor: SpeechRedactor) -> None:
    said = redact_text(speech_redactor, "member id is jay four two eight nine six one three one")
    written = redact_text(speech_redactor, "member id is J428961 31")
    assert said.split()[-1] == written.split()[-1], (said, written)
