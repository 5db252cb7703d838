"""What the halves' speech modules share: the number-word tables and how a quantity or an ordinal is said.

Every early half (v2, v4-v7; v4-v13's generators are retired, issue 18) wrote the same five tables (digit,
teen, tens, ordinal and month words) and v6 and v7 the same ``number_words``, ``ordinal_words``, ``ordinal_numeral``, ``split``, ``numerals``, ``year_words``,
``house_number_words`` and ``say_group`` (which each half calls with its own ``digit``); this is their one home. What
differs between halves and shapes the bytes of a committed file (how a digit is misheard, the fillers, the
repair and pause rules, ``say``) stays in each half's ``speech.py``. Moving code here left every half's
``test.jsonl`` byte-identical (sha256 before and after in the commit that moved it).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

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


def numerals(digits: str, sizes: list[int], sep: str = " ") -> str:
    return sep.join(split(digits, sizes))


def year_words(y: int, rng: random.Random) -> str:
    """A year as said: "nineteen seventy one", "nineteen oh five", "two thousand four", "twenty oh four"."""
    if 2000 <= y <= 2009:
        return rng.choice(["two thousand " + UNITS[y - 2000] if y > 2000 else "two thousand",
                           "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"])  # fmt: skip
    hi, lo = divmod(y, 100)
    tail = "hundred" if lo == 0 else ("oh " + UNITS[lo] if lo < 10 else number_words(lo))
    return number_words(hi) + " " + tail


def house_number_words(n: int, rng: random.Random) -> str:
    """A house number as said: "twenty nine sixty three", "seven eighty eight", "four hundred twelve",
    "twelve thousand four hundred", "one oh five", "nine"."""
    s = str(n)
    if len(s) == 4 and s[2] != "0" and s[3] != "0" and rng.random() < 0.7:  # "twenty nine sixty three"
        return number_words(int(s[:2])) + " " + number_words(int(s[2:]))
    if len(s) == 3 and s[1] != "0" and s[2] != "0" and rng.random() < 0.6:  # "seven eighty eight"
        return UNITS[int(s[0])] + " " + number_words(int(s[1:]))
    if (
        len(s) == 5 and s[0] != "0" and s[3] != "0" and s[4] != "0" and rng.random() < 0.5
    ):  # "twelve four sixty one"
        return number_words(int(s[:2])) + " " + UNITS[int(s[2])] + " " + number_words(int(s[3:]))
    if len(s) >= 3 and rng.random() < 0.3:  # digit by digit
        return " ".join("oh" if c == "0" else UNITS[int(c)] for c in s)
    return number_words(n)


def repeat_run(digits: str, i: int) -> int:
    """How many times ``digits[i]`` stands in a row from ``i``, at most 3: what "double" and "triple" can say
    (v2-v8 each counted it the same way)."""
    run = 1
    while i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
        run += 1
    return run


def digit_run_items(chunk: str, rng: random.Random, *, pairs: float, repeats: float, digit: Callable[[str], str],
                    doubled: Callable[[str], str]) -> list[str]:  # fmt: skip
    """v2's and v3's one group said digit by digit (issue 18: v3's ``say_group`` had a copy of v2's loop), one
    item per thing said ("double five", "fifty five", "oh"): a run of two or three alike as "double"/"triple"
    (at rate ``repeats``, the digit said by ``doubled``), a pair without a zero as a number (at rate ``pairs``;
    never "ninety" for 9-0: it would swallow the next digit), else one digit said by ``digit``."""
    out: list[str] = []
    i = 0
    while i < len(chunk):
        d = chunk[i]
        run = repeat_run(chunk, i)
        if run >= 2 and rng.random() < repeats:
            out.append(("triple " if run == 3 else "double ") + doubled(d))
            i += run
            continue
        if i + 1 < len(chunk) and d != "0" and chunk[i + 1] != "0" and rng.random() < pairs:
            out.append(number_words(int(chunk[i : i + 2])))
            i += 2
            continue
        out.append(digit(d))
        i += 1
    return out


def say_group(g: str, rng: random.Random, digit: Callable[[str, random.Random, float], str], mishear: float = 0.0,
              pairs: float = 0.2) -> str:  # fmt: skip
    """One group of digits: digit by digit with double/triple, or as a pair ("sixty one") or hundreds; each
    digit said by the half's ``digit`` (how it says zero and what it mishears)."""
    if len(g) == 2 and g[0] != "0" and g[1] != "0" and rng.random() < pairs:
        return number_words(int(g))
    if len(g) == 3 and g[0] != "0" and g[1:] == "00" and rng.random() < 0.7:
        return UNITS[int(g[0])] + " hundred"
    if (
        len(g) == 4 and g[0] != "0" and g[2] != "0" and g[3] != "0" and rng.random() < pairs
    ):  # "nineteen sixty one"
        return number_words(int(g[:2])) + " " + number_words(int(g[2:]))
    out: list[str] = []
    i = 0
    while i < len(g):
        run = repeat_run(g, i)
        if run == 3 and rng.random() < 0.7:
            out += ["triple", digit(g[i], rng, 0.0)]
        elif run >= 2 and rng.random() < 0.6:
            out += ["double", digit(g[i], rng, 0.0)]
            run = 2
        else:
            out.append(digit(g[i], rng, mishear))
            run = 1
        i += run
    return " ".join(out)


