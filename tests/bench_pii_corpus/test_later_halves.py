"""The held-out halves after v13 (v14-v26), checked without any redactor, one body for them all (they were
written as copies of each other; v6-v13 have theirs in test_seeded_halves.py).

Every half (``HALVES``): the committed file is what its seeded builder writes and passes every step of its
``check.py`` (``STEPS``), every value changed by one character is caught, and its ``check.py`` passes in a process
of its own without importing the redactor. From v19 on (``OWN``), every step fails on what it guards against (an
earlier phrase, a name or street of each earlier half's lists, too few lines, a number said again as another
value, the kit's house-number way); house numbers are said so that they read back; Medicare IDs are counted by
their CMS shape; the mix counter reads the file. From v22 on (``WEIGHTS``), a half's seed and kind weights are
its own, not a redraw of the half before it. v14-v17 (``GUARDS``): an earlier phrase and a short file
are reported. What differs per half is in those tables, data in later_halves.toml."""

from __future__ import annotations

import importlib
import random
import sys
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus import speech_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v17.speech import house_words
from bench.pii_corpus.v19.check import later_check
from tests.bench_pii_corpus.corpus_checks import (
    Line,
    assert_every_mutant_caught,
    assert_the_seeded_build_passing_every_step,
    check_py_alone,
    failures,
)

# what differs per half, the cases of the tests below: data, in later_halves.toml beside this file
_CASES = tomllib.loads((Path(__file__).parent / "later_halves.toml").read_text())
# each half: its check's one-value mutant counter, its entities as check.py prints them, and whether its
# test printed the mutants line too
HALVES = {h: (r["counter"], r["entities"], r["mutants_line"]) for h, r in _CASES["halves"].items()}
# from v19 on, each half: a street (spoken, written) and an avenue (spoken, written) of its own lists, how
# many of the earlier halves' words (EARLIER, in order) its own-people check must report, and a name not on
# its lists
OWN = {
    h: (tuple(r["street"]), tuple(r["avenue"]), r["earlier"], r["stranger"]) for h, r in _CASES["own"].items()
}
# a word of each earlier half's lists, and how check_own_people names it
EARLIER = [(word, said) for word, said in _CASES["earlier"]]
# from v22 on, each half's brief asked for its own kind weights: its seed, the half before it, the kinds it
# draws more than that half and the kinds it draws less (each half's README argues why)
WEIGHTS = {
    h: (r["seed"], r["before"], tuple(r["more"]), tuple(r["less"])) for h, r in _CASES["weights"].items()
}
# v14-v17: an earlier phrase each half's independence check reports, and the floors a short file misses
GUARDS = _CASES["guards"]


def _module(half: str, name: str) -> Any:
    """The half's module ``name``; from v20 on its check is ``v19.check.later_check`` (its ``check.py`` only
    runs that), which has the names a half's ``check.py`` module had."""
    if name == "check" and int(half[1:]) >= 20:
        return later_check(half)
    return importlib.import_module(f"bench.pii_corpus.{half}.{name}")


@cache
def _lines(half: str) -> list[Line]:
    return load(_module(half, "check").HERE / "test.jsonl")


def _address(half: str, said: str, value: str) -> list[Line]:
    span = {"start": 0, "end": len(said), "type": "STREET_ADDRESS", "value": value, "form": "spoken"}
    return [{"id": f"{half}-t", "text": said, "entities": [span]}]


@pytest.mark.parametrize("half", HALVES)
def test_the_committed_file_is_the_seeded_build_and_every_step_passes(half: str) -> None:
    build, check = _module(half, "build"), _module(half, "check")
    assert_the_seeded_build_passing_every_step(build, check, _lines(half))


@pytest.mark.parametrize("half", HALVES)
def test_every_one_value_mutant_is_caught(half: str) -> None:
    check = _module(half, "check")
    assert_every_mutant_caught(getattr(check, HALVES[half][0]), check, _lines(half))


@pytest.mark.parametrize("half", HALVES)
def test_check_py_passes_in_its_own_process_without_the_redactor(half: str) -> None:
    check = _module(half, "check")
    _, entities, with_mutants = HALVES[half]
    out = check_py_alone(check)
    assert f"600 utterances, {entities} entities; 0 failures" in out
    if with_mutants:
        assert f"one-value mutants caught: {entities}/{entities}" in out


@pytest.mark.parametrize("half", OWN)
@pytest.mark.parametrize(
    ("number", "reads"), [("five oh eight eight five", True), ("fifty eight eighty five", False)]
)
def test_a_house_number_with_zero_second_reads_back_only_digit_by_digit(
    half: str, number: str, reads: bool
) -> None:
    check = _module(half, "check")
    (street, written), _, _, _ = OWN[half]
    said = f"{number} {street}"
    assert (failures(check, check.check_values, _address(half, said, f"50885 {written}")) == []) is reads


@pytest.mark.parametrize("half", OWN)
def test_the_house_number_speech_the_half_uses_reads_back_where_the_kits_does_not(half: str) -> None:
    """The half says house numbers with v17's ``house_words``; the kit's ``house_number_words`` drops the 0 of
    50885 on some draws, and the check rejects that."""
    check = _module(half, "check")
    _, (avenue, written), _, _ = OWN[half]
    ours = {house_words(50885, random.Random(k)) for k in range(40)}
    assert ours == {"five oh eight eight five"}
    kits = {speech_kit.house_number_words(50885, random.Random(k)) for k in range(40)}
    assert "fifty eight eighty five" in kits
    reads = {
        said: failures(check, check.check_values, _address(half, f"{said} {avenue}", f"50885 {written}"))
        == []
        for said in ("five oh eight eight five", "fifty eight eighty five")
    }
    assert reads == {"five oh eight eight five": True, "fifty eight eighty five": False}


