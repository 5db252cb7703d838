"""Tolerant phrase matching: ASR variants of a phrase match, other words do not."""

from __future__ import annotations

import pytest

from ingest.lexicon.words import words
from stream.rules.text_match import fuzzy_occurs


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("ridiculous", "I've been trying to sort this out all week, it's ridiculous."),
        ("ridiculous", "this is ridiculus"),  # a letter dropped
        ("ridiculous", "this is ridicu lous"),  # one word heard as two
        ("waste of time", "what a waist of time"),  # a homophone
        ("waste of time", "a waste of my time"),  # a word inserted
        ("going in circles", "we are going round in circles"),
    ],
)
def test_variants_match(phrase: str, said: str) -> None:
    assert fuzzy_occurs(phrase, words(said), 1)


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("ridiculous", "that is fine thanks"),
        ("ridiculous", "radical"),
        ("all week", "all the weeks"),  # two-word phrases allow no edit
        ("useless", "it gets used a lot"),
        ("waste of time", "waste of money"),
    ],
)
def test_other_words_do_not(phrase: str, said: str) -> None:
    assert not fuzzy_occurs(phrase, words(said), 1)
