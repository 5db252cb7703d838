"""Check v10's ``test.jsonl`` without any redactor: ``python bench/pii_corpus/v10/check.py`` (exit 1 on a failure).

The kits' checks over v10's words (``check_kit.HalfChecks``, ``readback_kit.ValueChecks``): the file is what
the seeded ``build.py`` writes; v2's line format and span rules; every value reads back from what was said
(a reader of v10's digit, filler, repair and restart words), so a value changed by one character fails; the
four address forms new in v10 (a half house number, a Utah grid address, a Puerto Rico urbanization,
overseas military mail) read back by ``address_forms`` here; 600 utterances, 560-720 entities, the ten
types, at least 150 names, 60 addresses, 50 birth dates, 150 spoken numeric identifiers and 150 utterances
without PII; cards Luhn-valid; no four-word phrase shared with the v2-v9 or old templates (in the templates
and in the text around the values); no PERSON or street word of a v2-v9 name list, street list or
PERSON/STREET value, nor of Faker's person-name lists (surname particles "van", "der", "bin", "al" exempt).
Then the reference figures of systems that need no redactor. Nothing here imports ``stream`` (the redactor).
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, lexicon_kit, read_kit, readback_kit
from bench.pii_corpus import templates as old_templates
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v9 import check as v9_check
from bench.pii_corpus.v9 import words as v9_words
from bench.pii_corpus.v10 import address_forms, build, templates, words
from bench.pii_corpus.v10.speech import FILLERS, HOMOPHONES, UNITS

# every earlier half's templates (v2 has two modules), which v10 shares no four-word phrase with
EARLIER_TEMPLATES = ("v2.templates_tune", "v2.templates_test", *(f"v{k}.templates" for k in range(3, 10)))
EARLIER_HALVES = tuple(importlib.import_module(f"bench.pii_corpus.{m}") for m in EARLIER_TEMPLATES)
HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
TYPES = set(build.TYPES)
FAILURES: list[str] = []

# the reader: v10's digit words and homophones; its fillers, "and", "dash", "slash" and the restart words
# skipped; its repair words (and the kit's restart marks "sorry", "wait") undo what came before
SKIP = frozenset({*FILLERS, "uh", "um", "and", "dash", "slash", "let", "me", "redo", "that"})
READER = read_kit.DigitReader(
    digit_of=dict(zip(UNITS, "0123456789", strict=True))
    | {"oh": "0"}
    | {w: d for d, w in HOMOPHONES.items()},
    skip=SKIP,
    repair=re.compile(r"\b(?:i mean|actually|no no|correction|my bad|sorry|wait)\b"),
    group_dead_end=True,
)


def read_id(said: str) -> set[str]:
    """An ID's letters then its digits (read_kit), with every skipped word but "dash" (and its comma) left out."""
    kept = [w for w in said.replace("...", ", ").split() if w.strip(",").lower() not in SKIP - {"dash"}]
    return set(READER.read_id(" ".join(kept)))


VALUES = readback_kit.ValueChecks(READER, words, FAILURES, read_id)
FORMS = address_forms.FormChecks(VALUES, words)


def check_values(lines: list[dict[str, Any]]) -> None:
    """The kit's readers for every value but v10's four new address forms, which ``address_forms`` reads."""
    kit_lines = []
    for x in lines:
        mine = [e for e in x["entities"] if FORMS.owns(e)]
        for e in mine:
            FORMS.check(x["id"], x["text"][e["start"] : e["end"]], e["value"])
        kit_lines.append({**x, "entities": [e for e in x["entities"] if e not in mine]})
    VALUES.check_values(kit_lines)


def mutants_caught(lines: list[dict[str, Any]]) -> tuple[int, int]:
    return check_kit.mutants_caught(lines, check_values, FAILURES)


def earlier_words() -> set[str]:
    """Every word v9's check forbade (v2-v8 lists and values, Faker's person names) and v9's own name and
    street lists and PERSON/STREET values, lower case, less the surname particles."""
    return (
        v9_check.earlier_or_faker_words() | lexicon_kit.half_words(CORPUS, "v9", v9_words)
    ) - words.PARTICLES


def street_words() -> set[str]:
    """v10's street, urbanization and calle words, and its surname streets, lower case."""
    out = {w.lower() for s in (*words.STREET_WORDS, *words.URBANIZATIONS, *words.CALLES) for w in s.split()}
    return (out | {n[0].lower() for n in words.STREET_NAMES}) - {"de"}


# v10's figures for the kit's checks: name and size, types, bounds, the earlier halves and words it must not
# share, its templates, the old generator's, its street words and the failures list
BOUNDS = {"entities": (560, 720), "addresses": 60, "spoken_numeric": 150, "names": 150}
CHECKS = check_kit.HalfChecks("v10", build.N, TYPES, BOUNDS, "v2-v9 or Faker", EARLIER_HALVES, earlier_words,
                              templates, old_templates, street_words(), FAILURES)  # fmt: skip


def check_births(lines: list[dict[str, Any]]) -> None:
    """At least 50 dates of birth (the brief's floor; the kit's bounds do not count them)."""
    n = sum(e["type"] == "DATE_OF_BIRTH" for x in lines for e in x["entities"])
    if n < 50:
        FAILURES.append(f"fewer than 50 dates of birth ({n})")


# the half's checks in the order main runs them (tests/bench_pii_corpus/test_seeded_halves.py runs them too)
STEPS = (CHECKS.check_format, check_values, CHECKS.check_counts, check_births, CHECKS.check_independence)


def main() -> None:
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, mutants_caught)


if __name__ == "__main__":
    main()
