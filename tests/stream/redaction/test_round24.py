"""Round 24 of issue 15: v23's partial leaks and misses fixed at their mechanism, and a default-deny pass for
code-like runs. Invented names and values, none taken from a corpus.

Redacted now: a county "parcel number" (or "parcel id"), whatever its shape, which is no shipment's
reference; the first reading of a number the caller takes back ("two two, no, three two, forty one") before
the corrected one; a run of four or more digits, or letters and digits together, that no rule named and
nothing explains (default deny). Keep-guards: a shipped parcel's number a status follows, a tracking number,
"two kids, no, three kids", and what the default deny lets through: a time, a year, a price in dollars and
cents, a flight, a card's expiry, an extension, a size, a quantity with its unit.

Its cases that are one ``assert_redacted`` over a row: ``cases/round24.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


def test_a_count_taken_back_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "I have two kids, no, three kids", kept="two no three kids")
