"""The word lists the corpus draws from, read from ``lexicons/`` and split between the two halves.

Every list is split by position (even entries to the tuning half, odd to the test half), so both halves
see names, suffixes and domains of the same frequency profile but never the same entries: a recognizer
tuned on a name or a suffix that it memorised gains nothing on the test half.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from bench.pii_corpus import lexicon_kit

HERE = Path(__file__).resolve().parent / "lexicons"
HALVES = ("tune", "test")
T = TypeVar("T")


LexiconError = lexicon_kit.LexiconError  # a list missing or empty (lexicon_kit.required_rows)


def _rows(name: str) -> list[list[str]]:
    return lexicon_kit.required_rows(HERE / name)


def _half(items: list[T], half: str) -> list[T]:
    if half not in HALVES:
        raise LexiconError(f"unknown half {half!r}; expected one of {HALVES}")
    return items[HALVES.index(half) :: 2]


@dataclass(frozen=True)
class Suffix:
    name: str  # USPS primary name, title case ("Stravenue")
    abbreviations: tuple[str, ...]  # standard first, then the common ones ("STRA", "STRAV", ...)


@dataclass(frozen=True)
class Unit:
    name: str  # "Apartment"
    abbreviation: str  # "APT"


@dataclass(frozen=True)
class Lexicon:
    first_names: list[str]
    surnames: list[str]
    suffixes: list[Suffix]
    units: list[Unit]
    domains: list[str]
    spelling_words: dict[str, list[str]]  # letter -> words said after "as in"
    states: list[str]
    street_words: list[str]  # street names that are not person names ("Oak", "Sunset")
    models: list[str]  # model identifiers, non-PII


@cache
def lexicon(half: str) -> Lexicon:
    suffix_rows = _rows("usps_street_suffixes.tsv")
    suffixes = [
        Suffix(r[0].title(), tuple([r[1], *[a for a in (r[2].split(",") if len(r) > 2 else []) if a]]))
        for r in suffix_rows
    ]
    units = [Unit(r[0].title(), r[1]) for r in _rows("usps_unit_designators.tsv") if r[2] == "yes"]
    spelling: dict[str, list[str]] = {}
    for letter, nato, police in _rows("spelling_alphabets.tsv"):
        # the tuning half hears the NATO word, the test half the police-alphabet word
        spelling[letter] = [nato if half == "tune" else police]
    firsts = [r[0] for r in _rows("first_names.txt")]
    other = HALVES[1 - HALVES.index(half)] if half in HALVES else HALVES[0]  # a bad half fails in _half
    # a word that is both a first name and a surname (Kelly, Lee) belongs to the half of its first name
    taken_by_other = set(_half(firsts, other))
    return Lexicon(
        first_names=_half(firsts, half),
        surnames=[n for n in _half([r[0] for r in _rows("surnames.txt")], half) if n not in taken_by_other],
        suffixes=_half(suffixes, half),
        units=_units_for(units, half),
        domains=_half([r[0] for r in _rows("email_domains.txt")], half),
        spelling_words=spelling,
        states=_half([r[0] for r in _rows("states.txt")], half),
        street_words=_half([r[0] for r in _rows("street_words.txt")], half),
        models=_half([r[0] for r in _rows("model_names.txt")], half),
    )


def _units_for(units: list[Unit], half: str) -> list[Unit]:
    """Apartment, Unit and Suite are said in both halves (callers say them most); the rest are split."""
    common = [u for u in units if u.name in ("Apartment", "Unit", "Suite")]
    rest = [u for u in units if u not in common]
    return common + _half(rest, half)
