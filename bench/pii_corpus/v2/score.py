"""Score a redactor's spans against the corpus: ``score(examples, predictions) -> Report``.

``examples`` are the corpus lines (dicts as in tune.jsonl); ``predictions[i]`` is the list of
(start, end) character spans the redactor replaced in ``examples[i]["text"]`` (extra tuple items, such as
a type, are ignored). Pure: no I/O, no clock.

- **Entity recall**: an entity is caught only when none of its identifying tokens survives, i.e. every
  character of every identifying token lies inside some predicted span, whatever type the redactor gave it.
  Identifying tokens are the letter/digit runs of the gold text except glue that says nothing about the
  value (fillers, "as in", "at", "dot", unit words like "apartment", free-mail provider names, "com").
- **Partial leaks**: entities with 4 or more identifying characters left in clear. Digits, spelled letters,
  digit words ("four", "oh", "for") and ordinals count one character each, and so do month names in a date
  and USPS street suffixes and directions in an address, "ten".."nineteen" two; a letter and its "as in" word count once together; other words
  (a surname, an e-mail local part) and digit strings count their uncovered characters.
- **Spoken numeric identifiers**: recall over SSN, card, phone, account, ZIP and last-four entities
  whose gold form is ``spoken`` or ``mixed`` (numerals with a group said as words).
- **Preservation**: share of non-PII word tokens (outside every gold entity) that no prediction touches.

Run: ``python bench/pii_corpus/v2/score.py tune.jsonl predictions.jsonl`` where each prediction line is
``{"id": ..., "spans": [[start, end], ...]}``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TOKEN = re.compile(r"[A-Za-z0-9]+")
NUMERIC_TYPES = frozenset({"US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "ACCOUNT_ID", "ZIP_CODE", "LAST_FOUR"})
FILLERS = {"uh", "um", "uhh", "umm", "er", "erm", "hmm", "mm", "ah"}
CONNECTIVES = {"as", "in", "at", "dot", "dash", "hyphen", "underscore", "and", "of", "the", "plus"}
UNIT_WORDS = {
    "apartment",
    "apt",
    "unit",
    "suite",
    "ste",
    "building",
    "bldg",
    "floor",
    "fl",
    "room",
    "rm",
    "lot",
    "space",
    "spc",
    "trailer",
    "trlr",
    "department",
    "dept",
    "hangar",
    "hngr",
    "pier",
    "slip",
    "stop",
}  # fmt: skip  (not "key": it is also a surname)
MAIL_WORDS = {"com", "net", "org", "edu", "gmail", "yahoo", "outlook", "hotmail", "icloud", "aol", "comcast",
              "msn", "live", "att", "verizon", "sbcglobal", "me", "protonmail", "ymail", "charter", "cox",
              "bellsouth"}  # fmt: skip
NUMBER_WORDS = {"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                "hundred", "thousand", "double", "triple", "for", "to", "too", "ate", "won"}  # fmt: skip
GLUE = FILLERS | CONNECTIVES | UNIT_WORDS | MAIL_WORDS
ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth", "thirtieth"}  # fmt: skip
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}  # fmt: skip
DIRECTIONS = {"north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "n", "s", "e",
              "w", "nw", "ne", "sw", "se"}  # fmt: skip


def _usps_suffix_words() -> frozenset[str]:
    path = Path(__file__).resolve().parent / "lexicons" / "usps_street_suffixes.tsv"
    words: set[str] = set()
    for line in path.read_text().splitlines():
        if line and not line.startswith("#"):
            for cell in line.split("\t"):
                words.update(w.lower() for w in cell.split(",") if w)
    return frozenset(words)


TEEN_WORDS = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
              "nineteen"}  # fmt: skip
# words that stand for one character of the value (a digit, a month, a street category), by entity type:
# a surname like Hill or May left readable counts its letters, a street suffix or a month one character
ONE_CHAR = NUMBER_WORDS | ORDINAL_WORDS
ONE_CHAR_IN = {
    "DATE_OF_BIRTH": ONE_CHAR | MONTHS,
    "STREET_ADDRESS": ONE_CHAR | DIRECTIONS | _usps_suffix_words(),
}


class ScoreError(ValueError):
    """Predictions that do not line up with the examples."""


@dataclass
class Rate:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += ok
        self.total += 1

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else float("nan")

    def __str__(self) -> str:
        return f"{self.value:.3f} ({self.hit}/{self.total})"


@dataclass
class Miss:
    id: str
    type: str
    gold: str
    in_clear: list[str]  # identifying tokens left readable
    leaked_chars: int


@dataclass
class Report:
    recall: Rate = field(default_factory=Rate)
    by_type: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    by_type_form: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    by_utterance_form: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    by_entity_form: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    spoken_numeric: Rate = field(default_factory=Rate)
    partial_leaks: int = 0  # entities with >= 4 identifying characters in clear
    partial_leaks_touched: int = 0  # ... of which the redactor covered some part
    leaks_by_type: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    preservation: Rate = field(default_factory=Rate)  # non-PII word tokens left untouched
    distractor_preservation: Rate = field(default_factory=Rate)  # tokens of amounts, times, model names...
    untouched_no_pii: Rate = field(default_factory=Rate)  # utterances without PII left entirely alone
    misses: list[Miss] = field(default_factory=list)

    def table(self) -> str:
        rows = [f"entity recall            {self.recall}",
                f"spoken numeric recall    {self.spoken_numeric}",
                f"partial leaks (>=4 chars) {self.partial_leaks} (of which partly redacted {self.partial_leaks_touched})",
                f"preservation             {self.preservation}",
                f"  distractor numbers     {self.distractor_preservation}",
                f"  no-PII utterances kept {self.untouched_no_pii}"]  # fmt: skip
        rows += [
            f"  {t:<16} {r}  leaks {self.leaks_by_type.get(t, 0)}" for t, r in sorted(self.by_type.items())
        ]
        rows += [f"  transcript {f:<9} {r}" for f, r in sorted(self.by_utterance_form.items())]
        rows += [f"  entity form {f:<8} {r}" for f, r in sorted(self.by_entity_form.items())]
        return "\n".join(rows)


@dataclass(frozen=True)
class Token:
    """An identifying token of a gold entity and how many characters of the value it gives away."""

    start: int
    end: int
    chars: int  # characters of the value it reveals when left in clear
    literal: bool  # a word or digit string read as itself: a partly covered one leaks its uncovered part
    alias_of: int | None = None  # the word after "as in" spells the letter token at this index


def identifying_tokens(text: str, start: int, end: int, kind: str = "") -> list[Token]:
    """The identifying tokens of the gold span text[start:end] of an entity of type ``kind``, in order."""
    one_char = ONE_CHAR_IN.get(kind, ONE_CHAR)
    out: list[Token] = []
    previous: list[str] = []
    last_letter: int | None = None
    for m in TOKEN.finditer(text, start, end):
        word = m.group().lower()
        after_as_in = previous[-2:] == ["as", "in"]
        previous.append(word)
        if word in GLUE:
            continue
        if after_as_in:
            out.append(Token(m.start(), m.end(), 1, False, last_letter))
        elif word in TEEN_WORDS:
            out.append(Token(m.start(), m.end(), 2, False))
        elif word in one_char or (len(word) == 1 and word.isalpha()):
            out.append(Token(m.start(), m.end(), 1, False))
        else:
            out.append(Token(m.start(), m.end(), len(word), True))
        last_letter = len(out) - 1 if len(word) == 1 and word.isalpha() else None
    return out


def leaked_chars(tokens: list[Token], mask: list[bool]) -> int:
    """Characters of the value readable in the redacted text; a letter and its "as in" word count once."""
    clear = [not all(mask[t.start : t.end]) for t in tokens]
    total = 0
    for t, in_clear in zip(tokens, clear, strict=True):
        if not in_clear or (t.alias_of is not None and clear[t.alias_of]):
            continue
        total += sum(not c for c in mask[t.start : t.end]) if t.literal else t.chars
    return total


def _covered(spans: Iterable[Sequence[int]], size: int) -> list[bool]:
    mask = [False] * size
    for span in spans:
        s, e = int(span[0]), int(span[1])
        if not 0 <= s <= e <= size:
            raise ScoreError(f"span ({s}, {e}) outside a text of {size} characters")
        for i in range(s, e):
            mask[i] = True
    return mask


def score(examples: Sequence[dict[str, Any]], predictions: Sequence[Iterable[Sequence[int]]]) -> Report:
    if len(examples) != len(predictions):
        raise ScoreError(f"{len(examples)} examples but {len(predictions)} prediction lists")
    report = Report()
    for ex, spans in zip(examples, predictions, strict=True):
        text = ex["text"]
        mask = _covered(spans, len(text))
        for ent in ex["entities"]:
            _score_entity(ex, ent, mask, report)
        _score_preservation(ex, mask, report)
    return report


def _score_entity(ex: dict[str, Any], ent: dict[str, Any], mask: list[bool], report: Report) -> None:
    text, s, e = ex["text"], ent["start"], ent["end"]
    tokens = identifying_tokens(text, s, e, ent["type"])
    clear = [t for t in tokens if not all(mask[t.start : t.end])]
    leaked = leaked_chars(tokens, mask)
    caught = not clear
    kind = ent["type"]
    for rate in (report.recall, report.by_type[kind], report.by_type_form[f"{kind}/{ent.get('form', '?')}"],
                 report.by_utterance_form[ex.get("form", "?")], report.by_entity_form[ent.get("form", "?")]):  # fmt: skip
        rate.add(caught)
    if kind in NUMERIC_TYPES and ent.get("form") in ("spoken", "mixed"):
        report.spoken_numeric.add(caught)
    if leaked >= 4:
        report.partial_leaks += 1
        report.leaks_by_type[kind] += 1
        report.partial_leaks_touched += any(mask[s:e])
    if not caught:
        report.misses.append(
            Miss(ex.get("id", "?"), kind, text[s:e], [text[t.start : t.end] for t in clear], leaked)
        )


def _score_preservation(ex: dict[str, Any], mask: list[bool], report: Report) -> None:
    text = ex["text"]
    gold = [(g["start"], g["end"]) for g in ex["entities"]]
    numbers = [(d["start"], d["end"]) for d in ex.get("distractors", [])]
    for m in TOKEN.finditer(text):
        if any(m.start() < ge and gs < m.end() for gs, ge in gold):
            continue
        kept = not any(mask[m.start() : m.end()])
        report.preservation.add(kept)
        if any(m.start() < de and ds < m.end() for ds, de in numbers):
            report.distractor_preservation.add(kept)
    if not ex["entities"]:
        report.untouched_no_pii.add(not any(mask))


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit('usage: score.py CORPUS.jsonl PREDICTIONS.jsonl  (prediction lines: {"id", "spans"})')
    examples = load(Path(sys.argv[1]))
    by_id = {p["id"]: p["spans"] for p in load(Path(sys.argv[2]))}
    missing = [x["id"] for x in examples if x["id"] not in by_id]
    if missing:
        sys.exit(f"no predictions for {len(missing)} examples, e.g. {missing[:3]}")
    print(score(examples, [by_id[x["id"]] for x in examples]).table())


if __name__ == "__main__":
    main()
