"""v26, the held-out test half after v25 (issue 15, brief B26), checked without any redactor: the committed
file is what its seeded builder writes and passes every step of its ``check.py``, every one-value mutant is
caught, ``check.py`` passes in its own process; every step fails on what it guards against (an earlier phrase,
a name or street of v16's (v17's), v18's, v19's, v20's, v21's, v22's, v23's, v24's or v25's lists, too few lines, a number said
again as another value, the kit's house-number way); Medicare IDs are counted by their CMS shape; the mix
counter reads the file; its kind weights are its own. (test_later_halves.py, test_v19_to_v21_corpus.py and
test_v23_corpus.py to test_v25_corpus.py hold these for the earlier halves; v26's are here so those files stay untouched.)"""

from __future__ import annotations

import random
import sys
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus import speech_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v17.speech import house_words
from bench.pii_corpus.v25 import build as v25_build
from bench.pii_corpus.v26 import build, check, mix, templates, words
from tests.bench_pii_corpus.corpus_checks import (
    Line,
    assert_every_mutant_caught,
    assert_the_seeded_build_passing_every_step,
    check_py_alone,
    failures,
)

ENTITIES = 613  # as build.py and check.py print them
# a word of each earlier half's lists, and how check_own_people names it
EARLIER = [
    ("Walnut", "Walnut: on v16's (v17's) lists"),
    ("Aspen", "Aspen: on v18's lists"),
    ("Hawthorne", "Hawthorne: on v19's lists"),
    ("Buttonwood", "Buttonwood: on v20's lists"),
    ("Larkspur", "Larkspur: on v21's lists"),
    ("Kestrel", "Kestrel: on v22's lists"),
    ("Sweetgum", "Sweetgum: on v23's lists"),
    ("Dunlin", "Dunlin: on v24's lists"),
    ("Bufflehead", "Bufflehead: on v25's lists"),
]


@cache
def _lines() -> list[Line]:
    return load(check.HERE / "test.jsonl")


def _address(said: str, value: str) -> list[Line]:
    span = {"start": 0, "end": len(said), "type": "STREET_ADDRESS", "value": value, "form": "spoken"}
    return [{"id": "v26-t", "text": said, "entities": [span]}]


def test_the_committed_file_is_the_seeded_build_and_every_step_passes() -> None:
    assert_the_seeded_build_passing_every_step(build, check, _lines())


def test_every_one_value_mutant_is_caught() -> None:
    assert_every_mutant_caught(check.mutants_caught, check, _lines())


def test_check_py_passes_in_its_own_process_without_the_redactor() -> None:
    assert f"600 utterances, {ENTITIES} entities; 0 failures" in check_py_alone(check)


def test_the_house_number_speech_the_half_uses_reads_back_where_the_kits_does_not() -> None:
    """v26 says house numbers with v17's ``house_words`` (five oh eight eight five); the kit's
    ``house_number_words`` says 50885 as "fifty eight eighty five" on some draws, and the check rejects that."""
    ours = {house_words(50885, random.Random(k)) for k in range(40)}
    assert ours == {"five oh eight eight five"}
    kits = {speech_kit.house_number_words(50885, random.Random(k)) for k in range(40)}
    assert "fifty eight eighty five" in kits
    reads = {
        said: failures(check, check.check_values, _address(f"{said} grebe avenue", "50885 Grebe Ave")) == []
        for said in ("five oh eight eight five", "fifty eight eighty five")
    }
    assert reads == {"five oh eight eight five": True, "fifty eight eighty five": False}


def test_a_number_said_again_as_another_value_is_reported() -> None:
    x = next(x for x in _lines() if sum(e["type"] == "PHONE_NUMBER" for e in x["entities"]) == 2)
    changed = {
        **x,
        "entities": [{**e, "value": "2025550143"} if i == 0 else e for i, e in enumerate(x["entities"])],
    }
    assert any("not the same value" in f for f in failures(check, check.check_size_and_mix, [changed]))


def test_guards_fail_on_what_they_guard(monkeypatch: Any) -> None:
    lines = _lines()
    monkeypatch.setattr(templates, "NO_PII", [*templates.NO_PII, "Call me back at {TIME}."])
    assert any("NO_PII templates" in f for f in failures(check, check.check_independence, lines[:1]))
    monkeypatch.setattr(words, "STREET_WORDS", [*words.STREET_WORDS, *(word for word, _ in EARLIER)])
    assert failures(check, check.check_own_people, lines) == [said for _, said in EARLIER]
    few = failures(check, check.check_size_and_mix, lines[:80])
    assert {"dates of birth", "Medicare IDs", "phone numbers said twice"} <= {f.split(":")[0] for f in few}


def test_a_person_not_on_the_halfs_lists_is_reported() -> None:
    x = next(x for x in _lines() if any(e["type"] == "PERSON" for e in x["entities"]))
    changed = {
        **x,
        "entities": [{**e, "value": "Larkspur"} if e["type"] == "PERSON" else e for e in x["entities"]],
    }
    assert any("not on v26's lists" in f for f in failures(check, check.check_own_people, [changed]))


def test_medicare_shape_and_count() -> None:
    assert check._is_mbi("1EG4TE5MK73") and not check._is_mbi("1EG4TE5MK7")
    ids = [e["value"] for x in _lines() for e in x["entities"] if e["type"] == "ACCOUNT_ID"]
    assert sum(map(check._is_mbi, ids)) >= check.FLOORS["Medicare IDs"][0]


def test_mix_reads_the_file_with_the_halfs_groups() -> None:
    lines = _lines()
    rows = dict(mix.mix(lines))
    groups = next(v for k, v in rows.items() if k.startswith(mix.NAME_ROW))
    assert "?" not in groups and groups.startswith("us ")
    assert rows["utterances without PII"].startswith(f"{sum(not x['entities'] for x in lines)} of 600")


def test_its_own_seed_and_kind_weights_not_a_redraw_of_v25() -> None:
    """The brief asks for v26's own kind weights: a user scoring v26 after v25 sees a different mix of types,
    the health plan's, clinic's and card issuer's checks (member number, birth date, last four) drawn more than
    v25 drew them, the e-mail, ZIP, callback number and spelled names less."""
    assert build.SEED == 20_261_226 and build.WEIGHTS != v25_build.WEIGHTS
    for kind in ("ACCOUNT_ID", "DATE_OF_BIRTH", "LAST_FOUR"):
        assert build.WEIGHTS[kind] > v25_build.WEIGHTS[kind]
    for kind in ("PHONE_NUMBER", "EMAIL_ADDRESS", "ZIP_CODE", "SPELLED"):
        assert build.WEIGHTS[kind] < v25_build.WEIGHTS[kind]
    types = {e["type"] for x in _lines() for e in x["entities"]}
    assert types == set(build.TYPES) and len(types) == 10
