"""lexicon_kit's readers of the halves' list files: rows skip blank and comment lines; a list that must be
there (v2's and v3's) fails the build with a typed error naming the file instead of drawing from nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus import lexicon_kit
from bench.pii_corpus.v2 import lexicon as v2_lexicon


def test_rows_skip_blank_and_comment_lines(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text("# a header\nAda\ten\n\nKofi\ttw\tCoffee\n")
    assert lexicon_kit.rows(path) == [["Ada", "en"], ["Kofi", "tw", "Coffee"]]
    assert lexicon_kit.names(path) == (("Ada", "en", ""), ("Kofi", "tw", "Coffee"))


@pytest.mark.parametrize("content", [None, "# only a header\n\n"], ids=["missing", "empty"])
def test_a_required_list_missing_or_empty_is_a_lexicon_error(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "surnames.txt"
    if content is not None:
        path.write_text(content)
    with pytest.raises(lexicon_kit.LexiconError, match=r"surnames\.txt"):
        lexicon_kit.required_rows(path)


def test_v2s_lexicon_error_is_the_kits() -> None:
    assert v2_lexicon.LexiconError is lexicon_kit.LexiconError
    with pytest.raises(lexicon_kit.LexiconError, match="unknown half"):
        v2_lexicon.lexicon("dev")
