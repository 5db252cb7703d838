"""Check v26's ``test.jsonl`` with no redactor: ``python bench/pii_corpus/v26/check.py`` (exit 1 on a failure).

v26 says numbers in v17's voice, so v17's digit reader (``v17.check.READER``, ``read_id``: homophones,
fillers, repairs, restart) reads its values back, over v26's own word lists; v17's floors on the common forms
hold here too, plus one on Medicare IDs. Steps, in order: the file is what ``build.py`` writes; line format,
spans, the brief's sizes and floors, a number said twice is one value; every value reads back from the words
said, so each one-value mutant is caught; no four-word phrase of the v2-v25 or old templates; no name or
street of v17's lists (v16's, which v17 drew), of v18's, v19's, v20's, v21's, v22's, v23's, v24's or v25's,
every name in the file on v26's. Then
the figures of the systems that need no redactor. Nothing here imports ``stream``.

The steps are v19's (``v19.check.steps_over``), over v26's builder, templates and lists.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v16 import words as v16_words
from bench.pii_corpus.v18 import words as v18_words
from bench.pii_corpus.v19 import check as v19_check
from bench.pii_corpus.v19 import words as v19_words
from bench.pii_corpus.v20 import words as v20_words
from bench.pii_corpus.v21 import words as v21_words
from bench.pii_corpus.v22 import words as v22_words
from bench.pii_corpus.v23 import words as v23_words
from bench.pii_corpus.v24 import words as v24_words
from bench.pii_corpus.v25 import words as v25_words
from bench.pii_corpus.v26 import build, templates, words

FAILURES: list[str] = []
HERE = Path(__file__).resolve().parent
MBI, FLOORS, REPEATS, _is_mbi = v19_check.MBI, v19_check.FLOORS, v19_check.REPEATS, v19_check._is_mbi
# whose lists v26 must not share: v17 drew v16's people and streets, v18 to v25 their own
OTHERS = {
    "v16's (v17's)": v16_words,
    "v18's": v18_words,
    "v19's": v19_words,
    "v20's": v20_words,
    "v21's": v21_words,
    "v22's": v22_words,
    "v23's": v23_words,
    "v24's": v24_words,
    "v25's": v25_words,
}
check_size_and_mix, check_values, check_independence, check_own_people, mutants_caught = v19_check.steps_over(
    "v26", build, templates, words, OTHERS, FAILURES
)
STEPS = (check_size_and_mix, check_values, check_independence, check_own_people)

if __name__ == "__main__":
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, mutants_caught)
