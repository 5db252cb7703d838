"""The held-out halves after v13 (v14-v26), checked without any redactor, one body for them all (they were
written as copies of each other; v6-v13 have theirs in test_seeded_halves.py).

Every half (``HALVES``): the committed file is what its seeded builder writes and passes every step of its
``check.py`` (``STEPS``), every value changed by one character is caught, and its ``check.py`` passes in a process
of its own without importing the redactor. From v19 on (``OWN``), every step fails on what it guards against (an
earlier phrase, a name or street of each earlier half's lists, too few lines, a number said again as another
value, the kit's house-number way); house numbers are said so that they read back; Medicare IDs are counted by
their CMS shape; the mix counter reads the file. From v22 on (``WEIGHTS``), a half's seed and kind weights are
its own, not a redraw of the half before it. What differs per half is in those three tables."""

from __future__ import annotations

import importlib
import random
import sys
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

# each half: its check's one-value mutant counter, its entities as check.py prints them, and whether its
# test printed the mutants line too
HALVES = {
    "v14": ("caught", 589, False),
    "v15": ("mutants_caught", 635, True),
    "v16": ("mutants_caught", 586, True),
    "v17": ("mutants_caught", 553, True),
    "v18": ("mutants_caught", 570, False),
    "v19": ("mutants_caught", 562, False),
    "v20": ("mutants_caught", 562, False),
    "v21": ("mutants_caught", 560, False),
    "v22": ("mutants_caught", 561, False),
    "v23": ("mutants_caught", 596, False),
    "v24": ("mutants_caught", 564, False),
    "v25": ("mutants_caught", 572, False),
    "v26": ("mutants_caught", 613, False),
    "v27": ("mutants_caught", 575, False),
    "v28": ("mutants_caught", 604, False),
    "v29": ("mutants_caught", 609, False),
    "v30": ("mutants_caught", 641, False),
    "v31": ("mutants_caught", 634, False),
    "v32": ("mutants_caught", 582, False),
    "v33": ("mutants_caught", 647, False),
    "v34": ("mutants_caught", 620, False),
    "v35": ("mutants_caught", 607, False),
    "v36": ("mutants_caught", 616, False),
    "v37": ("mutants_caught", 627, False),
    "v38": ("mutants_caught", 562, False),
    "v39": ("mutants_caught", 620, False),
    "v40": ("mutants_caught", 623, False),
    "v41": ("mutants_caught", 626, False),
    "v42": ("mutants_caught", 624, False),
    "v43": ("mutants_caught", 605, False),
    "v44": ("mutants_caught", 643, False),
    "v45": ("mutants_caught", 622, False),
    "v46": ("mutants_caught", 652, False),
    "v47": ("mutants_caught", 606, False),
    "v48": ("mutants_caught", 606, False),
    "v49": ("mutants_caught", 605, False),
    "v50": ("mutants_caught", 617, False),
    "v51": ("mutants_caught", 551, False),
    "v52": ("mutants_caught", 585, False),
    "v53": ("mutants_caught", 582, False),
    "v54": ("mutants_caught", 599, False),
    "v55": ("mutants_caught", 608, False),
}
# from v19 on, each half: a street (spoken, written) and an avenue (spoken, written) of its own lists, how many
# of the earlier halves' words (EARLIER, in order) its own-people check must report, and a name not on its lists
OWN = {
    "v19": (("hawthorne street", "Hawthorne St"), ("linden avenue", "Linden Ave"), 2, "Walnut"),
    "v20": (("hazel street", "Hazel St"), ("larch avenue", "Larch Ave"), 3, "Walnut"),
    "v21": (("larkspur street", "Larkspur St"), ("thistle avenue", "Thistle Ave"), 4, "Walnut"),
    "v22": (("kestrel avenue", "Kestrel Ave"), ("kestrel avenue", "Kestrel Ave"), 5, "Larkspur"),
    "v23": (("sweetgum avenue", "Sweetgum Ave"), ("sweetgum avenue", "Sweetgum Ave"), 6, "Larkspur"),
    "v24": (("dunlin avenue", "Dunlin Ave"), ("dunlin avenue", "Dunlin Ave"), 7, "Larkspur"),
    "v25": (("gadwall avenue", "Gadwall Ave"), ("gadwall avenue", "Gadwall Ave"), 8, "Larkspur"),
    "v26": (("grebe avenue", "Grebe Ave"), ("grebe avenue", "Grebe Ave"), 9, "Larkspur"),
    "v27": (("garnet avenue", "Garnet Ave"), ("garnet avenue", "Garnet Ave"), 10, "Larkspur"),
    "v28": (("alfalfa avenue", "Alfalfa Ave"), ("alfalfa avenue", "Alfalfa Ave"), 11, "Larkspur"),
    "v29": (("kanawha avenue", "Kanawha Ave"), ("kanawha avenue", "Kanawha Ave"), 12, "Larkspur"),
    "v30": (("quillback avenue", "Quillback Ave"), ("quillback avenue", "Quillback Ave"), 13, "Larkspur"),
    "v31": (("spinel avenue", "Spinel Ave"), ("spinel avenue", "Spinel Ave"), 14, "Larkspur"),
    "v32": (("pumice avenue", "Pumice Ave"), ("pumice avenue", "Pumice Ave"), 15, "Larkspur"),
    "v33": (("sorrel avenue", "Sorrel Ave"), ("sorrel avenue", "Sorrel Ave"), 16, "Larkspur"),
    "v34": (("gable avenue", "Gable Ave"), ("gable avenue", "Gable Ave"), 17, "Larkspur"),
    "v35": (("calico avenue", "Calico Ave"), ("calico avenue", "Calico Ave"), 18, "Larkspur"),
    "v36": (("halyard avenue", "Halyard Ave"), ("halyard avenue", "Halyard Ave"), 19, "Larkspur"),
    "v37": (("oboe avenue", "Oboe Ave"), ("oboe avenue", "Oboe Ave"), 20, "Larkspur"),
    "v38": (("brocade avenue", "Brocade Ave"), ("brocade avenue", "Brocade Ave"), 21, "Larkspur"),
    "v39": (("winesap avenue", "Winesap Ave"), ("winesap avenue", "Winesap Ave"), 22, "Larkspur"),
    "v40": (("seckel avenue", "Seckel Ave"), ("seckel avenue", "Seckel Ave"), 23, "Larkspur"),
    "v41": (("wyandotte avenue", "Wyandotte Ave"), ("wyandotte avenue", "Wyandotte Ave"), 24, "Larkspur"),
    "v42": (("hereford avenue", "Hereford Ave"), ("hereford avenue", "Hereford Ave"), 25, "Larkspur"),
    "v43": (("catawba avenue", "Catawba Ave"), ("catawba avenue", "Catawba Ave"), 26, "Larkspur"),
    "v44": (("tanana avenue", "Tanana Ave"), ("tanana avenue", "Tanana Ave"), 27, "Larkspur"),
    "v45": (("islay avenue", "Islay Ave"), ("islay avenue", "Islay Ave"), 28, "Larkspur"),
    "v46": (("skagit avenue", "Skagit Ave"), ("skagit avenue", "Skagit Ave"), 29, "Larkspur"),
    "v47": (("tarragon avenue", "Tarragon Ave"), ("tarragon avenue", "Tarragon Ave"), 30, "Larkspur"),
    "v48": (("machias avenue", "Machias Ave"), ("machias avenue", "Machias Ave"), 31, "Larkspur"),
    "v49": (("capella avenue", "Capella Ave"), ("capella avenue", "Capella Ave"), 32, "Larkspur"),
    "v50": (
        ("swallowtail avenue", "Swallowtail Ave"),
        ("swallowtail avenue", "Swallowtail Ave"),
        33,
        "Larkspur",
    ),
    "v51": (("gaillardia avenue", "Gaillardia Ave"), ("gaillardia avenue", "Gaillardia Ave"), 34, "Larkspur"),
    "v52": (
        ("kinnikinnick avenue", "Kinnikinnick Ave"),
        ("kinnikinnick avenue", "Kinnikinnick Ave"),
        35,
        "Larkspur",
    ),
    "v53": (("osmunda avenue", "Osmunda Ave"), ("osmunda avenue", "Osmunda Ave"), 35, "Larkspur"),
    "v54": (("diapason avenue", "Diapason Ave"), ("diapason avenue", "Diapason Ave"), 37, "Larkspur"),
    "v55": (("sphagnum avenue", "Sphagnum Ave"), ("sphagnum avenue", "Sphagnum Ave"), 37, "Larkspur"),
}
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
    ("Grebe", "Grebe: on v26's lists"),
    ("Garnet", "Garnet: on v27's lists"),
    ("Alfalfa", "Alfalfa: on v28's lists"),
    ("Kanawha", "Kanawha: on v29's lists"),
    ("Quillback", "Quillback: on v30's lists"),
    ("Spinel", "Spinel: on v31's lists"),
    ("Pumice", "Pumice: on v32's lists"),
    ("Sorrel", "Sorrel: on v33's lists"),
    ("Gable", "Gable: on v34's lists"),
    ("Calico", "Calico: on v35's lists"),
    ("Halyard", "Halyard: on v36's lists"),
    ("Oboe", "Oboe: on v37's lists"),
    ("Brocade", "Brocade: on v38's lists"),
    ("Winesap", "Winesap: on v39's lists"),
    ("Seckel", "Seckel: on v40's lists"),
    ("Wyandotte", "Wyandotte: on v41's lists"),
    ("Hereford", "Hereford: on v42's lists"),
    ("Catawba", "Catawba: on v43's lists"),
    ("Tanana", "Tanana: on v44's lists"),
    ("Islay", "Islay: on v45's lists"),
    ("Skagit", "Skagit: on v46's lists"),
    ("Tarragon", "Tarragon: on v47's lists"),
    ("Machias", "Machias: on v48's lists"),
    ("Capella", "Capella: on v49's lists"),
    ("Swallowtail", "Swallowtail: on v50's lists"),
    ("Gaillardia", "Gaillardia: on v51's lists"),
    ("Kinnikinnick", "Kinnikinnick: on v52's lists"),
    ("Osmunda", "Osmunda: on v53's lists"),
]
# from v22 on, each half's brief asked for its own kind weights: its seed, the half before it, the kinds it draws
# more than that half and the kinds it draws less (each half's README argues why)
WEIGHTS = {
    "v22": (20_261_222, "v21", ("PHONE_NUMBER", "ACCOUNT_ID", "LAST_FOUR", "EMAIL_ADDRESS"), ()),
    "v23": (20_261_223, "v22", ("STREET_ADDRESS", "ZIP_CODE", "EMAIL_ADDRESS", "SPELLED"), ("US_SSN",)),
    "v24": (
        20_261_224,
        "v23",
        ("DATE_OF_BIRTH", "LAST_FOUR", "ACCOUNT_ID"),
        ("STREET_ADDRESS", "ZIP_CODE", "EMAIL_ADDRESS"),
    ),
    "v25": (
        20_261_225,
        "v24",
        ("ACCOUNT_ID", "PHONE_NUMBER", "STREET_ADDRESS", "EMAIL_ADDRESS", "ZIP_CODE", "SPELLED"),
        ("DATE_OF_BIRTH", "LAST_FOUR"),
    ),
    "v26": (
        20_261_226,
        "v25",
        ("ACCOUNT_ID", "DATE_OF_BIRTH", "LAST_FOUR"),
        ("PHONE_NUMBER", "EMAIL_ADDRESS", "ZIP_CODE", "SPELLED"),
    ),
    "v27": (
        20_261_227,
        "v26",
        ("PERSON", "SPELLED", "PHONE_NUMBER", "STREET_ADDRESS", "EMAIL_ADDRESS", "ZIP_CODE", "US_SSN"),
        ("DATE_OF_BIRTH", "LAST_FOUR"),
    ),
    "v28": (
        20_261_228,
        "v27",
        (
            "PERSON",
            "ACCOUNT_ID",
            "DATE_OF_BIRTH",
            "STREET_ADDRESS",
            "ZIP_CODE",
            "LAST_FOUR",
            "CREDIT_CARD",
            "US_SSN",
        ),
        ("SPELLED", "PHONE_NUMBER"),
    ),
    "v29": (
        20_261_229,
        "v28",
        ("SPELLED", "EMAIL_ADDRESS", "LAST_FOUR", "CREDIT_CARD", "US_SSN"),
        ("DATE_OF_BIRTH", "ZIP_CODE"),
    ),
    "v30": (
        20_261_230,
        "v29",
        ("PHONE_NUMBER", "ACCOUNT_ID", "DATE_OF_BIRTH", "STREET_ADDRESS"),
        ("EMAIL_ADDRESS", "ZIP_CODE", "LAST_FOUR", "CREDIT_CARD"),
    ),
    "v31": (
        20_261_231,
        "v30",
        ("EMAIL_ADDRESS", "ZIP_CODE", "CREDIT_CARD"),
        ("ACCOUNT_ID", "DATE_OF_BIRTH", "US_SSN"),
    ),
    "v32": (
        20_270_101,
        "v31",
        ("PERSON", "SPELLED", "DATE_OF_BIRTH", "STREET_ADDRESS", "US_SSN"),
        ("PHONE_NUMBER", "EMAIL_ADDRESS", "ZIP_CODE"),
    ),
    "v33": (
        20_270_102,
        "v32",
        ("PERSON", "EMAIL_ADDRESS", "LAST_FOUR"),
        ("ACCOUNT_ID", "DATE_OF_BIRTH", "STREET_ADDRESS", "US_SSN"),
    ),
    "v34": (
        20_270_103,
        "v33",
        ("PHONE_NUMBER", "STREET_ADDRESS", "ZIP_CODE", "CREDIT_CARD"),
        ("PERSON", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "LAST_FOUR", "US_SSN"),
    ),
    "v35": (
        20_270_104,
        "v34",
        (
            "PERSON",
            "SPELLED",
            "PHONE_NUMBER",
            "DATE_OF_BIRTH",
            "EMAIL_ADDRESS",
            "ZIP_CODE",
            "CREDIT_CARD",
            "US_SSN",
        ),
        ("STREET_ADDRESS", "LAST_FOUR"),
    ),
    "v36": (
        20_270_105,
        "v35",
        ("PERSON", "ACCOUNT_ID", "STREET_ADDRESS", "LAST_FOUR", "CREDIT_CARD", "US_SSN"),
        ("SPELLED", "PHONE_NUMBER", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "ZIP_CODE"),
    ),
    "v37": (
        20_270_106,
        "v36",
        (
            "PERSON",
            "SPELLED",
            "PHONE_NUMBER",
            "ACCOUNT_ID",
            "DATE_OF_BIRTH",
            "STREET_ADDRESS",
            "EMAIL_ADDRESS",
            "CREDIT_CARD",
            "US_SSN",
        ),
        ("ZIP_CODE", "LAST_FOUR"),
    ),
    "v38": (
        20_270_107,
        "v37",
        ("PHONE_NUMBER", "ACCOUNT_ID", "EMAIL_ADDRESS", "ZIP_CODE", "LAST_FOUR", "CREDIT_CARD"),
        ("SPELLED", "DATE_OF_BIRTH", "US_SSN"),
    ),
    "v39": (
        20_270_108,
        "v38",
        ("PERSON", "SPELLED", "DATE_OF_BIRTH", "STREET_ADDRESS", "ZIP_CODE", "LAST_FOUR"),
        ("PHONE_NUMBER", "ACCOUNT_ID", "CREDIT_CARD", "US_SSN"),
    ),
    "v40": (
        20_270_109,
        "v39",
        (
            "PERSON",
            "SPELLED",
            "PHONE_NUMBER",
            "ACCOUNT_ID",
            "DATE_OF_BIRTH",
            "EMAIL_ADDRESS",
            "CREDIT_CARD",
            "US_SSN",
        ),
        ("STREET_ADDRESS", "ZIP_CODE", "LAST_FOUR"),
    ),
    "v41": (
        20_270_110,
        "v40",
        ("DATE_OF_BIRTH", "EMAIL_ADDRESS"),
        ("PERSON", "SPELLED", "PHONE_NUMBER", "STREET_ADDRESS"),
    ),
    "v42": (
        20_270_111,
        "v41",
        ("PERSON", "PHONE_NUMBER", "ACCOUNT_ID", "EMAIL_ADDRESS", "ZIP_CODE", "CREDIT_CARD", "US_SSN"),
        ("SPELLED", "DATE_OF_BIRTH", "STREET_ADDRESS", "LAST_FOUR"),
    ),
    "v43": (
        20_270_112,
        "v41",
        ("PERSON", "PHONE_NUMBER", "STREET_ADDRESS", "EMAIL_ADDRESS", "LAST_FOUR", "CREDIT_CARD", "US_SSN"),
        ("SPELLED", "ACCOUNT_ID", "DATE_OF_BIRTH", "ZIP_CODE"),
    ),
    "v44": (
        20_270_113,
        "v43",
        ("SPELLED", "PHONE_NUMBER", "ACCOUNT_ID", "DATE_OF_BIRTH", "STREET_ADDRESS", "ZIP_CODE", "US_SSN"),
        ("PERSON", "EMAIL_ADDRESS", "LAST_FOUR", "CREDIT_CARD"),
    ),
    "v45": (
        20_270_114,
        "v43",
        ("PERSON", "PHONE_NUMBER", "ACCOUNT_ID", "DATE_OF_BIRTH", "CREDIT_CARD"),
        ("SPELLED", "STREET_ADDRESS", "EMAIL_ADDRESS", "ZIP_CODE", "LAST_FOUR", "US_SSN"),
    ),
    "v46": (
        20_270_115,
        "v44",
        ("PERSON", "SPELLED", "ACCOUNT_ID", "DATE_OF_BIRTH", "STREET_ADDRESS", "US_SSN"),
        ("PHONE_NUMBER", "EMAIL_ADDRESS", "ZIP_CODE", "LAST_FOUR", "CREDIT_CARD"),
    ),
    "v47": (
        20_270_116,
        "v44",
        ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LAST_FOUR", "CREDIT_CARD"),
        ("SPELLED", "ACCOUNT_ID", "DATE_OF_BIRTH", "STREET_ADDRESS", "ZIP_CODE", "US_SSN"),
    ),
    "v48": (
        20_270_117,
        "v47",
        ("SPELLED", "ACCOUNT_ID", "DATE_OF_BIRTH", "STREET_ADDRESS", "EMAIL_ADDRESS", "CREDIT_CARD"),
        ("PERSON", "PHONE_NUMBER", "ZIP_CODE", "LAST_FOUR", "US_SSN"),
    ),
    "v49": (
        20_270_118,
        "v47",
        ("SPELLED", "STREET_ADDRESS", "EMAIL_ADDRESS", "ZIP_CODE", "CREDIT_CARD", "US_SSN"),
        ("PERSON", "PHONE_NUMBER", "ACCOUNT_ID", "DATE_OF_BIRTH", "LAST_FOUR"),
    ),
    "v50": (
        20_270_119,
        "v49",
        ("PERSON", "SPELLED", "ACCOUNT_ID", "DATE_OF_BIRTH", "STREET_ADDRESS"),
        ("PHONE_NUMBER", "EMAIL_ADDRESS", "ZIP_CODE", "LAST_FOUR", "CREDIT_CARD", "US_SSN"),
    ),
    "v51": (
        20_270_120,
        "v49",
        ("PERSON", "PHONE_NUMBER", "ACCOUNT_ID", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "LAST_FOUR"),
        ("SPELLED", "STREET_ADDRESS", "CREDIT_CARD", "US_SSN"),
    ),
    "v52": (
        20_270_121,
        "v51",
        ("PERSON", "SPELLED", "PHONE_NUMBER", "ACCOUNT_ID", "STREET_ADDRESS", "US_SSN"),
        ("DATE_OF_BIRTH", "EMAIL_ADDRESS", "ZIP_CODE", "LAST_FOUR", "CREDIT_CARD"),
    ),
    "v53": (
        20_270_122,
        "v51",
        ("PERSON", "SPELLED", "PHONE_NUMBER", "ACCOUNT_ID", "STREET_ADDRESS", "EMAIL_ADDRESS", "CREDIT_CARD"),
        ("DATE_OF_BIRTH", "LAST_FOUR", "US_SSN"),
    ),
    "v54": (
        20_270_123,
        "v53",
        ("PERSON", "SPELLED", "ACCOUNT_ID", "DATE_OF_BIRTH", "ZIP_CODE"),
        ("PHONE_NUMBER", "STREET_ADDRESS", "EMAIL_ADDRESS", "LAST_FOUR", "CREDIT_CARD", "US_SSN"),
    ),
    "v55": (
        20_270_124,
        "v53",
        ("PERSON", "SPELLED", "PHONE_NUMBER", "ACCOUNT_ID", "DATE_OF_BIRTH"),
        ("STREET_ADDRESS", "EMAIL_ADDRESS", "ZIP_CODE", "LAST_FOUR", "CREDIT_CARD", "US_SSN"),
    ),
}


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
