"""v18, the held-out test half after v17 (issue 15, brief D18), checked without any redactor: the steps of its
``check.py`` fail on what they guard against (an earlier phrase, a v16 name, too few lines, a number said
again as another value, the kit's house-number way); Medicare IDs are counted by their CMS shape; the mix
counter reads the file. The half itself (builder, every step, mutants, check.py in its own process) is
test_later_halves.py's."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v18 import check, mix, templates, words
from tests.bench_pii_corpus.corpus_checks import failures
from tests.bench_pii_corpus.one_value import reported

LINES = load(check.HERE / "test.jsonl")


@pytest.mark.parametrize(
    ("said", "reads"),
    [("seven oh three one two north aspen street", True), ("seventy three twelve north aspen street", False)],
)
def test_a_house_number_with_zero_second_reads_back_only_digit_by_digit(said: str, reads: bool) -> None:
    assert (reported(check, check.check_values, "STREET_ADDRESS", said, "70312 N Aspen St") == []) is reads


def test_a_number_said_again_as_another_value_is_reported() -> None:
    x = next(x for x in LINES if sum(e["type"] == "PHONE_NUMBER" for e in x["entities"]) == 2)
    changed = {
        **x,
        "entities": [{**e, "value": "2025550143"} if i == 0 else e for i, e in enumerate(x["entities"])],
    }
    assert any("not the same value" in f for f in failures(check, check.check_size_and_mix, [changed]))


def test_guards_fail_on_what_they_guard(monkeypatch: Any) -> None:
    monkeypatch.setattr(templates, "NO_PII", [*templates.NO_PII, "Call me back at {TIME}."])
    assert any("NO_PII templates" in f for f in failures(check, check.check_independence, LINES[:1]))
    monkeypatch.setattr(words, "STREET_WORDS", [*words.STREET_WORDS, "Walnut"])
    assert failures(check, check.check_own_people, LINES) == ["Walnut: on v16's lists"]
    few = failures(check, check.check_size_and_mix, LINES[:80])
    assert {"dates of birth", "Medicare IDs", "phone numbers said twice"} <= {f.split(":")[0] for f in few}


def test_medicare_shape_and_count() -> None:
    assert (
        check._is_mbi("1EG4TE5MK73") and not check._is_mbi("1EG4TE5MK7") and not check._is_mbi("0EG4TE5MK73")
    )
    ids = [e["value"] for x in LINES for e in x["entities"] if e["type"] == "ACCOUNT_ID"]
    assert sum(map(check._is_mbi, ids)) >= check.FLOORS["Medicare IDs"][0]


def test_mix_reads_the_file_with_v18_groups() -> None:
    rows = dict(mix.mix(LINES))
    groups = next(v for k, v in rows.items() if k.startswith(mix.NAME_ROW))
    assert "?" not in groups and groups.startswith("us ")
    assert rows["utterances without PII"].startswith(f"{sum(not x['entities'] for x in LINES)} of 600")
