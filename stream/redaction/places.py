"""The city and state said after a street address are a place, not a person.

"billing address eight franklin trail charlotte north carolina ...", "289 Lincoln Road, Jacksonville,
FL": city names are often given names or surnames ("Charlotte", "Madison", "Dallas", "Houston") and a
one-word state is a given name too ("Georgia"), so the name finders took them (v14, round 15: 13 of its
utterances lost a city or state). Every corpus marks the address up to the street or unit, the city and
state outside it (v7-v14), and a city with its state names thousands of people. A name finding that lies
between the end of an address and the end of the state name said within four words after it (USPS
Publication 28's states and abbreviations, ``lexicons/usps_states.txt``) is dropped; the words may be
joined by commas or "in" ("Room 28C in Atlanta, Georgia"). A street named without its house number after
"the"/"on"/"at" ("the Lincoln Avenue office") is a place too (round 27).
"""

from __future__ import annotations

from functools import lru_cache

from stream.redaction.context import ACCOUNT, ADDRESS, PERSON, ZIP, kind_before
from stream.redaction.finding import Finding
from stream.redaction.lexicon import state_abbreviations, state_names, street_suffixes
from stream.redaction.spoken import Token

_JOINERS = frozenset({",", ".", "in", "-"})
_CITY_WORDS = 3  # "salt lake city", "winston salem": at most three words of city before the state


def without_city_and_state(tokens: list[Token], findings: list[Finding]) -> list[Finding]:
    """``findings`` without the name findings that are the city and state after an address."""
    findings = [_zip_after_state(tokens, f) for f in findings]
    ends = [f.end for f in findings if f.kind == ADDRESS]
    if not ends or not any(f.kind == PERSON for f in findings):
        return findings
    places = [p for end in ends if (p := _place_after(tokens, end)) is not None]
    if not places:
        return findings
    return [
        f for f in findings if not (f.kind == PERSON and any(s <= f.start and f.end <= e for s, e in places))
    ]


def _place_after(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The characters from an address's end to the end of the state said right after it, if one is."""
    i = next((k for k, t in enumerate(tokens) if t.start >= end), None)
    if i is None:
        return None
    words = 0
    while i < len(tokens) and words <= _CITY_WORDS:
        low = tokens[i].low
        if low in _JOINERS:
            i += 1
            continue
        state = _state_at(tokens, i)
        if state is not None:
            return end, tokens[state].end
        words += 1
        i += 1
    return None


def _state_at(tokens: list[Token], i: int) -> int | None:
    """The last token of a state name or its two-letter abbreviation (written in capitals) at ``i``."""
    for name in _states_by_length():
        last = i + len(name) - 1
        if last < len(tokens) and tuple(t.low for t in tokens[i : last + 1]) == name:
            return last
    text = tokens[i].text
    if len(text) == 2 and text.isupper() and text.lower() in state_abbreviations():
        return i
    return None


@lru_cache(maxsize=1)
def _states_by_length() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted(state_names(), key=len, reverse=True))


def _zip_after_state(tokens: list[Token], f: Finding) -> Finding:
    """ "Jacksonville, FL 45322": a written state abbreviation and the ZIP after it were read as one
    identifier ("fl45322"); the ZIP is the personal part, the state stays readable."""
    if f.kind != ACCOUNT or len(f.value) not in (7, 11) or not f.value[2:].isdigit():
        return f
    first = next((i for i, t in enumerate(tokens) if t.start == f.start), None)
    if first is None or first + 1 >= len(tokens) or _state_at(tokens, first) != first:
        return f
    if len(tokens[first + 1].text) != 5:
        return f  # "It's NH 574 995 662": digits grouped as no ZIP is ("12345", "12345-6789"), an ID
    if kind_before(tokens, first) == ACCOUNT:
        return f  # "my member id is PA 12345": the letters are the ID's
    return Finding(tokens[first + 1].start, f.end, ZIP, f.value[2:], f.score)


# round 27: "The Willet Street office.", "the pantry on Lincoln Street", "the Maple Avenue Diner": a street
# named without a house number, after "the"/"on"/"at", names a place (a branch, a store), not a person; the
# name finders took it because street names are surnames ("Lincoln", "Street"). The halves mark no street
# without its number as an address (v4, v8, v11, v16, v18, v26 had 13 such redacted). A house number before
# it makes it the address finder's, which this never drops.
_PLACE_BEFORE = frozenset({"the", "on", "at", "off", "near", "to", "from"})


def without_street_names(tokens: list[Token], findings: list[Finding]) -> list[Finding]:
    """``findings`` without the name findings that are a street named without its number."""
    if not any(f.kind == PERSON for f in findings):
        return findings
    starts = {t.start: i for i, t in enumerate(tokens)}
    return [f for f in findings if not (f.kind == PERSON and _street_named(tokens, starts.get(f.start), f))]


def _street_named(tokens: list[Token], first: int | None, f: Finding) -> bool:
    if first is None or first == 0 or tokens[first - 1].low not in _PLACE_BEFORE:
        return False
    words = [t for t in tokens[first + 1 :] if t.end <= f.end]
    return any(t.text[:1].isupper() and t.low in street_suffixes() for t in words)
