"""Round 25 of issue 15: v24's partial leak and the name classes the spent halves still leaked, fixed at their
mechanism. Invented names and values, none taken from a corpus.

Redacted now: four digits right after "ending" / "ending in", though they read as a year after "in" (the last
four of what was named); a name after "call(s) her / him / me / them / us"; a word on no list of the language
after a role said before a name ("the pharmacist torvik something told me"); a listed first name that opens
what is said before "from your ... team"; the name after "<name> goes [erm] by", a word name too; capitalized
words, one on no list, before "who" / "whose". Keep-guards: a year after "in" with no "ending", "ends in" a
year, "call her back", "time goes by", a verb after a role, a weekday or "someone" before "from your ...
team", a business before "who".

Its cases that are one ``assert_redacted`` over a row: ``cases/round25.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


def test_a_business_in_words_of_the_language_before_who_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "Is it the Kestrel Group who called?", kept="Kestrel Group")
