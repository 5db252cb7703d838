"""v12's digit speech over ``speech_kit.Voice``: what is heard between groups, repairs, and two forms new in
v12 -- groups said with "hundred" or "thousand" inside a phone number or an ID ("eight hundred", "twenty one
hundred", "two thousand"), and a value given in two tries with the agent's request to repeat between them in
one recognizer segment ("four one five five... sorry, could you repeat that? four one five, five five five").
"""

from __future__ import annotations

import random

from bench.pii_corpus import speech_kit
from bench.pii_corpus.speech_kit import UNITS, number_words

FILLERS = ["uhm", "lemme see", "right", "you there", "still there"]
REPAIRS = ["no no", "my bad", "correction", "hang on no"]
RESTART = "let me start again"
# what the agent says between the caller's two tries (heard in the caller's segment)
AGAIN = ["sorry, could you repeat that", "sorry you cut out, say it again", "can you repeat the whole thing",
         "I missed the end, once more please"]  # fmt: skip


def digit(d: str, rng: random.Random, mishear: float) -> str:
    """A digit as a word; zero "oh" or "zero"; v12 writes no homophones."""
    return speech_kit.say_digit(d, rng, 0.0, {}, short_o=False)


VOICE = speech_kit.Voice(digit, FILLERS, REPAIRS, RESTART)


def hundreds(g: str) -> str | None:
    """A group said with "hundred" or "thousand" where a caller would: "800" "eight hundred", "2100" "twenty
    one hundred", "3000" "three thousand", "4005" "four thousand five"; None for a group said otherwise."""
    if len(g) == 3 and g[0] != "0" and g[1:] == "00":
        return f"{UNITS[int(g[0])]} hundred"
    if len(g) == 4 and g[0] != "0" and g[1:] == "000":
        return f"{UNITS[int(g[0])]} thousand"
    if len(g) == 4 and g[0] != "0" and g[1:3] == "00":
        return f"{UNITS[int(g[0])]} thousand {UNITS[int(g[3])]}"
    if len(g) == 4 and g[:2] not in ("10",) and g[0] != "0" and g[2:] == "00":
        return f"{number_words(int(g[:2]))} hundred"
    return None


def say_groups(groups: list[str], rng: random.Random, punct: bool) -> str:
    """Groups said one after another, a group of hundreds or thousands said that way, the rest digit by digit
    or in pairs (``Voice.say_group``), a comma between them in punctuated transcripts."""
    sep = ", " if punct else " "
    return sep.join(hundreds(g) or VOICE.say_group(g, rng, 0.0, 0.2) for g in groups)


__all__ = ["AGAIN", "FILLERS", "REPAIRS", "RESTART", "UNITS", "VOICE", "digit", "hundreds", "say_groups"]
