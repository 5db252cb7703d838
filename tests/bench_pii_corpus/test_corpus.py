"""The committed v2 corpus: reproducible from build.py, gold spans that say what they hold, and two halves
that share no template and no name."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from template_phrases import phrases

from bench.pii_corpus.v2 import build, templates_test, templates_tune
from bench.pii_corpus.v2.lexicon import lexicon
from bench.pii_corpus.v2.score import score
from bench.pii_corpus.v2.spoken import TEENS, TENS, UNITS

V2 = Path(build.__file__).resolve().parent
TYPES = {"PERSON", "US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_ID", "ZIP_CODE",
         "EMAIL_ADDRESS", "STREET_ADDRESS", "LAST_FOUR"}  # fmt: skip
DIGIT_ONLY = {"US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "ZIP_CODE", "LAST_FOUR"}


def committed(half: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (V2 / f"{half}.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("half", ["tune", "test"])
def test_committed_half_is_what_build_writes(half: str) -> None:
    """Nobody edits a half by hand: regenerating it gives the committed bytes."""
    assert build.build_half(half, 600) == committed(half)


@pytest.mark.parametrize("half", ["tune", "test"])
def test_every_type_has_enough_cases_for_its_own_recall(half: str) -> None:
    lines = committed(half)
    by_type = Counter(e["type"] for x in lines for e in x["entities"])
    assert set(by_type) == TYPES
    assert min(by_type.values()) >= 45
    assert sum(1 for x in lines if not x["entities"]) >= 150  # utterances that must come out untouched
    spoken = Counter(e["type"] for x in lines for e in x["entities"] if e["form"] == "spoken")
    assert all(spoken[t] >= 15 for t in DIGIT_ONLY | {"ACCOUNT_ID"})


def spoken_digits(text: str) -> str:
    """Decode what values.py writes for a digit run, spoken ("double four", "fifty five", "for", "oh"),
    written ("(415) 555-0198") or mixed ("4039 one eight 0166")."""
    words = [
        w
        for w in re.findall(r"[a-z]+|\d+", text.lower())
        if w not in {"uh", "um", "uhh", "hmm", "er", "dash", "plus"}
    ]
    sound = {"oh": "0", "for": "4", "to": "2", "too": "2", "ate": "8"}
    out, repeat, i = "", 1, 0
    while i < len(words):
        w = words[i]
        if w in ("double", "triple"):
            repeat = 2 if w == "double" else 3
        elif w.isdigit():
            out += w
        elif w in UNITS or w in sound:
            out += (sound.get(w) or str(UNITS.index(w))) * repeat
            repeat = 1
        elif w in TEENS:
            out += str(10 + TEENS.index(w))
        elif w in TENS:
            unit = words[i + 1] if i + 1 < len(words) else ""
            if unit in UNITS[1:]:
                out += f"{TENS.index(w)}{UNITS.index(unit)}"
                i += 1
            else:
                out += f"{TENS.index(w)}0"
        i += 1
    return out


@pytest.mark.parametrize("half", ["tune", "test"])
def test_gold_spans_hold_their_values(half: str) -> None:
    for x in committed(half):
        for e in x["entities"]:
            said = x["text"][e["start"] : e["end"]]
            assert said == said.strip() and said, (x["id"], e)
            if e["type"] in DIGIT_ONLY:
                got = spoken_digits(said)
                if e["type"] == "PHONE_NUMBER" and len(got) == 11:
                    got = got[1:]  # "plus one ..." / "+1"
                assert got == e["value"], (x["id"], said)
            if e["type"] == "ACCOUNT_ID" and e["form"] == "written":
                letters = re.sub(r"\b([A-Z]) as in [A-Za-z-]+", r"\1", said)  # "K as in Kilo" -> "K"
                assert re.sub(r"[^A-Z0-9]", "", letters.upper()) == e["value"], (x["id"], said)
            if e["type"] == "EMAIL_ADDRESS" and e["form"] == "written":
                assert said == e["value"]


def test_halves_share_no_four_word_phrase() -> None:
    """A recognizer keyed on a tuning cue ("the account is under") gains nothing on the test half."""
    tune = phrases(templates_tune.PII + templates_tune.NO_PII)
    assert not tune & phrases(templates_test.PII + templates_test.NO_PII)


def test_halves_share_no_template_and_no_name() -> None:
    assert not set(templates_tune.PII + templates_tune.NO_PII) & set(
        templates_test.PII + templates_test.NO_PII
    )
    tune, test = lexicon("tune"), lexicon("test")
    assert not set(tune.first_names + tune.surnames) & set(test.first_names + test.surnames)
    assert not set(tune.street_words) & set(test.street_words)
    assert not set(tune.models) & set(test.models)
    assert not {s.name for s in tune.suffixes} & {s.name for s in test.suffixes}
    assert not set(tune.domains) & set(test.domains)
    names = {e["value"] for x in committed("test") for e in x["entities"] if e["type"] == "PERSON"}
    assert not names & {e["value"] for x in committed("tune") for e in x["entities"] if e["type"] == "PERSON"}


@pytest.mark.parametrize("half", ["tune", "test"])
def test_readme_counts_are_the_committed_counts(half: str) -> None:
    assert build.counts_table(committed(half)) in (V2 / "README.md").read_text()


@pytest.mark.parametrize("half", ["tune", "test"])
def test_gold_spans_do_not_overlap(half: str) -> None:
    for x in committed(half):
        spans = sorted((s["start"], s["end"]) for s in x["entities"] + x["distractors"])
        assert all(a[1] <= b[0] for a, b in pairwise(spans)), x["id"]


def test_scoring_the_bounds_on_the_tuning_half() -> None:
    """Redacting every character catches everything and keeps nothing; redacting nothing the reverse."""
    lines = committed("tune")
    everything = score(lines, [[(0, len(x["text"]))] for x in lines])
    nothing = score(lines, [[] for _ in lines])
    assert everything.recall.value == 1.0 and everything.partial_leaks == 0
    assert everything.preservation.value == 0.0
    assert nothing.recall.value == 0.0 and nothing.preservation.value == 1.0
    assert nothing.partial_leaks >= 0.99 * nothing.recall.total  # almost every value has 4+ characters


@pytest.mark.parametrize("half", ["tune", "test"])
def test_a_redactor_that_replaces_exactly_the_gold_spans_scores_perfect(half: str) -> None:
    lines = committed(half)
    report = score(lines, [[(e["start"], e["end"]) for e in x["entities"]] for x in lines])
    assert report.recall.value == 1.0 and report.spoken_numeric.value == 1.0
    assert report.partial_leaks == 0 and report.preservation.value == 1.0
    assert report.untouched_no_pii.value == 1.0
