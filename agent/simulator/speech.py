"""Spoken renderings of numbers, names and dates, as a speech-to-text engine would transcribe them.

Callers read PII aloud in many shapes ("four one five ...", "415 555 0198", "S as in Sam"); the
redaction step downstream must cope with all of them, so the simulator deliberately mixes them.
"""

from __future__ import annotations

import random
from datetime import date

from ingest.lexicon.calendar import MONTHS
from ingest.lexicon.numbers import DIGIT_WORDS, ordinal, under_100

_ALPHA = {
    "A": "Adam",
    "B": "Bob",
    "C": "Charlie",
    "D": "David",
    "E": "Edward",
    "F": "Frank",
    "G": "George",
    "H": "Henry",
    "I": "Ida",
    "J": "John",
    "K": "King",
    "L": "Larry",
    "M": "Mary",
    "N": "Nancy",
    "O": "Oscar",
    "P": "Peter",
    "R": "Robert",
    "S": "Sam",
    "T": "Tom",
    "V": "Victor",
    "W": "William",
}


def year_words(year: int) -> str:
    if 2000 <= year < 2010:
        return "two thousand" + ("" if year == 2000 else " " + DIGIT_WORDS[year - 2000])
    hi, lo = divmod(year, 100)
    return (
        under_100(hi)
        + " "
        + ("hundred" if lo == 0 else ("oh " + DIGIT_WORDS[lo]) if lo < 10 else under_100(lo))
    )


def digit_words(digits: str, oh: bool = True) -> str:
    return " ".join(("oh" if oh else "zero") if d == "0" else DIGIT_WORDS[int(d)] for d in digits)


def spoken_phone(rng: random.Random, national: str) -> str:
    """A 10-digit number, e.g. ``four one five, five five five, oh one nine eight`` or ``415-555-0198``."""
    a, b, c = national[:3], national[3:6], national[6:]
    return _one_of(
        rng,
        f"{digit_words(a)}, {digit_words(b)}, {digit_words(c)}",
        f"{a} {b} {c}",
        f"{a}-{b}-{c}",
        f"{digit_words(a)} {digit_words(b)} {_pair(c[:2])} {_pair(c[2:])}",
    )


def _one_of(rng: random.Random, *renderings: str) -> str:
    """One of the ways a caller says the same thing, each as likely."""
    return renderings[rng.randrange(len(renderings))]


def _pair(two: str) -> str:
    """``01`` -> ``oh one``, ``97`` -> ``ninety seven``: how people read the last four in pairs."""
    return f"oh {DIGIT_WORDS[int(two[1])]}" if two[0] == "0" else under_100(int(two))


def spoken_digits(rng: random.Random, digits: str) -> str:
    """Short digit strings: ``8 8 2 1``, ``eight eight two one`` or ``8821``."""
    return _one_of(rng, " ".join(digits), digit_words(digits), digits)


def spelled(rng: random.Random, name: str) -> str:
    """``S as in Sam, M, I, T, H`` or ``S-M-I-T-H``."""
    letters = name.upper()
    if rng.random() < 0.5:
        return "-".join(letters)
    first = letters[0]
    head = f"{first} as in {_ALPHA[first]}" if first in _ALPHA else first
    return ", ".join([head, *letters[1:]])


def spoken_dob(rng: random.Random, d: date) -> str:
    """``March third nineteen eighty two``, ``3/3/1982`` or ``oh three, oh three, eighty two``."""
    month = MONTHS[d.month - 1]
    return _one_of(
        rng,
        f"{month} {ordinal(d.day)} {year_words(d.year)}",
        f"{month} {ordinal(d.day)}, {d.year}",
        f"{d.month}/{d.day}/{d.year}",
        f"{digit_words(f'{d.month:02d}')}, {digit_words(f'{d.day:02d}')}, {under_100(d.year % 100)}",
    )


def spoken_member_id(rng: random.Random, member_id: str) -> str:
    """``M as in Mary, 4 4 7, 1 9 0 2`` for member id ``M4471902``."""
    letter, digits = member_id[0], member_id[1:]
    head = f"{letter} as in {_ALPHA.get(letter, letter)}" if rng.random() < 0.6 else letter
    if rng.random() < 0.5:
        return f"{head}, {' '.join(digits[:3])}, {' '.join(digits[3:])}"
    return f"{head}, {digit_words(digits)}"
