"""Check v17's ``test.jsonl`` with no redactor: ``python bench/pii_corpus/v17/check.py`` (exit 1 on a failure).

With the kits' checks over v16's word lists and v17's speech it proves: the file is what ``build.py`` writes
from its seed; v2's line format and span rules hold; every value reads back from the words said (v17's digit
reader knows the homophones "for" and "to", its fillers, repairs and restart), so any one changed character
of a value is caught; the brief's sizes (600 utterances, 520-720 entities, at least 150 names, 50 addresses,
150 spoken numeric identifiers, 150 utterances without PII) and floors on the common forms (``FLOORS``); no
four-word phrase shared with the v2-v16 or old templates. Then the figures of the systems that need no
redactor. Nothing here imports ``stream``.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, read_kit, readback_kit
from bench.pii_corpus import templates as old_templates
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v16 import words
from bench.pii_corpus.v17 import build, templates
from bench.pii_corpus.v17.speech import FILLERS, HOMOPHONES, REPAIRS, RESTART, UNITS

FAILURES: list[str] = []
HERE = Path(__file__).resolve().parent
EARLIER = ("v2.templates_tune", "v2.templates_test", *(f"v{k}.templates" for k in range(3, 17)))
EARLIER_HALVES = tuple(importlib.import_module(f"bench.pii_corpus.{m}") for m in EARLIER)

SKIPPED = frozenset({"and", "dash", "number", "umm", *" ".join([*FILLERS, RESTART]).replace(",", "").split()})
DIGIT_WORDS = {"oh": "0", **{w: str(k) for k, w in enumerate(UNITS)}, **{w: d for d, w in HOMOPHONES.items()}}
REPAIR_WORDS = re.compile(r"\b(?:" + "|".join(sorted({"wait", *(r.lower() for r in REPAIRS)})) + r")\b")
READER = read_kit.DigitReader(DIGIT_WORDS, SKIPPED, REPAIR_WORDS)


def read_id(said: str) -> set[str]:
    """What the kit's reader makes of an ID, fillers and pauses between its groups dropped."""
    kept = [w for w in said.replace("...", ", ").split() if w.strip(",") not in SKIPPED - {"dash"}]
    return set(READER.read_id(" ".join(kept)))


VALUES = readback_kit.ValueChecks(READER, words, FAILURES, read_id)
check_values = VALUES.check_values
UNITS_C2 = {abbr for _, abbr, _ in words.UNITS_C2}
SIZES: dict[str, Any] = {"entities": (520, 720), "addresses": 50, "spoken_numeric": 150, "names": 150}


def _has_unit(e: dict[str, Any], said: str) -> bool:
    parts = e["value"].split()
    return e["type"] == "STREET_ADDRESS" and len(parts) > 2 and parts[-2] in UNITS_C2


# the brief's birth-date floor, and floors on the common forms a representative sample must hold
FLOORS: dict[str, tuple[int, Callable[[dict[str, Any], str], bool]]] = {
    "dates of birth": (40, lambda e, said: e["type"] == "DATE_OF_BIRTH"),
    '"oh" for zero in a number': (25, lambda e, said: e["type"] != "DATE_OF_BIRTH" and "oh" in said.split()),
    "surnames spelled": (15, lambda e, said: e["form"] == "spelled"),
    "addresses with a unit": (10, _has_unit),
    "gmail addresses": (8, lambda e, said: e["value"].endswith("@gmail.com")),
}
REPEATS = 4  # phone numbers said twice in one turn, at least


def check_size_and_mix(lines: list[dict[str, Any]]) -> None:
    """Line format and spans, the sizes, the floors of the common forms and of the re-asked numbers."""
    FAILURES.extend(check_kit.format_failures(lines, build.N, "v17"))
    FAILURES.extend(check_kit.count_failures(lines, set(build.TYPES), **SIZES))
    seen: Counter[str] = Counter()
    for x in lines:
        phones = [e["value"] for e in x["entities"] if e["type"] == "PHONE_NUMBER"]
        if len(phones) == 2 and phones[0] != phones[1]:
            FAILURES.append(f"{x['id']}: a number said again is not the same value")
        seen["repeats"] += len(phones) == 2
        for e in x["entities"]:
            said = x["text"][e["start"] : e["end"]].lower()
            seen.update(name for name, (_, test) in FLOORS.items() if test(e, said))
    for name, (least, _) in FLOORS.items():
        if seen[name] < least:
            FAILURES.append(f"{name}: {seen[name]} < {least}")
    if seen["repeats"] < REPEATS:
        FAILURES.append(f"phone numbers said twice: {seen['repeats']} < {REPEATS}")


def check_independence(lines: list[dict[str, Any]]) -> None:
    """No four-word phrase shared with the v2-v16 or old templates."""
    earlier = check_kit.template_texts(old_templates, EARLIER_HALVES)
    FAILURES.extend(check_kit.phrase_failures(lines, templates, earlier, "v2-v16/old"))


def mutants_caught(lines: list[dict[str, Any]]) -> tuple[int, int]:
    """(rejected, made) over the one-value mutants of ``lines``."""
    return check_kit.mutants_caught(lines, check_values, FAILURES)


STEPS = (check_size_and_mix, check_values, check_independence)

if __name__ == "__main__":
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, mutants_caught)
