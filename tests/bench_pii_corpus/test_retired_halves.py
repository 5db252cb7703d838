"""The spent test halves whose generator is retired (issue 18) keep their data: each one's ``test.jsonl`` is the
bytes its README states (sha256 pinned here), and every line still has v2's line format and scores under v2's
scorer, so ``bench/pii_eval.py``'s tuning figures on it mean what they meant. Their builders and checks are in
git only (each README's "Generator retired" says where and how to run them)."""

from __future__ import annotations

import hashlib
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.check_kit import format_failures
from bench.pii_corpus.v2.score import load, score

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "pii_corpus"
# the sha256 each half's README states for its test.jsonl
PINNED = {
    "v4": "ce833db85410a74a8b935905a356f1c018aafd581351ed61b120d7559e47e39c",
    "v5": "311975b50c3998406b50d946a439446113a521eaab5b514bbb2c189ae81a2707",
    "v6": "d095bab5ec153e1561b4a1d553f757b25dda5637486764b78a65a3de7bcdea2c",
    "v7": "0b735f67563c5e07b25aabf1e2b7708d0fb88be1170b34dc3085347d2b5d001f",
    "v8": "3da7d2f5d1120cf10feda0c542a6aad0257cb7ba1a3c80c38237716ffd2627fd",
    "v9": "513a9f72e8a37139f8f8637fc95390793fa8c21eaa8ab819f0e44af8c3f9e1e7",
    "v10": "57d68a8417de626fba249b9d8a3b789907a6ee39054cf5894874aca8995ce40b",
    "v11": "6899bbbb9e3c34c92646e56297ff2fa2b90b152ad90a8b3f1b0129c69f486a46",
    "v12": "49941971367fc6c857333a157451d15f1ed4aad0a0ace9f7c761173af76baa21",
    "v13": "9cf3475ad3aecab1e4ee3ff7765f9f545b3571ab0cba0de7d41f0d1fbdde5572",
}
Lines = list[dict[str, Any]]


@cache
def _lines(half: str) -> Lines:
    return load(CORPUS / half / "test.jsonl")


def _gold(lines: Lines) -> list[list[tuple[int, int]]]:
    return [[(e["start"], e["end"]) for e in x["entities"]] for x in lines]


def _scores_whole(lines: Lines, spans: list[list[tuple[int, int]]]) -> bool:
    """Redacting ``spans`` catches every entity and keeps every other word (v2's scorer)."""
    report = score(lines, spans)
    return report.recall.value == 1.0 and report.partial_leaks == 0 and report.preservation.value == 1.0


@pytest.mark.parametrize("half", PINNED)
def test_the_committed_file_is_the_bytes_its_readme_states(half: str) -> None:
    digest = hashlib.sha256((CORPUS / half / "test.jsonl").read_bytes()).hexdigest()
    assert digest == PINNED[half]
    assert PINNED[half] in (CORPUS / half / "README.md").read_text()


@pytest.mark.parametrize("half", PINNED)
def test_every_line_has_v2s_format_and_scores_under_v2s_scorer(half: str) -> None:
    """Ten types, spans inside the text on word boundaries, disjoint, each with identifying tokens."""
    assert format_failures(_lines(half), 600, half) == []
    assert _scores_whole(_lines(half), _gold(_lines(half)))


def test_a_changed_entity_is_reported() -> None:
    """The checks can fail: an entity of an eleventh type, or one whose span starts inside a word, is reported
    by the format check, and redacting one character less than the gold span does not score whole."""
    half = next(iter(PINNED))
    lines = json.loads(json.dumps(_lines(half)))
    x = next(x for x in lines if x["entities"] and x["entities"][0]["end"] - x["entities"][0]["start"] > 2)
    e = x["entities"][0]
    e["type"] = "IBAN"
    assert f"{x['id']} entity" in format_failures(lines, 600, half)
    e["type"], e["start"] = _lines(half)[lines.index(x)]["entities"][0]["type"], e["start"] + 1
    assert f"{x['id']} span starts mid-word" in format_failures(lines, 600, half)
    short = _gold(_lines(half))
    short[lines.index(x)][0] = (short[lines.index(x)][0][0] + 1, short[lines.index(x)][0][1])
    assert not _scores_whole(_lines(half), short)
