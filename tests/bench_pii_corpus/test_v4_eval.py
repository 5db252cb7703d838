"""bench/pii_eval.py scores the v4 test half as a set of its own: beside Presidio's default and the
regression set, never with its misses or replaced words printed (it is not a tuning set)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench import pii_eval
from bench.pii_corpus.v2.score import score

V4 = Path(pii_eval.__file__).resolve().parent / "pii_corpus" / "v4" / "test.jsonl"


def test_v4_loads_the_committed_test_half() -> None:
    committed = [json.loads(line) for line in V4.read_text().splitlines()]
    assert pii_eval.load_set("v4", 600, 11) == committed


def test_v4_is_scored_beside_the_regression_set() -> None:
    assert pii_eval.sets_to_score(["v4"]) == ["v4", "regression"]
    assert pii_eval.sets_to_score(["v4", "regression"]) == ["v4", "regression"]
    assert pii_eval.sets_to_score(["tune"]) == ["tune"]


def test_v4_misses_are_never_printed(capsys: pytest.CaptureFixture[str]) -> None:
    assert "v4" not in pii_eval.TUNING_SETS
    examples = pii_eval.load_set("v4", 600, 11)
    report = score(examples, [[] for _ in examples])
    with pytest.raises(AssertionError):
        pii_eval._print_misses("v4", report, 5)
    with pytest.raises(AssertionError):
        pii_eval._print_touched("v4", examples, lambda text: [(0, len(text))], 5)
    assert examples[0]["text"] not in capsys.readouterr().out
