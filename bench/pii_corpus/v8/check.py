"""Check v8's ``test.jsonl`` without any redactor: ``python bench/pii_corpus/v8/check.py`` (exit 1 on a failure).

The checks every seeded half makes (``check_kit.HalfChecks``, whose docstring lists them) over v8's figures:
values read back with v8's reader (v7's forms, and dates with "slash" between their parts, IDs with a filler
between their letters and their digits); 600 utterances and 560-700 entities, ten types, at least 130 names,
60 addresses and 150 spoken numeric identifiers, 150 utterances without PII; nothing shared with the v2-v7
or old templates, lists or values.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, read_kit, readback_kit
from bench.pii_corpus.speech_kit import UNITS
from bench.pii_corpus.v2 import templates_test as v2_test
from bench.pii_corpus.v2 import templates_tune as v2_tune
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v3 import templates as v3_templates
from bench.pii_corpus.v4 import templates as v4_templates
from bench.pii_corpus.v5 import templates as v5_templates
from bench.pii_corpus.v6 import templates as v6_templates
from bench.pii_corpus.v7 import templates as v7_templates
from bench.pii_corpus.v8 import build, templates, words
from bench.pii_corpus.v8.lexicons.export_names import earlier_words

HERE = Path(__file__).resolve().parent
TYPES = set(check_kit.TYPES)
FAILURES: list[str] = []


# ---- reading values back (readback_kit, over this half's words) ------------------------------------------

DIGIT_OF = {w: str(i) for i, w in enumerate(UNITS)} | {"oh": "0", "o": "0", "for": "4", "to": "2", "ate": "8"}
SKIP = {
    "uh",
    "um",
    "umm",
    "uhh",
    "erm",
    "mm",
    "ah",
    "hmm",
    "er",
    "and",
    "dash",
    "let",
    "me",
    "start",
    "over",
    "slash",
}
REPAIR = re.compile(r"\b(?:wait|actually|i mean|no|sorry)\b")
ZERO = ("oh", "o", "zero")


# the shared reader (read_kit) with this half's words
READER = read_kit.DigitReader(DIGIT_OF, frozenset(SKIP), REPAIR, ZERO, group_dead_end=True)


def read_id(said: str) -> set[str]:
    """An ID read back (read_kit's reader), after the fillers v8 says between its letters and its digits."""
    kept = " ".join(w for w in said.replace("...", ", ").split() if w.strip(",") not in SKIP - {"dash"})
    return set(READER.read_id(kept))


VALUES = readback_kit.ValueChecks(READER, words, FAILURES, read_id)


# ---- format, spans, counts, independence (check_kit.HalfChecks over this half's figures) -------------------

CHECKS = check_kit.HalfChecks.for_half(
    build,
    templates,
    words,
    FAILURES,
    bounds={"entities": (560, 700), "addresses": 60, "spoken_numeric": 150, "names": 130},
    earlier_label="v2-v7",
    earlier_halves=(v2_tune, v2_test, v3_templates, v4_templates, v5_templates, v6_templates, v7_templates),
    earlier_words=earlier_words,
)
STEPS = CHECKS.steps(VALUES.check_values)
mutants_caught = VALUES.mutants_caught


def main() -> None:
    CHECKS.run(load(HERE / "test.jsonl"), build.build, VALUES.check_values, mutants_caught)


if __name__ == "__main__":
    main()
