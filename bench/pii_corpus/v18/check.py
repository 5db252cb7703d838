"""Check v18's ``test.jsonl`` with no redactor: ``python bench/pii_corpus/v18/check.py`` (exit 1 on a failure).

v18 says numbers in v17's voice, so v17's digit reader (``v17.check.READER``, ``read_id``: homophones,
fillers, repairs, restart) reads its values back, over v18's own word lists; v17's floors on the common forms
hold here too, plus one on Medicare IDs (v17 drew 2 of 62). Steps, in order: the file is what ``build.py``
writes; line format, spans, the brief's sizes and floors, a number said twice is one value; every value reads
back from the words said, so each one-value mutant is caught; no four-word phrase of the v2-v17 or old
templates; no name or street of v16's lists (v17 drew those), every name in the file on v18's. Then the figures
of the systems that need no redactor. Nothing here imports ``stream``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v16 import words as v16_words
from bench.pii_corpus.v17 import check as v17_check
from bench.pii_corpus.v18 import build, templates, words
from bench.pii_corpus.v19.check import MBI, Floors, _is_mbi, steps_over

FAILURES: list[str] = []
HERE = Path(__file__).resolve().parent
SIZES = {**v17_check.SIZES}
FLOORS: Floors = {
    **v17_check.FLOORS,
    "Medicare IDs": (8, lambda e, said: e["type"] == "ACCOUNT_ID" and _is_mbi(e["value"])),
}
REPEATS = 4  # turns with a phone number said again, at least
# v19's steps, which were v18's (issue 18: one home), over v18's lists and floors, against v16's lists
check_size_and_mix, check_values, check_independence, check_own_people, mutants_caught = steps_over(
    "v18", build, templates, words, {"v16's": v16_words}, FAILURES, FLOORS
)
STEPS = (check_size_and_mix, check_values, check_independence, check_own_people)
__all__ = ["FAILURES", "FLOORS", "HERE", "MBI", "REPEATS", "SIZES", "STEPS", "mutants_caught"]

if __name__ == "__main__":
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, mutants_caught)
