"""check_kit's counts and independence checks (v6-v8's one home since issue 18) report what they guard."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus import check_kit
from bench.pii_corpus import templates as old_templates
from bench.pii_corpus.v7 import templates as v7_templates
from bench.pii_corpus.v8 import check as v8_check

V8 = Path(v8_check.__file__).resolve().parent / "test.jsonl"


def _lines() -> list[dict[str, Any]]:
    return [json.loads(line) for line in V8.read_text().splitlines()]


def test_the_committed_v8_half_passes_its_own_bounds() -> None:
    assert check_kit.count_failures(_lines(), v8_check.TYPES, entities=(560, 700), addresses=60,
                                    spoken_numeric=150, names=130) == []  # fmt: skip


def test_each_bound_is_reported_when_the_half_falls_short() -> None:
    lines = _lines()
    failures = check_kit.count_failures(lines[:500], v8_check.TYPES | {"IBAN"}, entities=(560, 700),
                                        addresses=10_000, spoken_numeric=10_000, names=10_000)  # fmt: skip
    assert failures[0].startswith("size: 500 utterances")
    assert failures[1:5] == ["fewer than 10000 names", "not all ten types", "fewer than 10000 addresses",
                             "fewer than 10000 spoken numeric identifiers"]  # fmt: skip


def test_a_reused_person_word_and_street_word_are_reported() -> None:
    lines = _lines()
    person = next(e["value"] for x in lines for e in x["entities"] if e["type"] == "PERSON")
    word = person.lower().split()[0]
    failures = check_kit.independence_failures(lines, v8_check.templates, old_templates, (v7_templates,),
                                               "v7", {word, "elm"}, {"elm"})  # fmt: skip
    assert "1 PERSON words reused from v7" in failures or any(
        "PERSON words reused from v7" in f for f in failures
    )
    assert "street words on a v7 list: ['elm']" in failures
