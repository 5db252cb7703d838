"""Check v23's ``test.jsonl`` with no redactor: ``python bench/pii_corpus/v23/check.py`` (exit 1 on a failure).

v19's steps (``v19.check.later_steps``; its docstring says what each one checks) over v23's builder, templates
and lists: the file is what ``build.py`` writes; line format, spans, sizes and floors (Medicare IDs among them),
a number said twice is one value; every value reads back in v17's voice, so each one-value mutant is caught; no
four-word phrase of the v2-v22 or old templates; no name or street of v16's (v17's) lists or of v18's to
v22's, every name in the file on v23's. Then the figures of the systems that need no redactor. Nothing here
imports ``stream``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v19 import check as v19_check
from bench.pii_corpus.v23 import build, templates, words

FAILURES: list[str] = []
HERE = Path(__file__).resolve().parent
MBI, FLOORS, REPEATS, _is_mbi = v19_check.MBI, v19_check.FLOORS, v19_check.REPEATS, v19_check._is_mbi
STEPS_AND_MUTANTS = v19_check.later_steps("v23", build, templates, words, FAILURES)
check_size_and_mix, check_values, check_independence, check_own_people, mutants_caught = STEPS_AND_MUTANTS
STEPS = STEPS_AND_MUTANTS[:4]

if __name__ == "__main__":
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, mutants_caught)
