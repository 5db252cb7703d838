"""Check v9's ``test.jsonl`` without any redactor: ``python bench/pii_corpus/v9/check.py`` (exit 1 on a failure).

The kits' checks over v9's words (``check_kit.run_half``): the file is what the seeded ``build.py`` writes;
v2's line format and span rules; every value reads back from what was said (``readback_kit.ValueChecks``
with a reader of v9's digit, filler, repair and restart words), so a value changed by one character fails;
600 utterances, 560-720 entities, the ten types, at least 150 names, 60 addresses, 150 spoken numeric
identifiers and 150 utterances without PII; cards Luhn-valid; no four-word phrase shared with the v2-v8 or
old templates (in the templates and in the text around the values); no PERSON or street word of a v2-v8
name list, street list or PERSON/STREET value,
nor of Faker's person-name lists. Then the reference figures of systems that need no redactor.
Nothing here imports ``stream`` (the redactor).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, lexicon_kit, read_kit, readback_kit
from bench.pii_corpus.v2 import templates_test as v2_test
from bench.pii_corpus.v2 import templates_tune as v2_tune
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v3 import templates as v3_templates
from bench.pii_corpus.v4 import templates as v4_templates
from bench.pii_corpus.v5 import templates as v5_templates
from bench.pii_corpus.v6 import templates as v6_templates
from bench.pii_corpus.v7 import templates as v7_templates
from bench.pii_corpus.v8 import templates as v8_templates
from bench.pii_corpus.v8 import words as v8_words
from bench.pii_corpus.v8.lexicons.export_names import earlier_words as v2_v7_words
from bench.pii_corpus.v9 import build, templates, words
from bench.pii_corpus.v9.speech import HOMOPHONES, UNITS

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
TYPES = set(build.TYPES)
FAILURES: list[str] = []

# the reader: v9's digit words and homophones; fillers, "and", "dash", "slash", the restart and "in"
# skipped; v9's repair words (and the kit's restart marks "sorry", "wait") undo what came before
DIGIT_OF = {w: str(i) for i, w in enumerate(UNITS)} | {"oh": "0"} | {w: d for d, w in HOMOPHONES.items()}
SKIP = frozenset(
    {"uh", "um", "umm", "hmm", "mm", "er", "ah", "and", "dash", "slash", "from", "the", "top", "then"}
)
REPAIR = re.compile(r"\b(?:scratch that|hold on|oops|no wait|sorry no|sorry|wait)\b")
READER = read_kit.DigitReader(DIGIT_OF, SKIP, REPAIR, ("oh", "zero"), group_dead_end=True)


def read_id(said: str) -> set[str]:
    """An ID's letters then its digits (read_kit), the fillers and "then" between them dropped first."""
    gaps = re.compile(r"\b(?:" + "|".join(sorted(SKIP - {"dash"})) + r")\b,?")
    return set(READER.read_id(" ".join(gaps.sub(" ", said.replace("...", ", ")).split())))


VALUES = readback_kit.ValueChecks(READER, words, FAILURES, read_id)


def earlier_words() -> set[str]:
    """Every word of the v2-v8 name and street lists and of their PERSON and STREET values, lower case."""
    lists = [
        f"v8/lexicons/{f}" for f in ("first_names.tsv", "surnames.txt", "street_names.txt", "nicknames.tsv")
    ]
    return v2_v7_words() | lexicon_kit.listed_words(CORPUS, "v8", lists, v8_words.STREET_WORDS)


def faker_words() -> set[str]:
    """Every word of the person-name lists of the PyPI package Faker (in the project venv), ASCII-folded,
    lower case: the redactor's learned name finder was trained on Faker names of every Latin-script locale
    (commit f23e276's message), so a v9 name on one of them would not be held out."""
    import importlib
    import pkgutil

    from faker.providers import person

    out: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            names = getattr(provider, attr, ())
            if not isinstance(names, (dict, list, tuple)):  # a few locales compute theirs
                continue
            for name in names:
                folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
                out |= {w.lower() for w in re.findall(r"[A-Za-z]+", folded)}
    return out


def earlier_or_faker_words() -> set[str]:
    return earlier_words() | faker_words()


CHECKS = check_kit.HalfChecks.for_half(
    build,
    templates,
    words,
    FAILURES,
    bounds={"entities": (560, 720), "addresses": 60, "spoken_numeric": 150, "names": 150},
    earlier_label="v2-v8 or Faker",
    earlier_halves=(
        v2_tune,
        v2_test,
        v3_templates,
        v4_templates,
        v5_templates,
        v6_templates,
        v7_templates,
        v8_templates,
    ),
    earlier_words=earlier_or_faker_words,
)
STEPS = CHECKS.steps(VALUES.check_values)
mutants_caught = VALUES.mutants_caught


def main() -> None:
    CHECKS.run(load(HERE / "test.jsonl"), build.build, VALUES.check_values, mutants_caught)


if __name__ == "__main__":
    main()
