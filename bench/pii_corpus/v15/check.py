"""Check v15's ``test.jsonl`` without any redactor: ``python bench/pii_corpus/v15/check.py`` (exit 1 on a
failure).

The kits' checks over v15's words and speech: the file is what the seeded ``build.py`` writes; v2's line
format and span rules; every value reads back from what was said (``readback_kit.ValueChecks`` over v15's
digit reader, which knows its homophones "for" and "to"), so one changed character in any value fails;
cards Luhn-valid. Sizes (brief D15): 600 utterances, 540-720 entities, the ten types, at least 150 names,
50 addresses, 40 birth dates, 150 spoken numeric identifiers, 150 utterances without PII; floors on the
common forms (see ``FLOORS``). Independence: no four-word phrase shared with the v2-v14 or old templates,
in the templates and in the text around the values. Names and streets of earlier lists are allowed (a
representative sample has Smith and Main Street). Then the reference figures of systems that need no
redactor. Nothing here imports ``stream``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, readback_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v15 import build, speech, templates, words

FAILURES: list[str] = []
HERE = Path(__file__).resolve().parent
TYPES = set(build.TYPES)
# the kits' steps of a voiced half (v15-v17): values read back by v15's voice reader, no earlier phrase
VALUES = readback_kit.voiced_value_checks(speech, words, FAILURES)
check_values, mutants_caught = VALUES.check_values, VALUES.mutants_caught
check_independence = check_kit.independence_step(templates, 15, FAILURES)
UNIT_ABBRS = {abbr for _, abbr, _ in words.UNITS_C2}


def _has_unit(e: dict[str, Any]) -> bool:
    parts = e["value"].split()
    return e["type"] == "STREET_ADDRESS" and len(parts) > 3 and parts[-2] in UNIT_ABBRS


# the brief's sizes (count_failures also wants 150 utterances without PII)
SIZES: dict[str, Any] = {"entities": (540, 720), "addresses": 50, "spoken_numeric": 150, "names": 150}
# the brief's birth-date floor, and the common forms a representative sample must hold
FLOORS: dict[str, tuple[int, Callable[[dict[str, Any], str], bool]]] = {
    "dates of birth": (40, lambda e, said: e["type"] == "DATE_OF_BIRTH"),
    'numbers with "oh" for zero': (25, lambda e, said: e["type"] != "DATE_OF_BIRTH" and "oh" in said.split()),
    "spelled surnames": (15, lambda e, said: e["form"] == "spelled"),
    "addresses with a unit": (10, lambda e, said: _has_unit(e)),
    "e-mails at gmail": (8, lambda e, said: e["value"].endswith("@gmail.com")),
}


def check_size_and_mix(lines: list[dict[str, Any]]) -> None:
    """v2's line format and spans, the brief's sizes, and the floors of the common forms."""
    FAILURES.extend(check_kit.format_failures(lines, build.N, "v15"))
    FAILURES.extend(check_kit.count_failures(lines, TYPES, **SIZES))
    FAILURES.extend(check_kit.floor_failures(lines, FLOORS))


STEPS = (check_size_and_mix, check_values, check_independence)

if __name__ == "__main__":
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, mutants_caught)
