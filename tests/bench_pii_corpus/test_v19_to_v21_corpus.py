"""v19, v20 and v21, the held-out test halves after v18 (issue 15, briefs B14, B15, B16), checked without any
redactor, one body for the three (they were written as copies of each other): every step of a half's
``check.py`` fails on what it guards against (an earlier phrase, an earlier half's name or street, too few
lines, a number said again as another value, the kit's house-number way); house numbers are said so that they
read back; Medicare IDs are counted by their CMS shape; the mix counter reads the file. What differs per half
is in ``OWN``: the streets its checks are tried on and the earlier halves it must not reuse. The half itself
(builder, every step, mutants, check.py in its own process) is test_later_halves.py's."""

from __future__ import annotations

import importlib
import random
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus import speech_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v17.speech import house_words
from tests.bench_pii_corpus.corpus_checks import Line, failures

# each half: a street (spoken, written) and an avenue (spoken, written) of its own lists, and how many of the
# earlier halves' words (EARLIER, in order) its own-people check must report
OWN = {
    "v19": (("hawthorne street", "Hawthorne St"), ("linden avenue", "Linden Ave"), 2),
    "v20": (("hazel street", "Hazel St"), ("larch avenue", "Larch Ave"), 3),
    "v21": (("larkspur street", "Larkspur St"), ("thistle avenue", "Thistle Ave"), 4),
}
EARLIER = [
    ("Walnut", "Walnut: on v16's (v17's) lists"),
    ("Aspen", "Aspen: on v18's lists"),
    ("Hawthorne", "Hawthorne: on v19's lists"),
    ("Buttonwood", "Buttonwood: on v20's lists"),
]


def _module(half: str, name: str) -> ModuleType:
    return importlib.import_module(f"bench.pii_corpus.{half}.{name}")


@cache
def _lines(half: str) -> list[Line]:
    return load(_module(half, "check").HERE / "test.jsonl")


def _address(half: str, said: str, value: str) -> list[Line]:
    span = {"start": 0, "end": len(said), "type": "STREET_ADDRESS", "value": value, "form": "spoken"}
    return [{"id": f"{half}-t", "text": said, "entities": [span]}]


@pytest.mark.parametrize("half", OWN)
@pytest.mark.parametrize(
    ("number", "reads"), [("five oh eight eight five", True), ("fifty eight eighty five", False)]
)
def test_a_house_number_with_zero_second_reads_back_only_digit_by_digit(
    half: str, number: str, reads: bool
) -> None:
    check = _module(half, "check")
    (street, written), _, _ = OWN[half]
    said = f"{number} {street}"
    assert (failures(check, check.check_values, _address(half, said, f"50885 {written}")) == []) is reads


@pytest.mark.parametrize("half", OWN)
def test_the_house_number_speech_the_half_uses_reads_back_where_the_kits_does_not(half: str) -> None:
    """The half says house numbers with v17's ``house_words``; the kit's ``house_number_words`` drops the 0 of
    50885 on some draws, and the check rejects that."""
    check = _module(half, "check")
    _, (avenue, written), _ = OWN[half]
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
    few = failures(check, check.check_size_and_mix, lines[:80])
    assert {"dates of birth", "Medicare IDs", "phone numbers said twice"} <= {f.split(":")[0] for f in few}


@pytest.mark.parametrize("half", OWN)
def test_a_person_not_on_the_halfs_lists_is_reported(half: str) -> None:
    check = _module(half, "check")
    x = next(x for x in _lines(half) if any(e["type"] == "PERSON" for e in x["entities"]))
    changed = {
        **x,
        "entities": [{**e, "value": "Walnut"} if e["type"] == "PERSON" else e for e in x["entities"]],
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
