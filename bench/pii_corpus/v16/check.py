"""Check v16's ``test.jsonl`` without any redactor: ``python bench/pii_corpus/v16/check.py`` (exit 1 on a
failure).

What it proves, with the kits' checks over v16's words and speech: the file is what ``build.py`` writes from
its seed; v2's line format and span rules hold; every value reads back from what was said (v16's digit
reader knows its homophones "for" and "to", its fillers and its restart), so one changed character in any
value is caught; the brief's sizes (600 utterances, 540-720 entities, at least 150 names, 50 addresses, 40
birth dates, 150 spoken numeric identifiers, 150 utterances without PII) and floors on the common forms
(``COMMON``); no four-word phrase shared with the v2-v15 or old templates. Then the figures of the systems
that need no redactor. Nothing here imports ``stream``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, readback_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v16 import build, speech, templates, words

FAILURES: list[str] = []
HERE = Path(__file__).resolve().parent
TYPES = set(build.TYPES)
# the kits' steps of a voiced half (v15-v17): values read back by v16's voice reader, no earlier phrase
VALUES = readback_kit.voiced_value_checks(speech, words, FAILURES)
check_values, mutants_caught = VALUES.check_values, VALUES.mutants_caught
check_independence = check_kit.independence_step(templates, 16, FAILURES)
UNIT_ABBRS = {abbr for _, abbr, _ in words.UNITS_C2}

SIZES: dict[str, Any] = {"entities": (540, 720), "addresses": 50, "spoken_numeric": 150, "names": 150}
# the brief's birth-date floor and the common forms a representative sample must hold
COMMON: dict[str, tuple[int, Callable[[dict[str, Any], str], bool]]] = {
    "dates of birth": (40, lambda e, said: e["type"] == "DATE_OF_BIRTH"),
    'numbers with "oh" for zero': (25, lambda e, said: e["type"] != "DATE_OF_BIRTH" and "oh" in said.split()),
    "spelled surnames": (15, lambda e, said: e["form"] == "spelled"),
    "addresses with a unit": (
        10,
        lambda e, said: (
            e["type"] == "STREET_ADDRESS"
            and e["value"].split()[-2:-1] != []
            and e["value"].split()[-2] in UNIT_ABBRS
        ),
    ),
    "e-mails at gmail": (8, lambda e, said: e["value"].endswith("@gmail.com")),
}
SAID_TWICE = 4  # utterances with one phone number said twice, at least


def check_size_and_mix(lines: list[dict[str, Any]]) -> None:
    """v2's line format and spans, the brief's sizes, the floors of the common forms."""
    FAILURES.extend(check_kit.format_failures(lines, build.N, "v16"))
    FAILURES.extend(check_kit.count_failures(lines, TYPES, **SIZES))
    FAILURES.extend(check_kit.floor_failures(lines, COMMON))
    phones = ([e["value"] for e in x["entities"] if e["type"] == "PHONE_NUMBER"] for x in lines)
    twice = sum(len(p) == 2 and p[0] == p[1] for p in phones)
    if twice < SAID_TWICE:
        FAILURES.append(f"phone numbers said twice: {twice}, fewer than {SAID_TWICE}")


STEPS = (check_size_and_mix, check_values, check_independence)

if __name__ == "__main__":
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, mutants_caught)
