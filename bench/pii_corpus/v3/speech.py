"""Digit runs as a recognizer writes a caller saying them, with the habits v2 uses less or not at all:
homophones ("won", "to", "tree", "for", "ate"), a group said in hundreds ("four hundred twelve"), pairs
("twenty three"), "double"/"triple", "oh", fillers, a repair ("four five no four six": the last two digits
said again after "no"), and a run split by a pause that the recognizer wrote as a sentence end or a line
break. ``decode`` reads any of it back (the corpus test uses it to check every gold span).
"""

from __future__ import annotations

import random
import re

from bench.pii_corpus import speech_kit
from bench.pii_corpus.v2.spoken import TEENS, TENS, UNITS, two_digits

HOMOPHONES = {"1": ["won"], "2": ["to", "too"], "3": ["tree"], "4": ["for"], "8": ["ate"]}
SOUNDS = {"oh": "0", "won": "1", "to": "2", "too": "2", "tree": "3", "for": "4", "ate": "8"}
FILLERS = ["uh", "um", "hmm", "er"]  # only fillers the scorer treats as glue go inside a value
REPAIR = "no"  # the two digits before it are said again after it


def say_group(chunk: str, rng: random.Random, *, homophone: float = 0.1, hundreds: float = 0.12,
              pairs: float = 0.15, repeats: float = 0.5) -> list[str]:  # fmt: skip
    """One group ("412", "0198") as words."""
    # "four hundred twelve"; never a tail that could take the next group's first digit ("forty" + "eight")
    tail = chunk[1:]
    safe = len(chunk) == 3 and chunk[0] != "0" and tail[0] != "0" and (tail[1] != "0" or tail[0] == "1")
    if safe and rng.random() < hundreds:
        return f"{UNITS[int(chunk[0])]} hundred {two_digits(int(tail))}".split()
    items = speech_kit.digit_run_items(
        chunk, rng, pairs=pairs, repeats=repeats,
        digit=lambda d: _digit(d, rng, homophone), doubled=lambda d: _digit(d, rng, 0.0),
    )  # fmt: skip
    return " ".join(items).split()  # one word an item: "double" and its digit, a pair's two words


def _digit(d: str, rng: random.Random, homophone: float) -> str:
    if d == "0":
        return "oh" if rng.random() < 0.65 else "zero"
    if d in HOMOPHONES and rng.random() < homophone:
        return rng.choice(HOMOPHONES[d])
    return UNITS[int(d)]


def say(run: str, groups: list[int], rng: random.Random, style: str, *, filler: float = 0.2,
        repair: float = 0.08, split: float = 0.08) -> str:  # fmt: skip
    """A digit run in words, grouped as the caller groups it; ``style`` "punct" adds commas and sentence
    breaks at pauses."""
    chunks = speech_kit.split(run, groups)
    text = ""
    for i, chunk in enumerate(chunks):
        words = say_group(chunk, rng)
        if len(chunk) >= 3 and rng.random() < repair:
            words = _with_repair(chunk, rng, style)
        part = " ".join(words)
        if i:
            r = rng.random()
            if r < split / 2 and style == "punct":
                text += ". " + part[:1].upper() + part[1:]  # the recognizer ended a sentence at the pause
                continue
            if r < split:
                text += "\n" + part  # the run went on in the next transcript line
                continue
            if r < split + filler:
                part = rng.choice(FILLERS) + " " + part
            elif style == "punct" and rng.random() < 0.5:
                text += ","
        text += (" " if text else "") + part
    return text.replace(" \n", "\n")


def _with_repair(chunk: str, rng: random.Random, style: str) -> list[str]:
    """The caller says the group's last two digits wrong, says "no", and says them again."""
    head, tail = chunk[:-2], chunk[-2:]
    wrong = tail[0] + str((int(tail[1]) + rng.choice([1, 2, 9])) % 10)
    plain = [UNITS[int(c)] for c in tail]
    said = [UNITS[int(c)] for c in head] + [UNITS[int(c)] for c in wrong]
    marker = ["no"] if style != "punct" else [said.pop() + "—", "no,"]
    if style == "punct":
        said.append(marker[0])
        marker = marker[1:]
    return said + marker + plain


def numerals(run: str, rng: random.Random, groups: list[int]) -> str:
    """Numerals as a recognizer without formatting writes them: the caller's groups, sometimes one said
    as words (mixed), sometimes two groups run together."""
    chunks = speech_kit.split(run, groups)
    if len(chunks) > 2 and rng.random() < 0.3:
        k = rng.randrange(len(chunks) - 1)
        chunks[k : k + 2] = [chunks[k] + chunks[k + 1]]
    if len(chunks) > 1 and rng.random() < 0.25:
        k = rng.randrange(len(chunks))
        chunks[k] = " ".join(say_group(chunks[k], rng, homophone=0.0))
    return " ".join(chunks)


WORD = re.compile(r"[a-z]+|\d+")


def decode(text: str) -> str:
    """The digits a spoken, written or mixed run stands for: "four hundred twelve" -> "412", "double oh"
    -> "00", "twenty nine sixty three" -> "2963", "fourteen oh five" -> "1405", "tree" -> "3"; after "no"
    the two digits before it are dropped (a repair)."""
    words = [w for w in WORD.findall(text.lower()) if w not in {*FILLERS, "uhh", "dash", "plus", "and"}]
    out = ""
    i, repeat = 0, 1
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == REPAIR:
            out = out[:-2]
        elif w in ("double", "triple"):
            repeat = 2 if w == "double" else 3
            i += 1
            continue
        elif w.isdigit():
            out += w
        elif w in UNITS or w in SOUNDS:
            d = SOUNDS.get(w) or str(UNITS.index(w))
            if nxt == "hundred":
                tail, used = _two(words[i + 2 :])
                out += d + (f"{tail:02d}" if used else "00")
                i += 2 + used
                continue
            if nxt == "thousand":
                tail, used = _two(words[i + 2 :])
                out += d + "0" + (f"{tail:02d}" if used else "00")
                i += 2 + used
                continue
            out += d * repeat
        elif w in TEENS or w in TENS[2:]:
            n, used = _two(words[i:])
            if i + used < len(words) and words[i + used] == "hundred":
                out += f"{n}00"
                used += 1
            else:
                out += str(n)
            i += used
            repeat = 1
            continue
        repeat = 1
        i += 1
    return out


def _two(words: list[str]) -> tuple[int, int]:
    """A number 0..99 at the start of ``words`` and how many words it took (0 if none)."""
    if not words:
        return 0, 0
    w = words[0]
    if w in TEENS:
        return 10 + TEENS.index(w), 1
    if w in TENS[2:]:
        if len(words) > 1 and words[1] in UNITS[1:]:
            return TENS.index(w) * 10 + UNITS.index(words[1]), 2
        return TENS.index(w) * 10, 1
    if w in UNITS:
        return UNITS.index(w), 1
    if w == "oh" and len(words) > 1 and words[1] in UNITS:
        return UNITS.index(words[1]), 2
    return 0, 0
