"""What the halves' speech modules share: the number-word tables and how a quantity or an ordinal is said.

Every half (v2, v4-v7) wrote the same five tables (digit, teen, tens, ordinal and month words) and v6 and v7
the same ``number_words``, ``ordinal_words``, ``ordinal_numeral`` and ``split``; this is their one home. What
differs between halves and shapes the bytes of a committed file (how a digit is misheard, the fillers, the
repair and pause rules, ``say``) stays in each half's ``speech.py``. Moving code here left every half's
``test.jsonl`` byte-identical (sha256 before and after in the commit that moved it).
"""

from __future__ import annotations

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip


def number_words(n: int) -> str:
    """0..9999 as a person says a quantity: "forty two", "three hundred six", "two thousand ten"."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        h, rest = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if rest == 0 else " " + number_words(rest))
    t, rest = divmod(n, 1000)
    return number_words(t) + " thousand" + ("" if rest == 0 else " " + number_words(rest))


def ordinal_words(n: int) -> str:
    """1..99 as an ordinal: "third", "twenty first", "forty second", "ninetieth"."""
    if n <= 20:
        return ORDINALS[n]
    if n % 10 == 0:
        return TENS[n // 10][:-1] + "ieth"
    return TENS[n // 10] + " " + ORDINALS[n % 10]


def ordinal_numeral(n: int) -> str:
    """1 -> "1st", 12 -> "12th", 23 -> "23rd": an ordinal as a smart-formatting recognizer writes it."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def split(digits: str, sizes: list[int]) -> list[str]:
    """The digits cut into groups of the given sizes (the rest as one last group), empty groups dropped."""
    out, at = [], 0
    for s in sizes:
        out.append(digits[at : at + s])
        at += s
    if at < len(digits):
        out.append(digits[at:])
    return [g for g in out if g]
