"""Check v14's ``test.jsonl`` without any redactor: ``python bench/pii_corpus/v14/check.py`` (exit 1 on a failure).

The kits' checks over v14's words: the file is what the seeded ``build.py`` writes; v2's line format and
span rules; every value reads back from what was said (``readback_kit.ValueChecks`` over v14's digit
reader), so a value changed by one character fails; cards Luhn-valid. Sizes (brief D14): 600 utterances,
560-720 entities, the ten types, at least 150 names, 50 addresses, 40 birth dates, 150 spoken numeric
identifiers, 150 utterances without PII. Independence: no four-word phrase shared with the v2-v13 or old
templates (in the templates and in the text around the values). Unlike v6-v13, v14 does **not** forbid
name or street words of earlier lists: it samples names and streets by how common they are, so Smith,
Garcia and Main Street are meant to be there. Then the reference figures of systems that need no redactor.
Nothing here imports ``stream``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, read_kit, readback_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v14 import build, templates, words
from bench.pii_corpus.v14.speech import FILLERS, RESTART, UNITS

FAILURES: list[str] = []
HERE = Path(__file__).resolve().parent
TYPES = set(build.TYPES)

SKIP = frozenset({w for f in FILLERS for w in f.split()} | set(RESTART.split())
                 | {"uh", "um", "umm", "and", "dash", "number"})  # fmt: skip
REPAIR = re.compile(r"\b(?:wait|i mean|sorry)\b")
READER = read_kit.DigitReader({**{w: str(k) for k, w in enumerate(UNITS)}, "oh": "0"}, SKIP, REPAIR)
read_id = READER.read_paused_id
VALUES = readback_kit.ValueChecks(READER, words, FAILURES, read_id)
check_values = VALUES.check_values
# the brief's floor of birth dates, and the common forms a representative sample must hold
FLOORS: dict[str, tuple[int, Callable[[dict[str, Any], str], bool]]] = {
    "dates of birth": (40, lambda e, said: e["type"] == "DATE_OF_BIRTH"),
    'numbers with "oh" for zero': (30, lambda e, said: "oh" in said.split() and e["type"] != "DATE_OF_BIRTH"),
    "spelled surnames": (15, lambda e, said: e["form"] == "spelled"),
    "addresses with a unit": (10, lambda e, said: e["type"] == "STREET_ADDRESS" and len(e["value"].split()) > 3
                              and e["value"].split()[-2] in {a for _, a, _ in words.UNITS_C2}),
}  # fmt: skip


def check_format(lines: list[dict[str, Any]]) -> None:
    FAILURES.extend(check_kit.format_failures(lines, build.N, "v14"))


def check_counts(lines: list[dict[str, Any]]) -> None:
    FAILURES.extend(
        check_kit.count_failures(
            lines, TYPES, entities=(560, 720), addresses=50, spoken_numeric=150, names=150
        )
    )


def check_floors(lines: list[dict[str, Any]]) -> None:
    FAILURES.extend(check_kit.floor_failures(lines, FLOORS))


def check_independence(lines: list[dict[str, Any]]) -> None:
    """No four-word phrase shared with the v2-v13 or old templates (names and streets may repeat)."""
    FAILURES.extend(check_kit.earlier_phrase_failures(lines, templates, 14))


def caught(lines: list[dict[str, Any]]) -> tuple[int, int]:
    """How many one-value mutants ``check_values`` rejects, and of how many."""
    return check_kit.mutants_caught(lines, check_values, FAILURES)


STEPS = (check_format, check_values, check_counts, check_floors, check_independence)

if __name__ == "__main__":
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, caught)
