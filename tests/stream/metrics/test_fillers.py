"""Leading fillers and the location of the first helpful word."""

from __future__ import annotations

import pytest

from ingest.lexicon.phrases import CORRECTION_MARKERS, FILLERS, load_lexicon, parse_lexicon
from ingest.lexicon.words import overlap, word_spans, words
from stream.metrics.fillers import chunk_at, find_helpful_word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Sure, let's go!", ("sure", "let's", "go"), id="apostrophe-kept-punctuation-dropped"),
        pytest.param("That\u2019s WRONG.", ("that's", "wrong"), id="curly-apostrophe-and-case"),
        pytest.param("'quoted' -- text", ("quoted", "text"), id="outer-quotes-stripped"),
        pytest.param("It's $40.50", ("it's", "40", "50"), id="numbers-split-on-punctuation"),
        pytest.param("...", (), id="punctuation-only"),
    ],
)
def test_words_are_normalized(text: str, expected: tuple[str, ...]) -> None:
    assert words(text) == expected


def test_word_spans_point_at_the_first_character() -> None:
    assert word_spans("Okay, your bill") == [("okay", 0), ("your", 6), ("bill", 11)]


def test_overlap_is_share_of_the_first_set() -> None:
    assert overlap(["a", "b", "c", "d"], ["a", "b", "x"]) == 0.5
    assert overlap([], ["a"]) == 0.0


def test_lexicon_file_parsing_skips_comments_and_normalizes() -> None:
    lex = parse_lexicon("t.v1", "# header\nLet me check  # inline\n\num\n")
    assert lex.phrases == {("let", "me", "check"), ("um",)}
    assert lex.match_at(words("um let me check it"), 1) == 3


def test_packaged_lexicons_hold_the_designed_phrases() -> None:
    fillers = load_lexicon(FILLERS)
    markers = load_lexicon(CORRECTION_MARKERS)
    for phrase in ["um", "let me look that up", "i see", "okay so", "give me a moment", "no problem"]:
        assert fillers.match_at(words(phrase), 0) == len(words(phrase)), phrase
    for phrase in ["no i said", "that's not what i", "you're not listening", "listen", "can you hear me"]:
        assert markers.occurs_in(words(phrase)), phrase


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("No, I said Tuesday", True, id="no-i-said"),
        pytest.param("Listen, I need the bill", True, id="listen-leading"),
        pytest.param("I was listening to music", False, id="listening-is-not-listen"),
        pytest.param("Yes that is what I wanted", False, id="no-marker"),
    ],
)
def test_correction_markers_match_on_word_boundaries(text: str, found: bool) -> None:
    assert load_lexicon(CORRECTION_MARKERS).occurs_in(words(text)) is found


@pytest.mark.parametrize(
    ("text", "helpful_offset"),
    [
        pytest.param("Your balance is $40.", 0, id="no-filler"),
        pytest.param("Sure, your balance is $40.", 6, id="single-filler"),
        pytest.param("Sure, okay, let me check. Your balance is $40.", 26, id="fillers-in-a-row"),
        pytest.param("Let me look that up. It is $40.", 21, id="longest-phrase-first"),
        pytest.param("Okay so the balance is $40.", 8, id="okay-so"),
        pytest.param("Um, uh, hmm... well, right: $40.", 29, id="hesitations"),
        pytest.param("Let me transfer you.", 0, id="let-me-alone-is-not-filler"),
    ],
)
def test_helpful_word_skips_leading_fillers(call, text: str, helpful_offset: int) -> None:
    # one chunk per character: the helpful chunk's index is the helpful word's offset
    utterance = call.agent(text, 0, chunks=[(ch, i) for i, ch in enumerate(text)])
    found = find_helpful_word([utterance])
    assert found is not None
    assert (found.utterance, found.chunk, found.ts_ms - call.t0) == (0, helpful_offset, helpful_offset)


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(["Sure, okay, let me check."], id="one-utterance"),
        pytest.param(["Um.", "One moment please.", "Thanks for waiting!"], id="several-utterances"),
        pytest.param([""], id="empty-text"),
    ],
)
def test_filler_only_response_has_no_helpful_word(call, texts: list[str]) -> None:
    assert find_helpful_word([call.agent(t, 0) for t in texts]) is None


def test_search_continues_into_the_next_utterance(call) -> None:
    first = call.agent("Sure, let me check.", 100)
    second = call.agent("Okay. Your balance is $40.", 2000, chunks=[("Okay. ", 2000), ("Your balance", 2600)])
    found = find_helpful_word([first, second])
    assert found is not None
    assert (found.utterance, found.chunk, found.ts_ms - call.t0) == (1, 1, 2600)


def test_utterance_without_chunks_is_dated_by_its_ts(call) -> None:
    utterance = call.agent("Sure, it is $40.", 700, chunks=[])
    found = find_helpful_word([utterance])
    assert found is not None
    assert (found.chunk, found.ts_ms - call.t0) == (None, 700)


def test_chunk_at_skips_empty_chunks(call) -> None:
    chunks = call.agent("abcdef", 0, chunks=[("abc", 0), ("", 1), ("def", 2)]).data.chunks
    assert [chunk_at(chunks, i) for i in range(6)] == [0, 0, 0, 2, 2, 2]
