"""v21, the held-out test half after v20 (issue 15, brief B16), checked without any redactor: the committed file
is the seeded build and every step of its ``check.py`` passes on it and fails on what it guards against (an
earlier phrase, a v17, v18, v19 or v20 name or street, too few lines, a number said again as another value, the kit's
house-number way); its house numbers are said so that they read back; Medicare IDs are counted by their CMS
shape; the mix counter reads the file."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus import speech_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v17.speech import house_words
from bench.pii_corpus.v21 import build, check, mix, templates, words

LINES = load(check.HERE / "test.jsonl")


def _run(step: Any, lines: list[dict[str, Any]]) -> list[str]:
    """What ``step`` reports on ``lines``, leaving the check's failure list empty."""
    check.FAILURES.clear()
    try:
        step(lines)
        return list(check.FAILURES)
    finally:
        check.FAILURES.clear()


def _address(said: str, value: str) -> list[dict[str, Any]]:
    span = {"start": 0, "end": len(said), "type": "STREET_ADDRESS", "value": value, "form": "spoken"}
    return [{"id": "v21-t", "text": said, "entities": [span]}]


def test_the_file_is_the_build_and_every_step_passes_and_every_mutant_is_caught() -> None:
    assert build.build() == LINES
    assert {step.__name__: _run(step, LINES) for step in check.STEPS} == {s.__name__: [] for s in check.STEPS}
    entities = sum(len(x["entities"]) for x in LINES)
    assert check.mutants_caught(LINES) == (entities, entities)


@pytest.mark.parametrize(
    ("said", "reads"),
    [
        ("five oh eight eight five larkspur street", True),
        ("fifty eight eighty five larkspur street", False),
    ],
)
def test_a_house_number_with_zero_second_reads_back_only_digit_by_digit(said: str, reads: bool) -> None:
    assert (_run(check.check_values, _address(said, "50885 Larkspur St")) == []) is reads


def test_the_house_number_speech_v21_uses_reads_back_where_the_kits_does_not() -> None:
    """v21 says house numbers with v17's ``house_words`` (as v19 and v20 do); the kit's ``house_number_words`` drops the 0 of
    50885 on some draws, and the check rejects that."""
    ours = {house_words(50885, random.Random(k)) for k in range(40)}
    assert ours == {"five oh eight eight five"}
    kits = {speech_kit.house_number_words(50885, random.Random(k)) for k in range(40)}
    assert "fifty eight eighty five" in kits
    reads = {said: _run(check.check_values, _address(f"{said} thistle avenue", "50885 Thistle Ave")) == []
             for said in ("five oh eight eight five", "fifty eight eighty five")}  # fmt: skip
    assert reads == {"five oh eight eight five": True, "fifty eight eighty five": False}


def test_a_number_said_again_as_another_value_is_reported() -> None:
    x = next(x for x in LINES if sum(e["type"] == "PHONE_NUMBER" for e in x["entities"]) == 2)
    changed = {
        **x,
        "entities": [{**e, "value": "2025550143"} if i == 0 else e for i, e in enumerate(x["entities"])],
    }
    assert any("not the same value" in f for f in _run(check.check_size_and_mix, [changed]))


def test_guards_fail_on_what_they_guard(monkeypatch: Any) -> None:
    monkeypatch.setattr(templates, "NO_PII", [*templates.NO_PII, "Call me back at {TIME}."])
    assert any("NO_PII templates" in f for f in _run(check.check_independence, LINES[:1]))
    monkeypatch.setattr(
        words, "STREET_WORDS", [*words.STREET_WORDS, "Walnut", "Aspen", "Hawthorne", "Buttonwood"]
    )
    assert _run(check.check_own_people, LINES) == [
        "Walnut: on v16's (v17's) lists",
        "Aspen: on v18's lists",
        "Hawthorne: on v19's lists",
        "Buttonwood: on v20's lists",
    ]
    few = _run(check.check_size_and_mix, LINES[:80])
    assert {"dates of birth", "Medicare IDs", "phone numbers said twice"} <= {f.split(":")[0] for f in few}


def test_a_person_not_on_v21s_lists_is_reported() -> None:
    x = next(x for x in LINES if any(e["type"] == "PERSON" for e in x["entities"]))
    changed = {
        **x,
        "entities": [{**e, "value": "Walnut"} if e["type"] == "PERSON" else e for e in x["entities"]],
    }
    assert any("not on v21's lists" in f for f in _run(check.check_own_people, [changed]))


def test_medicare_shape_and_count() -> None:
    assert (
        check._is_mbi("1EG4TE5MK73") and not check._is_mbi("1EG4TE5MK7") and not check._is_mbi("0EG4TE5MK73")
    )
    ids = [e["value"] for x in LINES for e in x["entities"] if e["type"] == "ACCOUNT_ID"]
    assert sum(map(check._is_mbi, ids)) >= check.FLOORS["Medicare IDs"][0]


def test_mix_reads_the_file_with_v21_groups() -> None:
    rows = dict(mix.mix(LINES))
    groups = next(v for k, v in rows.items() if k.startswith(mix.NAME_ROW))
    assert "?" not in groups and groups.startswith("us ")
    assert rows["utterances without PII"].startswith(f"{sum(not x['entities'] for x in LINES)} of 600")


def test_check_runs_on_its_own() -> None:
    out = subprocess.run(
        [sys.executable, str(check.HERE / "check.py")], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stdout[-2000:]
    assert "600 utterances, 560 entities; 0 failures" in out.stdout
