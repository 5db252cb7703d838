"""Check v7's ``test.jsonl`` without any redactor: ``python bench/pii_corpus/v7/check.py`` (exit 1 on a failure).

The checks every seeded half makes (``check_kit.HalfChecks``, whose docstring lists them) over v7's figures:
values read back with v7's reader (digits decoded from words with "oh"/"o", double/triple, pairs, hundreds,
"dash", self-corrections and restarts; dates parsed in every order; IDs and Medicare IDs character by
character; e-mails rebuilt from "dot"/"at" and spelled letters; addresses' house number, street, suffix and
unit, the unit said first too; names and spellings); 600 utterances and 520-650 entities, ten types, at
least 60 addresses and 150 spoken numeric identifiers, 150 utterances without PII; nothing shared with the
v2-v6 or old templates, lists or values.
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
from bench.pii_corpus.v7 import build, templates, words
from bench.pii_corpus.v7.lexicons.export_names import earlier_words

HERE = Path(__file__).resolve().parent
TYPES = set(check_kit.TYPES)
FAILURES: list[str] = []


# ---- reading values back (readback_kit, over this half's words) ------------------------------------------

DIGIT_OF = {w: str(i) for i, w in enumerate(UNITS)} | {"oh": "0", "o": "0", "for": "4", "to": "2", "ate": "8"}
SKIP = {"uh", "um", "umm", "uhh", "erm", "mm", "ah", "hmm", "er", "and", "dash", "let", "me", "start", "over"}
REPAIR = re.compile(r"\b(?:wait|actually|i mean|no|sorry)\b")
ZERO = ("oh", "o", "zero")


# the shared reader (read_kit) with this half's words
READER = read_kit.DigitReader(DIGIT_OF, frozenset(SKIP), REPAIR, ZERO, group_dead_end=True)

VALUES = readback_kit.ValueChecks(READER, words, FAILURES, READER.read_id)


# ---- format, spans, counts, independence (check_kit.HalfChecks over this half's figures) -------------------

CHECKS = check_kit.HalfChecks.for_half(
    build,
    templates,
    words,
    FAILURES,
    bounds={"entities": (520, 650), "addresses": 60, "spoken_numeric": 150},
    earlier_label="v2-v6",
    earlier_halves=(v2_tune, v2_test, v3_templates, v4_templates, v5_templates, v6_templates),
    earlier_words=earlier_words,
)
STEPS = CHECKS.steps(VALUES.check_values)
mutants_caught = VALUES.mutants_caught


def main() -> None:
    CHECKS.run(load(HERE / "test.jsonl"), build.build, VALUES.check_values, mutants_caught)


if __name__ == "__main__":
    main()
