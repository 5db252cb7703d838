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


def test_a_label_said_twice_is_kept(speech_redactor: SpeechRedactor) -> None:
    redacted = assert_redacted(speech_redactor, "id id 58 331 907 24", kept="id", secret="58 331 907 24")
    assert redacted.startswith("id id <")
