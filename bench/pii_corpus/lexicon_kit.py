"""What the halves' lexicon exporters (v5-v7 ``lexicons/export_*.py``) share: reading the words an earlier
half used, so a new half's names and streets are none of them, and reading the Census 1990 name files; and
what the halves' ``words`` share: reading a list file's rows (v5-v8), the ``Name`` rows of v7-v9 and the
origin-first draw (v7-v9).

Each exporter keeps its own sources, sizes, exclusions and output files; this module holds only the readers
they all wrote the same way. The word sets ``earlier_words`` returns in each half (which its ``check.py``
uses) are the same before and after moving the readers here (compared in the commit that moved them).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

WORD = re.compile(r"[A-Za-z']+")


def words(text: str) -> set[str]:
    """The words of a name, lower case ("O'Brien-Vega" -> {"o'brien", "vega"})."""
    return {w.lower() for w in WORD.findall(text)}


def list_words(paths: Iterable[Path]) -> set[str]:
    """Every word of the first column of each list file (tab-separated, ``#`` comment lines skipped)."""
    out: set[str] = set()
    for path in paths:
        for line in path.read_text().splitlines():
            if line and not line.startswith("#"):
                out |= words(line.split("\t")[0])
    return out


def value_words(path: Path, types: Iterable[str], said: bool = False) -> set[str]:
    """Every word of the values of the given entity types in a corpus ``.jsonl`` (and, with ``said``, of
    the text that said them)."""
    wanted = set(types)
    out: set[str] = set()
    for line in path.read_text().splitlines():
        x = json.loads(line)
        for e in x["entities"]:
            if e["type"] in wanted:
                out |= words(e["value"])
                if said:
                    out |= words(x["text"][e["start"] : e["end"]])
    return out


def read_dist(path: Path) -> list[tuple[str, float]]:
    """A Census 1990 frequency file as (Name, frequency %) in rank order; abbreviations such as "Wm" (no
    vowel) and two-letter names left out."""
    rows = []
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0].isalpha() and len(parts[0]) > 2 and re.search("[AEIOUY]", parts[0]):
            rows.append((parts[0].title(), float(parts[1])))
    return rows


class Name(tuple[str, str, str]):
    """A name of a half's list (v7-v9): (name, origin locale, ASR spelling or "")."""


def rows(path: Path) -> list[list[str]]:
    """A list file's rows as the halves' ``words`` read them (v5-v8): tab-separated fields, blank and ``#``
    comment lines skipped."""
    return [ln.split("\t") for ln in path.read_text().splitlines() if ln and not ln.startswith("#")]


class LexiconError(ValueError):
    """A lexicon file is missing or empty (v2's and v3's readers), or a half is unknown (v2)."""


def required_rows(path: Path) -> list[list[str]]:
    """``rows`` of a file that must exist and hold at least one row (v2, v3): a ``LexiconError`` naming the
    file otherwise, so a missing list fails the build instead of drawing from nothing."""
    if not path.exists():
        raise LexiconError(f"missing lexicon {path}")
    out = rows(path)
    if not out:
        raise LexiconError(f"empty lexicon {path}")
    return out


def names(path: Path) -> tuple[Name, ...]:
    """A names file (name, origin[, ASR spelling]) as ``Name`` rows, the spelling "" where there is none (v7,
    v8)."""
    return tuple(Name((r[0], r[1], r[2] if len(r) > 2 else "")) for r in rows(path))


def draw(names: Sequence[Sequence[str]], rng: random.Random, origin: str = "") -> Any:
    """A name of a half's list (rows of name, origin, ...): an origin first, each as likely (or the one asked
    for when the list has it), then a name of it (v9; v7's and v8's ``words.draw`` draw the same way)."""
    origins = sorted({n[1] for n in names})
    if origin not in origins:
        origin = rng.choice(origins)
    return rng.choice([n for n in names if n[1] == origin])


def half_words(corpus: Path, half: str, words_module: ModuleType, *streets: Iterable[str]) -> set[str]:
    """Every word of ``half`` a later half may not reuse, lower case: each name row's name and recognizer
    spelling (its ``FIRST_NAMES``, ``SURNAMES`` and ``STREET_NAMES``), its typed ``STREET_WORDS`` (and any
    further street lists passed in ``streets``), and the words of its PERSON and STREET_ADDRESS values in its
    ``test.jsonl``. What v10's to v13's ``check.py`` each added, for the half before them, to the words that
    half's own check forbade."""
    rows = (*words_module.FIRST_NAMES, *words_module.SURNAMES, *words_module.STREET_NAMES)
    listed = set().union(*(words(f"{row[0]} {row[2]}") for row in rows))
    typed = words(" ".join(w for lst in (words_module.STREET_WORDS, *streets) for w in lst))
    return listed | typed | value_words(corpus / half / "test.jsonl", ["PERSON", "STREET_ADDRESS"])


def listed_words(corpus: Path, half: str, lists: Iterable[str], street_words: Iterable[str]) -> set[str]:
    """Every word of ``half`` a later half may not reuse, read from its list files (v5-v8): the first column
    of each of ``lists`` (paths under the corpus folder), each word of its typed street words, and the words
    of its PERSON and STREET_ADDRESS values in its ``test.jsonl``. What v6's, v7's and v8's lexicon exporters
    and v9's ``check.py`` each added, for the half before them, to the words that half's own exporter
    forbade."""
    typed = {w.lower() for s in street_words for w in s.split()}
    said = value_words(corpus / half / "test.jsonl", ["PERSON", "STREET_ADDRESS"])
    return list_words(corpus / p for p in lists) | typed | said
