"""Round 34 of issue 15: v33's one partial leak fixed at its mechanism, in ``default_deny``. Invented names
and values, none taken from a corpus.

Redacted now: a run of digits no rule named (a birth date in numerals, "<d> <m> <yy>") that a plural word
after it ("ends", "cases") was taken to count, in a text that already gives an identifying value (here a
last four): there a plural word after a run explains nothing.
Keep-guards: what a number counts in a text with no identifying value ("3000 steps"), a model number with
units and a month, a year after "in" (with a ZIP too), a sum in dollars beside a social's last four.

Its cases that are one ``assert_redacted`` over a row: ``cases/round34.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


def test_a_plural_word_explains_no_run_in_a_text_that_gives_a_last_four(
    speech_redactor: SpeechRedactor,
) -> None:
    assert_redacted(
        speech_redactor,
        "tobin reyes, 12 9 71 cases, ends 4408",
        secret=["12", "9", "71", "4408"],
        kept="cases",
    )
