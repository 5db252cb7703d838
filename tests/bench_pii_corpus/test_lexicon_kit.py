"""lexicon_kit's readers of the halves' list files: rows skip blank and comment lines; a list that must be
there (v2's and v3's) fails the build with a typed error naming the file instead of drawing from nothing."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

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


def test_half_words_holds_a_halfs_names_spellings_streets_and_values(tmp_path: Path) -> None:
    """``half_words``: every word a later half may not reuse from one half (its name rows with their
    recognizer spellings, its street lists, its PERSON and STREET_ADDRESS values), and nothing else."""
    (tmp_path / "vX").mkdir()
    line = {"id": "vX-0000", "text": "t", "entities": [
        {"start": 0, "end": 1, "type": "PERSON", "value": "Ada Quillfeather", "form": "plain"},
        {"start": 0, "end": 1, "type": "STREET_ADDRESS", "value": "12 Larkmoor Rd", "form": "written"},
        {"start": 0, "end": 1, "type": "ZIP_CODE", "value": "90210", "form": "written"}]}  # fmt: skip
    (tmp_path / "vX" / "test.jsonl").write_text(json.dumps(line) + "\n")
    words = SimpleNamespace(FIRST_NAMES=[("Brzezinski", "pl", "bzhe zinski")], SURNAMES=[("O'Dell", "ie", "")],
                            STREET_NAMES=[("Tamarind", "en", "")], STREET_WORDS=["Split Rail"])  # fmt: skip
    got = lexicon_kit.half_words(tmp_path, "vX", words, ["Calle Sol"])  # type: ignore[arg-type]
    assert got == {"brzezinski", "bzhe", "zinski", "o'dell", "tamarind", "split", "rail", "calle", "sol",
                   "ada", "quillfeather", "larkmoor", "rd"}  # fmt: skip


def test_listed_words_reads_a_halfs_list_files_streets_and_values(tmp_path: Path) -> None:
    """``listed_words`` (v5-v8's halves, read from their list files): the first column of each list file,
    the typed street words, the PERSON and STREET_ADDRESS values."""
    (tmp_path / "vX" / "lexicons").mkdir(parents=True)
    (tmp_path / "vX" / "lexicons" / "first_names.tsv").write_text("# header\nZuzanna\tpl\tzoo zana\n")
    line = {"id": "vX-0000", "text": "t", "entities": [
        {"start": 0, "end": 1, "type": "PERSON", "value": "Ada Quillfeather", "form": "plain"}]}  # fmt: skip
    (tmp_path / "vX" / "test.jsonl").write_text(json.dumps(line) + "\n")
    got = lexicon_kit.listed_words(tmp_path, "vX", ["vX/lexicons/first_names.tsv"], ["Split Rail"])
    assert got == {"zuzanna", "split", "rail", "ada", "quillfeather"}
