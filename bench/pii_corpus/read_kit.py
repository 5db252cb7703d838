"""Reading spoken digits back, for v6's and v7's ``check.py``: the one ``DigitReader`` both halves wrote.

Both checks read a said number back into every digit string it may stand for ("oh", double/triple, pairs,
hundreds, thousands, a self-correction undone). They differ only in what their transcripts hold: v7's
recognizer also writes "o" for zero, says "dash", "let me start over" and more fillers and repair words, and
v7 treats a "hundred"/"thousand" after a digit read as a group as a dead end. Those are the fields of a
``DigitReader``; each half builds its own. Each half's checks reading back the same sets before and after
was shown by its ``check.py`` (0 failures, every one-value mutant caught) in the commit that moved them here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from bench.pii_corpus.speech_kit import TEENS, TENS

TEEN_OF = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_OF = {w: 10 * i for i, w in enumerate(TENS) if w}


@dataclass(frozen=True, eq=False)
class DigitReader:
    """A half's reader: its digit words (``digit_of``: "oh" and homophones too), the words skipped inside a
    number, the repair words, the words for zero, and whether "hundred" after a digit group is a dead end."""

    digit_of: dict[str, str]
    skip: frozenset[str]
    repair: re.Pattern[str]
    zero: tuple[str, ...] = ("oh", "zero")
    group_dead_end: bool = False
    _cache: Any = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_cache", lru_cache(maxsize=None)(self._read))

    def small(self, ws: tuple[str, ...], i: int) -> tuple[int, int, int] | None:
        """A number below 100 at ws[i]: (value, digits it stands for, next index)."""
        if i >= len(ws):
            return None
        w = ws[i]
        if w in TEEN_OF:
            return TEEN_OF[w], 2, i + 1
        if w in TENS_OF:
            if i + 1 < len(ws) and ws[i + 1] in self.digit_of and ws[i + 1] not in self.zero:
                return TENS_OF[w] + int(self.digit_of[ws[i + 1]]), 2, i + 2
            return TENS_OF[w], 2, i + 1
        if w in self.digit_of:
            return int(self.digit_of[w]), 1, i + 1
        return None

    def read(self, ws: tuple[str, ...], i: int = 0) -> frozenset[str]:
        """Every digit string the words ws[i:] may stand for (a "hundred" or "thousand" is read both as
        ending the number and as going on)."""
        result: frozenset[str] = self._cache(ws, i)
        return result

    def _read(self, ws: tuple[str, ...], i: int) -> frozenset[str]:
        if i >= len(ws):
            return frozenset({""})
        w = ws[i]
        if w in self.skip:
            return self.read(ws, i + 1)
        if self.group_dead_end and w in ("hundred", "thousand"):  # the number before it read as a group
            return frozenset()
        if w.isdigit():
            return frozenset(w + rest for rest in self.read(ws, i + 1))
        if w in ("double", "triple") and i + 1 < len(ws) and ws[i + 1] in self.digit_of:
            times = 2 if w == "double" else 3
            return frozenset(self.digit_of[ws[i + 1]] * times + rest for rest in self.read(ws, i + 2))
        small = self.small(ws, i)
        if small is None:
            raise ValueError(f"not a number word: {w!r}")
        v, width, j = small
        out: set[str] = set()
        if ws[i] in self.zero:
            return frozenset("0" + rest for rest in self.read(ws, i + 1))
        if j >= len(ws) or ws[j] not in ("hundred", "thousand"):
            out |= {str(v).zfill(width) + rest for rest in self.read(ws, j)}
        for value, k in self.big(ws, v, j):
            out |= {str(value) + rest for rest in self.read(ws, k)}
        return frozenset(out)

    def big(self, ws: tuple[str, ...], v: int, j: int) -> list[tuple[int, int]]:
        """ "v hundred [n]" and "v thousand [u hundred] [n]" read as one number: (value, next index)."""
        out: list[tuple[int, int]] = []
        if j < len(ws) and ws[j] == "hundred":
            out.append((v * 100, j + 1))
            nxt = self.small(ws, j + 1)
            if nxt:
                out.append((v * 100 + nxt[0], nxt[2]))
        if j < len(ws) and ws[j] == "thousand":
            base, k = v * 1000, j + 1
            out.append((base, k))
            nxt = self.small(ws, k)
            if nxt and nxt[2] < len(ws) and ws[nxt[2]] == "hundred":
                base += nxt[0] * 100
                k = nxt[2] + 1
                out.append((base, k))
                nxt = self.small(ws, k)
            if nxt:
                out.append((base + nxt[0], nxt[2]))
        return out

    def words_of(self, said: str) -> tuple[str, ...]:
        """The words of a said number, punctuation and skipped words dropped."""
        t = said.lower().replace("...", " ")
        t = re.sub(r"[(),.+\-/#]", " ", t)
        return tuple(w for w in t.split() if w not in self.skip)

    def read_digits(self, said: str) -> set[str]:
        """The digit strings a said or written number may be, a self-correction undone."""
        low = said.lower()
        parts = self.repair.split(low)
        if len(parts) == 1:
            return set(self.read(self.words_of(low)))
        before = self.read(self.words_of(parts[0]))
        after = self.read(self.words_of(" ".join(parts[1:])))
        return {b[:-k] + a for b in before for a in after for k in range(1, len(b) + 1)}

    def read_phone(self, said: str) -> set[str]:
        """A phone number's digits, a leading country code 1 dropped."""
        return {d[1:] if len(d) == 11 and d[0] == "1" else d for d in self.read_digits(said)}

    def read_id(self, said: str) -> set[str]:
        """Letters ("k", "K as in kite", "HKW-"), then the digits."""
        t = re.sub(r"\b([a-z]) as in [a-z\-]+(?: cream)?", r"\1", said.lower())
        m = re.match(r"\s*((?:[a-z][\s,\-]*)*?)(?=[0-9]|\b(?:" + "|".join(self.digit_of) + "|double|triple|"
                     + "|".join(TEEN_OF) + "|" + "|".join(TENS_OF) + r")\b)", t)  # fmt: skip
        if m is None:
            return set()
        letters = re.sub(r"[^a-z]", "", m.group(1)).upper()
        return {letters + d for d in self.read_digits(t[m.end() :])}

    def read_paused_id(self, said: str) -> set[str]:
        """``read_id`` of an ID said with pauses ("...") and fillers between its groups (v14-v17): those
        dropped first ("dash" kept: it joins the letters to the digits)."""
        kept = [w for w in said.replace("...", ", ").split() if w.strip(",") not in self.skip - {"dash"}]
        return self.read_id(" ".join(kept))


def voice_reader(
    units: Sequence[str],
    homophones: Mapping[str, str],
    fillers: Sequence[str],
    restart: str,
    repairs: Sequence[str],
) -> DigitReader:
    """The reader of a half that speaks through ``speech_kit.Voice`` (v15-v17): its digit words with "oh" and
    its homophones ("for", "to"), the words a ``Voice`` says inside a number skipped (its fillers and restart
    phrase, "and", "dash", "number", "umm"), and its repair words (and "wait") undoing what came before."""
    digit_of = {
        "oh": "0",
        **{w: str(k) for k, w in enumerate(units)},
        **{w: d for d, w in homophones.items()},
    }
    skip = frozenset(
        {"and", "dash", "number", "umm", *" ".join([*fillers, restart]).replace(",", "").split()}
    )
    repair = re.compile(r"\b(?:" + "|".join(sorted({"wait", *(r.lower() for r in repairs)})) + r")\b")
    return DigitReader(digit_of, skip, repair)
