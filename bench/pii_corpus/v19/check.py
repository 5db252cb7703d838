"""Check v19's ``test.jsonl`` with no redactor: ``python bench/pii_corpus/v19/check.py`` (exit 1 on a failure).

v19 says numbers in v17's voice, so v17's digit reader (``v17.check.READER``, ``read_id``: homophones,
fillers, repairs, restart) reads its values back, over v19's own word lists; v17's floors on the common forms
hold here too, plus one on Medicare IDs. Steps, in order: the file is what ``build.py`` writes; line format,
spans, the brief's sizes and floors, a number said twice is one value; every value reads back from the words
said, so each one-value mutant is caught; no four-word phrase of the v2-v18 or old templates; no name or
street of v17's lists (v16's, which v17 drew) or of v18's, every name in the file on v19's. Then the figures
of the systems that need no redactor. Nothing here imports ``stream``.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, readback_kit
from bench.pii_corpus import templates as old_templates
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v16 import words as v16_words
from bench.pii_corpus.v17 import check as v17_check
from bench.pii_corpus.v18 import words as v18_words
from bench.pii_corpus.v19 import build, templates, words

FAILURES: list[str] = []
HERE = Path(__file__).resolve().parent
SIZES = {**v17_check.SIZES}
MBI = re.compile(r"[1-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}")  # CMS: the MBI's eleven positions
# whose lists v19 must not share: v17 drew v16's people and streets, v18 its own
OTHERS = {"v16's (v17's)": v16_words, "v18's": v18_words}


def _is_mbi(value: str) -> bool:
    return bool(MBI.fullmatch(value))


Floors = dict[str, tuple[int, Callable[[dict[str, Any], str], bool]]]
FLOORS: Floors = {
    **v17_check.FLOORS,
    "Medicare IDs": (6, lambda e, said: e["type"] == "ACCOUNT_ID" and _is_mbi(e["value"])),
}
REPEATS = 4  # turns with a phone number said again, at least
Lines = list[dict[str, Any]]


class Steps(NamedTuple):
    """A half's steps (in order) and its mutant counter, each recording into the half's failure list."""

    check_size_and_mix: Callable[[Lines], None]
    check_values: Callable[[Lines], None]
    check_independence: Callable[[Lines], None]
    check_own_people: Callable[[Lines], None]
    mutants_caught: Callable[[Lines], tuple[int, int]]


def steps_over(
    half: str, build: ModuleType, templates: ModuleType, words: ModuleType, others: dict[str, ModuleType],
    failures: list[str], floors: Floors = FLOORS,
) -> Steps:  # fmt: skip
    """v19's steps over ``half``'s own builder, templates and lists, reporting into ``failures``: v20 and v21
    call it with theirs (and the earlier halves' lists in ``others``), so the checks are written once. The
    earlier templates are v2 to the half before ``half``. v18, whose steps these were, passes its own
    ``floors`` (a higher Medicare floor)."""
    last = int(half[1:]) - 1
    earlier = ("v2.templates_tune", "v2.templates_test", *(f"v{k}.templates" for k in range(3, last + 1)))
    earlier_halves = tuple(importlib.import_module(f"bench.pii_corpus.{m}") for m in earlier)
    values = readback_kit.ValueChecks(v17_check.READER, words, failures, v17_check.read_id)

    def check_size_and_mix(lines: Lines) -> None:
        """Format and spans, sizes, the floors, and the phone numbers said twice (each one value)."""
        failures.extend(check_kit.format_failures(lines, build.N, half))
        failures.extend(check_kit.count_failures(lines, set(build.TYPES), **SIZES))
        said = [(e, x["text"][e["start"] : e["end"]].lower()) for x in lines for e in x["entities"]]
        held = {name: sum(bool(test(e, s)) for e, s in said) for name, (_, test) in floors.items()}
        failures.extend(f"{n}: {held[n]} < {least}" for n, (least, _) in floors.items() if held[n] < least)
        phones = {x["id"]: [e["value"] for e in x["entities"] if e["type"] == "PHONE_NUMBER"] for x in lines}
        twice = {k: p for k, p in phones.items() if len(p) == 2}
        failures.extend(
            f"{k}: a number said again is not the same value" for k, p in twice.items() if p[0] != p[1]
        )
        if len(twice) < REPEATS:
            failures.append(f"phone numbers said twice: {len(twice)} < {REPEATS}")

    def check_independence(lines: Lines) -> None:
        """No four-word phrase of the earlier or old templates, in the templates or around a value."""
        texts = check_kit.template_texts(old_templates, earlier_halves)
        failures.extend(check_kit.phrase_failures(lines, templates, texts, f"v2-v{last}/old"))

    def check_own_people(lines: Lines) -> None:
        """The half's people and streets are its own: none on the earlier halves' lists, every PERSON value's
        words on the half's."""
        mine = _people(words)
        for owner, module in others.items():
            failures.extend(f"{w}: on {owner} lists" for w in sorted(mine & _people(module)))
        listed = {row[0] for row in (*words.FIRST_NAMES, *words.SURNAMES)}
        persons = [(x["id"], e["value"]) for x in lines for e in x["entities"] if e["type"] == "PERSON"]
        failures.extend(
            f"{k}: {v!r} not on {half}'s lists" for k, v in persons if not set(v.split()) <= listed
        )

    def mutants_caught(lines: Lines) -> tuple[int, int]:
        """(rejected, made) over the one-value mutants of ``lines``."""
        return check_kit.mutants_caught(lines, values.check_values, failures)

    return Steps(
        check_size_and_mix, values.check_values, check_independence, check_own_people, mutants_caught
    )


def later_steps(
    half: str, build: ModuleType, templates: ModuleType, words: ModuleType, failures: list[str]
) -> Steps:
    """``steps_over`` for a half after v19 (v20-v26 wire their ``check.py`` with this one call): the lists it
    must not share are v17's (v16's, which v17 drew) and those of v18 up to the half before it, in that order
    (the order its failures are printed in)."""
    others = {"v16's (v17's)": v16_words}
    for k in range(18, int(half[1:])):
        others[f"v{k}'s"] = importlib.import_module(f"bench.pii_corpus.v{k}.words")
    return steps_over(half, build, templates, words, others, failures)


@dataclass(frozen=True)
class LaterCheck:
    """A half after v19's ``check.py``, wired from its name: its folder (``HERE``), its failure list, v19's steps
    over its own builder, templates and lists (``later_steps``), and v19's floors and Medicare shape. The same
    names a half's ``check.py`` module had, so tests read either; ``main`` is its command line."""

    HERE: Path
    FAILURES: list[str]
    build: ModuleType
    steps: Steps
    FLOORS = FLOORS
    REPEATS = REPEATS
    MBI = MBI

    @staticmethod
    def _is_mbi(value: str) -> bool:
        return _is_mbi(value)

    @property
    def STEPS(self) -> tuple[Callable[[Lines], None], ...]:  # noqa: N802  (the name every check.py exports)
        return tuple(self.steps[:4])

    def __getattr__(self, name: str) -> Any:
        """A step or the mutant counter by its name in ``Steps`` (``check_values``, ``mutants_caught``...)."""
        if name in Steps._fields:
            return getattr(self.steps, name)
        raise AttributeError(name)

    def main(self) -> None:
        """``python bench/pii_corpus/vNN/check.py``: every step, every mutant, the reference figures."""
        committed = load(self.HERE / "test.jsonl")
        check_kit.run_half(committed, self.build.build, self.FAILURES, self.STEPS, self.steps.mutants_caught)


@cache
def later_check(half: str) -> LaterCheck:
    """``half``'s (v20 on) check, one object per half: v20-v26's ``check.py`` call its ``main``."""
    build, templates, words = (
        importlib.import_module(f"bench.pii_corpus.{half}.{m}") for m in ("build", "templates", "words")
    )
    failures: list[str] = []
    here = Path(build.__file__).resolve().parent
    return LaterCheck(here, failures, build, later_steps(half, build, templates, words, failures))


def _people(module: Any) -> set[str]:
    rows = (*module.FIRST_NAMES, *module.SURNAMES, *module.STREET_NAMES)
    return {row[0] for row in rows} | set(module.STREET_WORDS)


check_size_and_mix, check_values, check_independence, check_own_people, mutants_caught = steps_over(
    "v19", build, templates, words, OTHERS, FAILURES
)
STEPS = (check_size_and_mix, check_values, check_independence, check_own_people)

if __name__ == "__main__":
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, mutants_caught)
