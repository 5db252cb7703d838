"""The v3 word lists: new name lists (Census 2010 ranks 1001-4000, SSA ranks 301-2500, particle surnames,
names that are also words) and v2's tuning-half lists for the rest (USPS suffixes and unit designators,
street words, free-mail domains, model names).

Nothing that v2 gave its test half is used here: names in v2's test lists are dropped from every v3 list,
and the suffixes, rarer unit designators, domains and models come from v2's tuning half only. So tuning on
v3 leaves v2's test half as untouched as tuning on v2's tuning half does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bench.pii_corpus import lexicon_kit
from bench.pii_corpus.v2.lexicon import Lexicon
from bench.pii_corpus.v2.lexicon import lexicon as v2_lexicon

HERE = Path(__file__).resolve().parent / "lexicons"


LexiconError = lexicon_kit.LexiconError  # a list missing or empty (lexicon_kit.required_rows)


def _rows(name: str) -> list[list[str]]:
    return lexicon_kit.required_rows(HERE / name)


@dataclass(frozen=True)
class V3Lexicon:
    base: Lexicon  # what v2's slot renderers read (first_names, surnames, suffixes, units, spelling, ...)
    particle_surnames: list[str]  # "de la Cruz", "O'Neil", "McAllister"
    word_firsts: list[str]  # first names that are words: Will, Grant, Hope
    word_lasts: list[str]  # surnames that are words: Hill, Bell, Park
    nato: dict[str, str]  # letter -> NATO word
    everyday: dict[str, str]  # letter -> everyday "as in" word


def v2_test_names() -> frozenset[str]:
    test = v2_lexicon("test")
    return frozenset(n.lower() for n in test.first_names + test.surnames)


def _parts(name: str) -> list[str]:
    """The parts of a surname ("de la Cruz": de, la, cruz; "O'Neil": o, neil): a v2 test-half name inside a
    particle surname keeps the whole name out."""
    return [p for p in re.split(r"[ '\-.]+", name.lower()) if p]


@cache
def lexicon() -> V3Lexicon:
    banned = v2_test_names()
    v2_tune = v2_lexicon("tune")
    seen_v2 = {n.lower() for n in v2_tune.first_names + v2_tune.surnames} | banned
    firsts = [r[0] for r in _rows("ssa_first_names.txt") if r[0].lower() not in seen_v2]
    lasts = [
        r[0]
        for r in _rows("census2010_surnames.txt")
        if r[0].lower() not in seen_v2 | {f.lower() for f in firsts}
    ]
    words = [(r[0], r[1]) for r in _rows("word_names.txt") if r[0].lower() not in banned]
    spelling = {r[0]: (r[1], r[2]) for r in _rows("spelling_words.tsv")}
    base = Lexicon(
        first_names=firsts,
        surnames=lasts,
        suffixes=v2_tune.suffixes,
        units=v2_tune.units,
        domains=v2_tune.domains,
        spelling_words={k: [nato, every] for k, (nato, every) in spelling.items()},
        states=v2_tune.states,
        street_words=v2_tune.street_words,
        models=v2_tune.models,
    )
    return V3Lexicon(
        base=base,
        particle_surnames=[r[0] for r in _rows("particle_surnames.txt") if not set(_parts(r[0])) & banned],
        word_firsts=[w for w, kind in words if kind == "first"],
        word_lasts=[w for w, kind in words if kind == "last"],
        nato={k: v[0] for k, v in spelling.items()},
        everyday={k: v[1] for k, v in spelling.items()},
    )
