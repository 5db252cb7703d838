"""bench/pii_eval.py scores each test half written apart (v4-v8) as a set of its own, beside Presidio's default and
the regression set. A half is scored once; until then its misses and replaced words are never printed (only a
tuning set's are). v4-v8 have each been scored once and are tuning sets now, so the guard is checked on a set
that is never one: v2's test half ("test"), whatever half is spent or registered next (it was "v9", which
broke as soon as v9 was scored and became a tuning set)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench import pii_eval
from bench.pii_corpus.v2.score import score

CORPUS = Path(pii_eval.__file__).resolve().parent / "pii_corpus"
HALVES = ("v4", "v5", "v6", "v7", "v8")


@pytest.mark.parametrize("half", HALVES)
def test_a_test_half_loads_its_committed_file(half: str) -> None:
    committed = [json.loads(line) for line in (CORPUS / half / "test.jsonl").read_text().splitlines()]
    assert committed
    assert pii_eval.load_set(half, 600, 11) == committed


@pytest.mark.parametrize("half", HALVES)
def test_a_test_half_is_scored_beside_the_regression_set(half: str) -> None:
    assert pii_eval.sets_to_score([half]) == [half, "regression"]
    assert pii_eval.sets_to_score([half, "regression"]) == [half, "regression"]
    assert pii_eval.sets_to_score(["tune"]) == ["tune"]


@pytest.mark.parametrize("half", HALVES)
def test_a_spent_half_is_a_tuning_set(half: str) -> None:
    assert half in pii_eval.TUNING_SETS


def test_the_halves_are_found_by_their_folders_in_order() -> None:
    halves = pii_eval.held_out_halves()
    assert halves[: len(HALVES)] == HALVES
    assert [int(h[1:]) for h in halves] == list(range(4, 4 + len(halves)))  # none skipped, none twice
    assert "test" not in halves and "v2" not in halves and "v3" not in halves


def test_a_new_halfs_folder_is_a_set_without_touching_the_script(tmp_path: Path) -> None:
    for name in ("v2", "v3", "v4", "v9", "v10", "notes"):
        (tmp_path / name).mkdir()
    for name in ("v2", "v4", "v9", "v10"):
        (tmp_path / name / "test.jsonl").write_text("")
    (tmp_path / "v3" / "tune.jsonl").write_text("")
    assert pii_eval.held_out_halves(tmp_path) == ("v4", "v9", "v10")


def test_every_spent_half_is_a_half_on_disk() -> None:
    spent = [s for s in pii_eval.TUNING_SETS if s not in ("tune", "v3", "v3.0", "v3.1")]
    assert set(spent) <= set(pii_eval.held_out_halves())


def test_an_unscored_halfs_misses_are_never_printed(capsys: pytest.CaptureFixture[str]) -> None:
    unscored = "test"
    assert unscored not in pii_eval.TUNING_SETS
    examples = [json.loads(line) for line in (CORPUS / "v2" / "test.jsonl").read_text().splitlines()]
    report = score(examples, [[] for _ in examples])
    with pytest.raises(AssertionError):
        pii_eval._print_misses(unscored, report, 5)
    with pytest.raises(AssertionError):
        pii_eval._print_touched(unscored, examples, lambda text: [(0, len(text))], 5)
    assert examples[0]["text"] not in capsys.readouterr().out


def test_the_generated_sets_do_not_change_with_the_day_they_are_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The regression set is scored beside every test half and compared across runs: the same seed must give
    the same utterances on any day (Faker counts birth dates' ages from its clock: a run after midnight drew
    other dates, 2026-12-06)."""
    import datetime as stdlib

    import faker.providers.date_time as faker_dates

    today = pii_eval.regression_examples(200, 11)

    class LaterClock(stdlib.datetime):
        @classmethod
        def now(cls, tz: stdlib.tzinfo | None = None) -> LaterClock:
            return cls(2031, 3, 1, tzinfo=tz)

    monkeypatch.setattr(faker_dates, "datetime", LaterClock)
    assert pii_eval.regression_examples(200, 11) == today
