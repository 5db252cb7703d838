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

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, readback_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v16 import words
from bench.pii_corpus.v17 import build, speech, templates

FAILURES: list[str] = []
HERE = Path(__file__).resolve().parent
# the kits' steps of a voiced half (v15-v17): values read back by v17's voice reader over v16's lists (which
# v17 drew), no earlier phrase
VALUES = readback_kit.voiced_value_checks(speech, words, FAILURES)
READER, read_id = VALUES.reader, VALUES.read_id  # v18's and v19's checks read with v17's
check_values, mutants_caught = VALUES.check_values, VALUES.mutants_caught
check_independence = check_kit.independence_step(templates, 17, FAILURES)
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
    repeats = 0
    for x in lines:
        phones = [e["value"] for e in x["entities"] if e["type"] == "PHONE_NUMBER"]
        if len(phones) == 2 and phones[0] != phones[1]:
            FAILURES.append(f"{x['id']}: a number said again is not the same value")
        repeats += len(phones) == 2
    FAILURES.extend(check_kit.floor_failures(lines, FLOORS))
    if repeats < REPEATS:
        FAILURES.append(f"phone numbers said twice: {repeats} < {REPEATS}")


STEPS = (check_size_and_mix, check_values, check_independence)

if __name__ == "__main__":
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, mutants_caught)
