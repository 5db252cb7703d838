"""What v9's ``check.py`` adds to the kit's checks, and the forms its brief asked for (no redactor is run).

v9's names must be held out from what the redactor's learned name finder was trained on (Faker's person-name
lists, commit f23e276's message) as well as from v2-v8; the forms: Amex cards said 4-6-5, names that are
English words, surnames after a title the recognizer lower-cases, long names split in two."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus import check_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v9 import check, templates, words

LINES = load(check.HERE / "test.jsonl")


def test_a_name_on_a_faker_list_is_caught_by_the_independence_check() -> None:
    assert {"virtanen", "dlamini", "aroha"} <= check.faker_words()
    reused = [
        {
            **LINES[0],
            "entities": [{"start": 0, "end": 8, "type": "PERSON", "value": "Virtanen", "form": "plain"}],
        }
    ]
    failures = check_kit.independence_failures(reused, templates, check.CHECKS.old, (), "Faker",
                                               check.earlier_or_faker_words(), set())  # fmt: skip
    assert any("PERSON words reused" in f for f in failures)


def test_no_v9_name_word_is_on_a_faker_list() -> None:
    faker = check.faker_words()
    assert (
        not {w.lower() for n in words.FIRST_NAMES + words.SURNAMES for w in (n[0] + " " + n[2]).split()}
        & faker
    )


def test_the_forms_the_brief_asked_for_are_in_the_half() -> None:
    ents = [(x, e) for x in LINES for e in x["entities"]]
    amex = [e for _, e in ents if e["type"] == "CREDIT_CARD" and len(e["value"]) == 15]
    assert amex
    assert any(e["value"] in words.WORD_NAMES for _, e in ents if e["type"] == "PERSON")
    titled = [x for x, e in ents if e["type"] == "PERSON" and x["text"][: e["start"]].lower().endswith(
        tuple(f"{t} " for t in words.TITLES))]  # fmt: skip
    assert len(titled) >= 5
    split = {n[2] for n in words.SURNAMES if " " in n[2]}
    assert any(
        e["value"].split(" ", 1)[-1] in split or e["value"] in split for _, e in ents if e["type"] == "PERSON"
    )
    assert sum(e["type"] == "PERSON" for _, e in ents) >= 150
