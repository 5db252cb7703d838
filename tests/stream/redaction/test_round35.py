"""Round 35 of issue 15 and issue 19 item 5. Invented names and values, none taken from a corpus.

Redacted now (issue 15, v34's one miss): a code's group after a spoken "dash" that opens with two letters
said as words ("... dash a a nine one"); until now only one such letter opened a group (round 33), so the
run was cut at the second "a" and its last digits stayed in clear.
Keep-guards: "a a" after "dash" before a word, not a digit.

Cheaper (issue 19 item 5: NER only where a name can be): a title before a name the rules already found
("... with Dr. Quist") and a day's name ("due Sunday, ...") no longer send a text to spaCy's NER; in the
pipeline's burst the title alone sent four of five NER texts, an agent's template said again and again.
The name is redacted all the same (by the rules). Keep-guards: a capitalised word no rule explained still
sends its text to NER beside a title or a day's name.

Its cases that are one ``assert_redacted`` over a row: ``cases/round35.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.ner_gate import needs_ner
from stream.redaction.speech import SpeechFinder
from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("You're booked for Friday, December 18th at 1:00 PM with Dr. Quist. You'll get a text shortly.", "quist",
         "booked for Friday"),
        ("I have Monday at 2:15 PM or 4:30 PM with Dr. Nakamura. Say the time you'd like.", "nakamura",
         "say the time"),
        ("Mrs. Okonkwo will call you back tomorrow morning.", "okonkwo", "will call you back"),
    ],
)  # fmt: skip
def test_a_title_before_a_name_the_rules_found_sends_no_text_to_ner(
    speech_redactor: SpeechRedactor, text: str, name: str, kept: str
) -> None:
    assert not needs_ner(*SpeechFinder().scan(text))
    assert_redacted(speech_redactor, text, secret=name, kept=kept)


def test_a_day_name_sends_no_text_to_ner(speech_redactor: SpeechRedactor) -> None:
    text = "Thank you, you're verified. Your current balance is $41.20, due Sunday, December 13th."
    assert not needs_ner(*SpeechFinder().scan(text))
    assert_redacted(speech_redactor, text, kept="due Sunday")


@pytest.mark.parametrize(
    "text",
    [
        "I saw Dr. Quist and the Kestrel folks at the desk.",  # a word of the language alone: only NER can tell
        "We spoke on Sunday and the Kestrel folks called.",
    ],
)  # fmt: skip
def test_a_word_no_rule_explained_still_sends_its_text_to_ner(text: str) -> None:
    assert needs_ner(*SpeechFinder().scan(text))
