"""The cheap pre-check of tolerant phrase matching never changes an answer: ``unheard_cost`` is a lower
bound of ``fuzzy_distance``, so skipping the alignment when it is over the allowance is exact."""

from __future__ import annotations

import random

from ingest.lexicon.words import words
from stream.rules.text_match import fuzzy_distance, fuzzy_occurs, unheard_cost

VOCAB = (  # noqa: SIM905 - a sentence of words reads better than a list literal
    "i have been trying to sort this out all week its ridiculous ridiculus ridicu lous waste waist of time "
    "money a the agent person speak talk human representative cancel my account hello are you there "
    "manager supervisor whatever useless"
).split()


def test_the_pre_check_is_a_lower_bound_and_keeps_every_answer() -> None:
    rng = random.Random(5)
    matched = 0
    for _ in range(5000):
        phrase = " ".join(rng.choice(VOCAB) for _ in range(rng.randint(1, 5)))
        said = tuple(rng.choice(VOCAB) for _ in range(rng.randint(0, 25)))
        max_edits = rng.randint(0, 3)
        expected = words(phrase)
        distance = fuzzy_distance(expected, said)
        assert unheard_cost(expected, said) <= distance
        allowed = min(max_edits, max(0, len(expected) - 2))
        assert fuzzy_occurs(phrase, said, max_edits) == (distance <= allowed)
        matched += distance <= allowed
    assert matched > 100  # the cases include matches, not only misses


def test_asr_variants_still_match() -> None:
    said = tuple(words("ive been trying to sort this out all week its ridicu lous"))
    assert fuzzy_occurs("ridiculous", said, 2)  # one word heard as two
    assert fuzzy_occurs("sort this out all week", tuple(words("sort this out all weak")), 2)
    assert not fuzzy_occurs("waste of money", tuple(words("what a waist of time")), 1)
