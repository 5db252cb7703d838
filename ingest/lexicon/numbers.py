"""Number words as speech-to-text writes them: ``zero``-``nine``, the teens, the tens, ordinals.

The tuples are indexed by value (``DIGIT_WORDS[7] == "seven"``, ``TENS_WORDS[4] == "forty"``); the
dicts map a word to its value, for reading speech back into digits.
"""

from __future__ import annotations

DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEEN_WORDS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
TENS_WORDS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
IRREGULAR_ORDINALS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth",
    "eight": "eighth", "nine": "ninth", "twelve": "twelfth",
}  # fmt: skip

ONES = {word: value for value, word in enumerate(DIGIT_WORDS)}
TEENS = {word: 10 + value for value, word in enumerate(TEEN_WORDS)}
TENS = {word: 10 * value for value, word in enumerate(TENS_WORDS) if word}


def under_100(n: int) -> str:
    """``7`` -> ``seven``, ``42`` -> ``forty two``."""
    if n < 10:
        return DIGIT_WORDS[n]
    if n < 20:
        return TEEN_WORDS[n - 10]
    tens, ones = divmod(n, 10)
    return TENS_WORDS[tens] + ("" if ones == 0 else " " + DIGIT_WORDS[ones])


def ordinal(n: int) -> str:
    """``3`` -> ``third``, ``21`` -> ``twenty first``, ``30`` -> ``thirtieth`` (``n`` under 100)."""
    words = under_100(n).split(" ")
    last = words[-1]
    if last in IRREGULAR_ORDINALS:
        words[-1] = IRREGULAR_ORDINALS[last]
    elif last.endswith("y"):
        words[-1] = last[:-1] + "ieth"
    else:
        words[-1] = last + "th"
    return " ".join(words)