def say_digit(d: str, rng: random.Random, mishear: float, misheard: dict[str, str], short_o: bool) -> str:
    """One digit as a recognizer writes it: zero as "oh" or "zero" (and, where the half's recognizer does so
    and ``mishear`` is on, now and then "o"), a homophone from ``misheard`` ("for", "to", "ate") at rate
    ``mishear``. The halves' ``digit`` (v6 without "o", v7 and v8 with it) draw exactly as before."""
    if d == "0":
        if short_o and mishear and rng.random() < 0.15:
            return "o"  # what a recognizer writes for a short "oh"
        return "oh" if rng.random() < 0.6 else "zero"
    if d in misheard and rng.random() < mishear:
        return misheard[d]
    return UNITS[int(d)]


def pause(rng: random.Random, punct: bool, filler: float, fillers: list[str]) -> str:
    """What a recognizer writes where the caller paused between two groups (v6-v8; ``fillers`` the half's)."""
    r = rng.random()
    if r < filler:
        return (", " if punct and rng.random() < 0.5 else " ") + rng.choice(fillers) + " "
    if punct:
        return rng.choice([", ", ", ", "... ", " "])
    return " "


def swapped_or_off_by_one(g: str, rng: random.Random) -> str:
    """The group with two neighbouring digits swapped ("four five" for "five four") or one digit off by one
    (what a caller misreads from a card; v7, v8)."""
    swaps = [k for k in range(len(g) - 1) if g[k] != g[k + 1]]
    if swaps and rng.random() < 0.5:
        k = rng.choice(swaps)
        return g[:k] + g[k + 1] + g[k] + g[k + 2 :]
    k = rng.randrange(len(g))
    d = (int(g[k]) + rng.choice([1, 9])) % 10
    return g[:k] + str(d) + g[k + 1 :]


@dataclass(frozen=True)
class Voice:
    """How a half's callers say digit strings (v7, v8): its ``digit`` (zero and what is misheard), the fillers
    in a pause, the repair words and the restart phrase. v6's ``say`` draws in another order (no restart, no
    dash), so it keeps its own; a ``Voice`` draws exactly as v7's ``say`` did, which keeps v7's and v8's
    ``test.jsonl`` byte-identical."""

    digit: Callable[[str, random.Random, float], str]
    fillers: list[str]
    repair_words: list[str]
    restart: str

    def say_group(self, g: str, rng: random.Random, mishear: float = 0.0, pairs: float = 0.2) -> str:
        """One group of digits said with this voice's ``digit`` (``say_group``)."""
        return say_group(g, rng, self.digit, mishear, pairs)

    def pause(self, rng: random.Random, punct: bool, filler: float) -> str:
        """What a recognizer writes where this voice's caller paused between two groups (``pause``)."""
        return pause(rng, punct, filler, self.fillers)

    def say(self, digits: str, sizes: list[int], rng: random.Random, punct: bool, *, filler: float = 0.18,
            mishear: float = 0.0, repair: float = 0.0, pairs: float = 0.25, dash: float = 0.0) -> tuple[str, bool]:  # fmt: skip
        """The digits said in groups, with pauses (or "dash") between them; now and then one group said wrong
        and then corrected ("four five- no, five four"), or the caller starting over after a few groups.
        Returns the words and whether a repair was said."""
        digit = self.digit
        groups = split(digits, sizes)
        fix_at = rng.randrange(len(groups)) if rng.random() < repair else -1
        restart = fix_at > 0 and rng.random() < 0.3
        parts: list[str] = []
        for k, g in enumerate(groups):
            said = say_group(g, rng, digit, mishear, pairs)
            if k == fix_at and restart:
                wrong = swapped_or_off_by_one(g, rng)
                glue = ", " if punct else " "
                said = (
                    " ".join(digit(c, rng, 0.0) for c in wrong) + glue + rng.choice(["sorry", "wait"]) + glue
                )
                said += (
                    self.restart
                    + glue
                    + " ".join(say_group(h, rng, digit, 0.0, pairs) for h in groups[: k + 1])
                )
            elif k == fix_at:
                wrong = swapped_or_off_by_one(g, rng)
                mark = rng.choice(self.repair_words)
                glue = ("- " if rng.random() < 0.5 else ", ") if punct else " "
                said = (
                    " ".join(digit(c, rng, 0.0) for c in wrong)
                    + glue
                    + mark
                    + (", " if punct else " ")
                    + said
                )
            parts.append(said)
        out = parts[0]
        use_dash = rng.random() < dash
        for p in parts[1:]:
            out += (" dash " if use_dash else pause(rng, punct, filler, self.fillers)) + p
        return out, fix_at >= 0
