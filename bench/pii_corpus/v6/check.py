"""Check v6's ``test.jsonl`` without any redactor: ``python bench/pii_corpus/v6/check.py`` (exit 1 on a failure).

The checks every seeded half makes (``check_kit.HalfChecks``, whose docstring lists them) over v6's figures:
values read back with v6's reader (digits decoded from words with "oh", double/triple, pairs, hundreds and
self-corrections; dates parsed, four-digit years only; IDs letter by letter; e-mails rebuilt from "dot"/"at";
addresses' house number, street, suffix and unit, no unit said before the house number; names and
spellings); about 600 utterances and 520-580 entities, ten types, at least 50 addresses and 60 spoken
numeric identifiers; nothing shared with the v2-v5 or old templates, lists or values; no Luhn check.
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
from bench.pii_corpus.v6 import build, templates, words
from bench.pii_corpus.v6.lexicons.export_census import earlier_words

HERE = Path(__file__).resolve().parent
TYPES = set(check_kit.TYPES)
FAILURES: list[str] = []


# ---- reading values back (readback_kit, over this half's words) ------------------------------------------

DIGIT_OF = {w: str(i) for i, w in enumerate(UNITS)} | {"oh": "0", "for": "4", "to": "2", "ate": "8"}
SKIP = {"uh", "um", "hmm", "er", "and"}
REPAIR = re.compile(r"\b(?:wait no|i mean|no|sorry)\b")


# the shared reader (read_kit) with this half's words
READER = read_kit.DigitReader(DIGIT_OF, frozenset(SKIP), REPAIR, ("oh", "zero"), group_dead_end=False)

# v6's readers: four-digit years only, no unit said before the house number, any card's first digit
VALUES = readback_kit.ValueChecks(READER, words, FAILURES, READER.read_id, two_digit_years=False, unit_first=False,
                                  card_firsts="0123456789")  # fmt: skip


# ---- format, spans, counts, independence (check_kit.HalfChecks over this half's figures) -------------------

CHECKS = check_kit.HalfChecks.for_half(
    build,
    templates,
    words,
    FAILURES,
    bounds={"entities": (520, 580), "addresses": 50, "spoken_numeric": 60},
    earlier_label="v2-v5",
    earlier_halves=(v2_tune, v2_test, v3_templates, v4_templates, v5_templates),
    earlier_words=earlier_words,
)
STEPS = CHECKS.steps(VALUES.check_values)
mutants_caught = VALUES.mutants_caught


def main() -> None:
    CHECKS.run(load(HERE / "test.jsonl"), build.build, VALUES.check_values, mutants_caught, cards_first=False)


if __name__ == "__main__":
    main()
