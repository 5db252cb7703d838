"""Reading the halves' list files: a list file's rows (``rows``), a list that must be there (``required_rows``,
v2's and v3's, with its typed ``LexiconError``), and a names file as ``Name`` rows (``names``, v8's lists, which
v14-v16 read through ``v8.words``; the halves from v14 on type their own rows as ``Name``), and a half's
town-style street names (``towns``, ``towns_of``); a half's template lists, data in the TOML file beside its
template module (``template_lists``); a half's own name, share and street tables, data in the ``words.toml``
beside its ``words.py`` (``word_tables``, ``word_lists``).

v5-v13's lexicon exporters and checks also kept here the words of earlier halves a new half must not reuse and
the origin-first draw; they are retired with those halves' generators (issue 18, in git).
"""

from __future__ import annotations

import random
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any


class Name(tuple[str, str, str]):
    """A name of a half's list: (name, origin locale, ASR spelling or "")."""


def rows(path: Path) -> list[list[str]]:
    """A list file's rows as the halves' ``words`` read them: tab-separated fields, blank and ``#`` comment
    lines skipped."""
    return [ln.split("\t") for ln in path.read_text().splitlines() if ln and not ln.startswith("#")]


def template_lists(module_file: str, *names: str) -> list[list[str]]:
    """The string lists ``names`` of the TOML file beside a half's template module (``templates.toml`` beside
    ``templates.py``; v2's ``templates_tune.toml`` beside ``templates_tune.py``), in the order asked. A half's
    templates are its own words, data rather than code (issue 18): the module exports them under the same names,
    so its builder, its check and the later halves' four-word-phrase checks read them as before."""
    with Path(module_file).with_suffix(".toml").open("rb") as f:
        data = tomllib.load(f)
    return [list(data[name]) for name in names]


def word_tables(module_file: str) -> dict[str, Any]:
    """The tables of the ``words.toml`` beside a half's ``words.py`` (v18 on): its own family and given names by
    group (``FAMILY``, ``GIVEN``: each group's names as one string, as ``v16.words._names`` reads them), its
    group shares where it has its own (``SHARES``), its street words and its ``STREET_NAMES`` (the words
    ``towns`` makes ``Name`` rows of). Names and streets are a half's data, not code (issue 18); its
    ``words.py`` builds what the slots draw from them, its docstring saying whose names they are."""
    with Path(module_file).with_name("words.toml").open("rb") as f:
        return tomllib.load(f)


def word_lists(module_file: str, names: str) -> list[Any]:
    """The tables of the ``words.toml`` beside a half's ``words.py`` that ``names`` lists (separated by spaces),
    in that order, each array of arrays as a list of tuples (v14-v16's towns, mail domains and unit designators
    are rows of a table)."""
    tables = word_tables(module_file)
    return [_rows_as_tuples(tables[name]) for name in names.split()]


def _rows_as_tuples(table: Any) -> Any:
    if isinstance(table, list) and table and all(isinstance(row, list) for row in table):
        return [tuple(row) for row in table]
    return table


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
    """A names file (name, origin[, ASR spelling]) as ``Name`` rows, the spelling "" where there is none (v8's
    lists)."""
    return tuple(Name((r[0], r[1], r[2] if len(r) > 2 else "")) for r in rows(path))


def group_draw(shares: Mapping[str, float]) -> Callable[..., Name]:
    """A half's ``draw(names, rng, origin="")``: a name of the group ``origin``, or of a group drawn at its
    share of callers (``shares``) when ``origin`` is not one of them; any name when the group has none. v16 and
    v18-v26 each wrote it over their own shares (issue 18: one home, the same draws)."""

    def draw(names: tuple[Name, ...], rng: random.Random, origin: str = "") -> Name:
        if origin not in shares:
            origin = rng.choices(list(shares), weights=list(shares.values()))[0]
        return rng.choice([n for n in names if n[1] == origin] or names)

    return draw


def listed(text: str) -> list[str]:
    """The words of a list written as one string (v18-v26's street words)."""
    return text.split()


TOWN_SUFFIXES = ("ton", "ford", "ville", "brook", "mere", "dale", "field", "wood", "ton", "ford", "moor", "brook",
                 "ton", "dale", "ford", "wood")  # fmt: skip
"""The endings v37-v40 gave their sixteen street words, in order, to make their town-style street names."""


def towns(names: Iterable[str]) -> tuple[Name, ...]:
    """A half's ``STREET_NAMES`` (v34 on): town-style compounds ("Oboeton") as ``Name`` rows (origin "st", no
    ASR spelling). What they are for, said here once (v34-v41 had each said it): numbered streets are the slot
    kit's ordinal draw (one street in five), so a half lists no ordinal; the kit draws two streets in five from
    ``STREET_NAMES`` and they also name the business e-mail domains it draws; with four of them (v33) one
    carried a tenth of the addresses, so v34 has fourteen and the halves from v35 on sixteen, as many as
    the street words."""
    return tuple(Name((s, "st", "")) for s in names)


def towns_of(words: Sequence[str]) -> tuple[Name, ...]:
    """``towns`` of a half's sixteen street words, each with its ending of ``TOWN_SUFFIXES`` ("Oboe" ->
    "Oboeton"): v37-v40 each wrote the sixteen compounds out."""
    return towns(w + end for w, end in zip(words, TOWN_SUFFIXES, strict=True))
