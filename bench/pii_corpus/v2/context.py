"""What a slot renderer knows about the utterance it fills: the random source, the half's word lists,
the transcript style, and the person named last (so a spelled surname or an e-mail can follow a name).

Styles are what a Twilio ConversationRelay transcript looks like with the recognizer's options: ``raw``
(lower case, no punctuation, numbers as words: Deepgram without smart_format), ``punct`` (punctuated and
capitalised, numbers still as words), ``numerals`` (lower case, no punctuation, numbers as numerals grouped
the way the caller paused: "4155 550 123"), ``smart`` (smart formatting: "(415) 555-0198").
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from bench.pii_corpus.render_kit import TranscriptStyle
from bench.pii_corpus.v2 import spoken
from bench.pii_corpus.v2.lexicon import Lexicon

STYLES = ("raw", "punct", "numerals", "smart")


@dataclass
class Ctx(TranscriptStyle):
    """One utterance being rendered: its draw, word lists and style (``words``, ``lower``, ``case``: the
    kit's ``TranscriptStyle``), the person named last and notes."""

    rng: random.Random
    lex: Lexicon
    style: str
    person: tuple[str, str] = ("", "")
    notes: dict[str, str] = field(default_factory=dict)

    def pause(self) -> str:
        return "," if self.style == "punct" and self.rng.random() < 0.6 else ""

    def say_digits(self, run: str, groups: list[int] | None = None, filler: float = 0.25) -> str:
        r = self.rng
        return spoken.digits(run, r, groups, pairs=0.12, repeats=0.6, filler=filler, mishear=0.12,
                             pause=self.pause())  # fmt: skip

    def numerals(self, run: str) -> str:
        """Digits the way a recognizer with numerals on but no formatting writes them: split where the
        caller paused, not where the format puts a dash ("4155 550 123")."""
        r, out, at = self.rng, [], 0
        while at < len(run):
            size = r.choice([2, 3, 3, 4, 4, 5])
            out.append(run[at : at + size])
            at += size
        if len(out) > 1 and r.random() < 0.3:  # one pair said as words in the middle of numerals
            i = r.randrange(len(out))
            out[i] = spoken.digits(out[i], r, repeats=0.0)
        return " ".join(out)


Slot = tuple[str, str, str]  # text, canonical value, entity form
