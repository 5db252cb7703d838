"""Check v21's ``test.jsonl`` with no redactor: ``python bench/pii_corpus/v21/check.py`` (exit 1 on a failure).

v21 says numbers in v17's voice, so v17's digit reader (``v17.check.READER``, ``read_id``: homophones,
fillers, repairs, restart) reads its values back, over v21's own word lists; v17's floors on the common forms
hold here too, plus one on Medicare IDs. Steps, in order: the file is what ``build.py`` writes; line format,
spans, the brief's sizes and floors, a number said twice is one value; every value reads back from the words
said, so each one-value mutant is caught; no four-word phrase of the v2-v20 or old templates; no name or
street of v17's lists (v16's, which v17 drew), of v18's, v19's or v20's, every name in the file on v21's. Then
the figures of the systems that need no redactor. Nothing here imports ``stream``.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, readback_kit
from bench.pii_corpus import templates as old_templates
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v16 import words as v16_words
from bench.pii_corpus.v17 import check as v17_check
from bench.pii_corpus.v18 import words as v18_words
from bench.pii_corpus.v19 import words as v19_words
from bench.pii_corpus.v20 import words as v20_words
from bench.pii_corpus.v21 import build, templates, words

FAILURES: list[str] = []
HERE = Path(__file__).resolve().parent
EARLIER = ("v2.templates_tune", "v2.templates_test", *(f"v{k}.templates" for k in range(3, 21)))
EARLIER_HALVES = tuple(importlib.import_module(f"bench.pii_corpus.{m}") for m in EARLIER)
VALUES = readback_kit.ValueChecks(v17_check.READER, words, FAILURES, v17_check.read_id)
check_values = VALUES.check_values
SIZES = {**v17_check.SIZES}
MBI = re.compile(r"[1-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}")  # CMS: the MBI's eleven positions
# whose lists v21 must not share: v17 drew v16's people and streets, v18, v19 and v20 their own
OTHERS = {"v16's (v17's)": v16_words, "v18's": v18_words, "v19's": v19_words, "v20's": v20_words}


def _is_mbi(value: str) -> bool:
    return bool(MBI.fullmatch(value))


FLOORS = {
    **v17_check.FLOORS,
    "Medicare IDs": (6, lambda e, said: e["type"] == "ACCOUNT_ID" and _is_mbi(e["value"])),
}
REPEATS = 4  # turns with a phone number said again, at least


def check_size_and_mix(lines: list[dict[str, Any]]) -> None:
    """Format and spans, sizes, the floors, and the phone numbers said twice (each one value)."""
    FAILURES.extend(check_kit.format_failures(lines, build.N, "v21"))
    FAILURES.extend(check_kit.count_failures(lines, set(build.TYPES), **SIZES))
    said = [(e, x["text"][e["start"] : e["end"]].lower()) for x in lines for e in x["entities"]]
    held = {name: sum(bool(test(e, s)) for e, s in said) for name, (_, test) in FLOORS.items()}
    FAILURES.extend(f"{n}: {held[n]} < {least}" for n, (least, _) in FLOORS.items() if held[n] < least)
    phones = {x["id"]: [e["value"] for e in x["entities"] if e["type"] == "PHONE_NUMBER"] for x in lines}
    twice = {k: p for k, p in phones.items() if len(p) == 2}
    FAILURES.extend(
        f"{k}: a number said again is not the same value" for k, p in twice.items() if p[0] != p[1]
    )
    if len(twice) < REPEATS:
        FAILURES.append(f"phone numbers said twice: {len(twice)} < {REPEATS}")


def check_independence(lines: list[dict[str, Any]]) -> None:
    """No four-word phrase of the v2-v20 or old templates, in the templates or around a value."""
    earlier = check_kit.template_texts(old_templates, EARLIER_HALVES)
    FAILURES.extend(check_kit.phrase_failures(lines, templates, earlier, "v2-v20/old"))


def _people(module: Any) -> set[str]:
    rows = (*module.FIRST_NAMES, *module.SURNAMES, *module.STREET_NAMES)
    return {row[0] for row in rows} | set(module.STREET_WORDS)


def check_own_people(lines: list[dict[str, Any]]) -> None:
    """v21's people and streets are its own: none on v17's, v18's, v19's or v20's lists, every PERSON value's words
    on v21's."""
    mine = _people(words)
    for owner, module in OTHERS.items():
        FAILURES.extend(f"{w}: on {owner} lists" for w in sorted(mine & _people(module)))
    listed = {row[0] for row in (*words.FIRST_NAMES, *words.SURNAMES)}
    persons = [(x["id"], e["value"]) for x in lines for e in x["entities"] if e["type"] == "PERSON"]
    FAILURES.extend(f"{k}: {v!r} not on v21's lists" for k, v in persons if not set(v.split()) <= listed)


def mutants_caught(lines: list[dict[str, Any]]) -> tuple[int, int]:
    """(rejected, made) over the one-value mutants of ``lines``."""
    return check_kit.mutants_caught(lines, check_values, FAILURES)


STEPS = (check_size_and_mix, check_values, check_independence, check_own_people)

if __name__ == "__main__":
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, mutants_caught)
