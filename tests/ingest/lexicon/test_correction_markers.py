"""The wallboard and the stream read a caller's correction ("no, I said ...") with the same words.

``api/store/live.py`` (the wallboard's corrections, a risk-score input) once kept a phrase list of its
own, 21 phrases against the stream's 30 (``correction_markers.v1``: the interruption metric and the call
rules' ``caller_repeats``): "can you hear me" or "you don't understand" counted in the metrics and not on
the wallboard. Both now read ``ingest.lexicon.phrases`` and the repeat test's numbers in
``ingest.lexicon.thresholds``; these tests fail if either side reads other words again (a list of its own,
another normalizer, other thresholds).
"""

from __future__ import annotations

import pytest

from api.store.live import count_corrections
from ingest.lexicon.phrases import CORRECTION_MARKERS, load_lexicon
from stream.rules.signals import CallSignals, Observed

from scorers import NeutralScorer

PHRASES = sorted(" ".join(phrase) for phrase in load_lexicon(CORRECTION_MARKERS).phrases)
NOT_CORRECTIONS = [
    "I want to pay my bill",
    "My birthday is March third",
    "Yes I am still listening",  # the marker "listen" is a whole word, not a part of one
    "I said hello to my neighbour",
    "That is right, thank you",
    "Are you open on Sunday",
]


def _stream_counts(text: str) -> int:
    """The call rules' ``caller_repeats`` after one caller utterance (no earlier turn to repeat)."""
    signals = CallSignals("CA1")
    data = {"text": text, "final": True}
    signals.observe(Observed("CA1", "caller.utterance", 1_000, "billing", "1.0.0", data), NeutralScorer())
    return signals.caller_repeats


def _said_as_callers_say_it(phrase: str) -> str:
    """The phrase inside a sentence, capitalized, with a curly apostrophe and punctuation around it."""
    return f"Okay. {phrase.capitalize().replace(chr(39), chr(0x2019))}, the second one!"


def test_the_lexicon_holds_what_both_sides_count() -> None:
    assert len(PHRASES) >= 30
    assert {"no i said", "can you hear me", "you don't understand", "listen"} <= set(PHRASES)


@pytest.mark.parametrize("phrase", PHRASES)
def test_every_marker_is_a_correction_on_the_wallboard_and_in_the_stream(phrase: str) -> None:
    said = _said_as_callers_say_it(phrase)
    assert count_corrections([said]) == 1, said
    assert _stream_counts(said) == 1, said


@pytest.mark.parametrize("text", NOT_CORRECTIONS)
def test_ordinary_words_are_no_correction_on_either_side(text: str) -> None:
    assert (count_corrections([text]), _stream_counts(text)) == (0, 0)


FIRST = "Please refill my blood pressure pills at the main street pharmacy"


@pytest.mark.parametrize(
    ("again", "repeats"),
    [
        pytest.param("Refill my blood pressure pills at the downtown clinic today", 1, id="7-of-10-words"),
        pytest.param("Refill my blood pressure pills near the downtown clinic today", 0, id="6-of-10-words"),
        pytest.param("Yes okay", 0, id="too-short-to-repeat"),
    ],
)
def test_a_repeat_of_the_previous_turn_is_one_on_both_sides(again: str, repeats: int) -> None:
    """The repeat test's numbers (``ingest.lexicon.thresholds``: share of words, fewest words) are one home:
    a caller saying 7 of the 10 words of their previous turn again repeats it, 6 of 10 does not."""
    signals = CallSignals("CA1")
    for ts, text in ((1_000, FIRST), (5_000, again)):
        data = {"text": text, "final": True}
        signals.observe(Observed("CA1", "caller.utterance", ts, "refill", "1.0.0", data), NeutralScorer())
    assert (count_corrections([FIRST, again]), signals.caller_repeats) == (repeats, repeats)
