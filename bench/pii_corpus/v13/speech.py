"""v13's digit speech over ``speech_kit.Voice``: "niner" for nine (radio and airline habit some callers keep),
digits said in pairs ("twenty three forty five") and a three-digit group said as a triple ("one twenty three"),
v13's holds between groups and the caller's correction of the agent's read-back ("the last two are four one,
not one four") said inside the value.
"""

from __future__ import annotations

import random

from bench.pii_corpus import speech_kit
from bench.pii_corpus.speech_kit import UNITS, number_words

FILLERS = ["hmm", "okay next", "you got that", "just checking"]
REPAIRS = ["whoops", "scratch that"]
RESTART = "from the top"
NINER = 0.2


def digit(d: str, rng: random.Random, mishear: float) -> str:
    """A digit as a word: zero "oh" or "zero", nine now and then "niner"."""
    if d == "9" and rng.random() < NINER:
        return "niner"
    return speech_kit.say_digit(d, rng, 0.0, {}, short_o=False)


VOICE = speech_kit.Voice(digit, FILLERS, REPAIRS, RESTART)


def triple(g: str) -> str | None:
    """A three-digit group as callers say a room or a bus number ("one twenty three"); None when its middle
    digit is 0 (that is said "one oh three", digit by digit), or its last digit is 0 ("four sixty nine" would read 469)."""
    if len(g) == 3 and g[0] != "0" and g[1] != "0" and g[2] != "0":
        return f"{UNITS[int(g[0])]} {number_words(int(g[1:]))}"
    return None


def say_groups(groups: list[str], rng: random.Random, punct: bool, filler: float = 0.15) -> str:
    """Groups one after another: a triple now and then, else digit by digit or in pairs (``Voice.say_group``,
    pairs two times in five), a hold between groups now and then."""
    out = []
    for k, g in enumerate(groups):
        said = triple(g) if rng.random() < 0.35 else None
        out.append(said or VOICE.say_group(g, rng, 0.0, 0.4))
        if k < len(groups) - 1:
            out.append(VOICE.pause(rng, punct, filler))
    return "".join(out)


def correction(digits: str, rng: random.Random, punct: bool) -> str:
    """The caller correcting the agent's read-back of the last two digits ("the last two are four one, not
    one four"); empty when the two are the same digit."""
    a, b = digits[-2], digits[-1]
    if a == b:
        return ""
    sep = ", " if punct else " "
    said = f"{digit(a, rng, 0.0)} {digit(b, rng, 0.0)}"
    wrong = f"{digit(b, rng, 0.0)} {digit(a, rng, 0.0)}"
    lead = rng.choice(["no, the last two are", "no, it ends", "the last two are"])
    if not punct:
        lead = lead.replace(",", "")
    return f"{sep}{lead} {said}{sep}not {wrong}"


__all__ = ["FILLERS", "NINER", "REPAIRS", "RESTART", "UNITS", "VOICE", "correction", "digit", "say_groups",
           "triple"]  # fmt: skip