@pytest.mark.parametrize("half", OWN)
def test_a_number_said_again_as_another_value_is_reported(half: str) -> None:
    check = _module(half, "check")
    x = next(x for x in _lines(half) if sum(e["type"] == "PHONE_NUMBER" for e in x["entities"]) == 2)
    changed = {
        **x,
        "entities": [{**e, "value": "2025550143"} if i == 0 else e for i, e in enumerate(x["entities"])],
    }
    assert any("not the same value" in f for f in failures(check, check.check_size_and_mix, [changed]))


@pytest.mark.parametrize("half", OWN)
def test_guards_fail_on_what_they_guard(half: str, monkeypatch: Any) -> None:
    check, templates, words = (_module(half, name) for name in ("check", "templates", "words"))
    lines = _lines(half)
    earlier = EARLIER[: OWN[half][2]]
    monkeypatch.setattr(templates, "NO_PII", [*templates.NO_PII, "Call me back at {TIME}."])
    assert any("NO_PII templates" in f for f in failures(check, check.check_independence, lines[:1]))
    monkeypatch.setattr(words, "STREET_WORDS", [*words.STREET_WORDS, *(word for word, _ in earlier)])
    assert failures(check, check.check_own_people, lines) == [said for _, said in earlier]
    few = failures(check, check.check_size_and_mix, lines[:40])
    assert {"dates of birth", "Medicare IDs", "phone numbers said twice"} <= {f.split(":")[0] for f in few}


@pytest.mark.parametrize("half", OWN)
def test_a_person_not_on_the_halfs_lists_is_reported(half: str) -> None:
    check = _module(half, "check")
    stranger = OWN[half][3]
    x = next(x for x in _lines(half) if any(e["type"] == "PERSON" for e in x["entities"]))
    changed = {
        **x,
        "entities": [{**e, "value": stranger} if e["type"] == "PERSON" else e for e in x["entities"]],
    }
    assert any(f"not on {half}'s lists" in f for f in failures(check, check.check_own_people, [changed]))


@pytest.mark.parametrize("half", OWN)
def test_medicare_shape_and_count(half: str) -> None:
    check = _module(half, "check")
    assert (
        check._is_mbi("1EG4TE5MK73") and not check._is_mbi("1EG4TE5MK7") and not check._is_mbi("0EG4TE5MK73")
    )
    ids = [e["value"] for x in _lines(half) for e in x["entities"] if e["type"] == "ACCOUNT_ID"]
    assert sum(map(check._is_mbi, ids)) >= check.FLOORS["Medicare IDs"][0]


@pytest.mark.parametrize("half", OWN)
def test_mix_reads_the_file_with_the_halfs_groups(half: str) -> None:
    mix, lines = _module(half, "mix"), _lines(half)
    rows = dict(mix.mix(lines))
    groups = next(v for k, v in rows.items() if k.startswith(mix.NAME_ROW))
    assert "?" not in groups and groups.startswith("us ")
    assert rows["utterances without PII"].startswith(f"{sum(not x['entities'] for x in lines)} of 600")


@pytest.mark.parametrize("half", WEIGHTS)
def test_its_own_seed_and_kind_weights_not_a_redraw_of_the_half_before(half: str) -> None:
    """A user scoring the half after the one before it sees a different mix of types: the kinds its brief asked
    for drawn more than the half before drew them, the others less."""
    seed, previous, more, less = WEIGHTS[half]
    build, before = _module(half, "build"), _module(previous, "build")
    assert seed == build.SEED and build.WEIGHTS != before.WEIGHTS
    for kind in more:
        assert build.WEIGHTS[kind] > before.WEIGHTS[kind]
    for kind in less:
        assert build.WEIGHTS[kind] < before.WEIGHTS[kind]
    types = {e["type"] for x in _lines(half) for e in x["entities"]}
    assert types == set(build.TYPES) and len(types) == 10


@pytest.mark.parametrize("half", GUARDS)
def test_a_template_reusing_an_earlier_phrase_is_reported(half: str, monkeypatch: Any) -> None:
    """v14-v17's independence check fails on a template reusing an earlier half's phrase (from v18 on:
    ``test_guards_fail_on_what_they_guard``)."""
    check, templates, case = _module(half, "check"), _module(half, "templates"), GUARDS[half]
    monkeypatch.setattr(templates, case["list"], [*getattr(templates, case["list"]), case["phrase"]])
    found = failures(check, check.check_independence, _lines(half)[:1])
    assert any(f"{case['list']} templates" in f for f in found)


@pytest.mark.parametrize("half", GUARDS)
def test_a_file_short_of_the_floors_is_reported(half: str) -> None:
    """v14-v17's size-and-mix (v14: floors) step fails on the half's first lines, short of each floor named."""
    check, case = _module(half, "check"), GUARDS[half]
    found = failures(check, getattr(check, case["step"]), _lines(half)[: case["lines"]])
    for floor in case["floors"]:
        assert any(floor in f for f in found), floor
