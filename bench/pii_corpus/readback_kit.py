"""Reading each entity's value back from what was said, for v6's, v7's and v8's ``check.py``.

v8's ``check.py`` copied v7's value readers line for line (issue 18): the Medicare ID read character by
character, the date read in every order, the e-mail, the address with its unit, house number, PO box, rural
route and highway, and the loop over every entity (``check_values``). This is their one home; v6 shares the
ordinal and e-mail readers. What differs between halves and so stays in each ``check.py``: its digit words,
skipped words and repair words (its ``read_kit.DigitReader``), its street and unit lists (``words``), how it
reads an ID (v8 drops fillers between the letters and the digits first), its counts and its independence
check. Each half's ``check.py`` printed the same figures and caught the same mutants before and after the move.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import Any

from bench.pii_corpus import check_kit, read_kit
from bench.pii_corpus.read_kit import TEEN_OF, TENS_OF
from bench.pii_corpus.speech_kit import MONTHS, ORDINALS, TENS, ordinal_words

DIGITS = {"US_SSN": r"\d{9}", "CREDIT_CARD": r"\d{15,16}", "PHONE_NUMBER": r"[2-9]\d{9}", "LAST_FOUR": r"\d{4}",
          "ZIP_CODE": r"\d{5}(\d{4})?"}  # fmt: skip
ORD_OF = {w: i for i, w in enumerate(ORDINALS) if w} | {
    t[:-1] + "ieth": 10 * i for i, t in enumerate(TENS) if t
}
MBI = re.compile(r"[1-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}")
ADDRESS = re.compile(r"(\d+) (?:(N|S|E|W|NE|NW|SE|SW) )?(.+?) ([A-Z][a-z]+)(?: (NE|NW|SE|SW))?"
                     r"(?: ([A-Z]+) (\d+[A-D]?))?")  # fmt: skip


def ordinals_to_numbers(t: str) -> str:
    """Said ordinals ("twenty first", "third", "4th") as numbers, so a date's day reads as digits."""
    for tens, v in TENS_OF.items():
        for w, k in ORD_OF.items():
            if k < 10:
                t = re.sub(rf"\b{tens} {w}\b", str(v + k), t)
    for w, k in sorted(ORD_OF.items(), key=lambda kv: -len(kv[0])):
        t = re.sub(rf"\b{w}\b", str(k), t)
    return re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", t)


def read_email(said: str, reader: read_kit.DigitReader, skip: frozenset[str] | set[str]) -> set[str]:
    """Every address the words may be: "dot", "at", "underscore", "plus" as their signs, a run of number
    words read as digits (a homophone such as "to" or "o" stays a word)."""
    glue = {"dot": ".", "at": "@", "underscore": "_", "plus": "+"}
    digit_of = reader.digit_of
    outs = {""}
    run: list[str] = []
    for w in [*said.lower().split(), "."]:
        if w.isdigit() or (w in digit_of and w not in ("to", "for", "ate", "o")) or w in TEEN_OF or w in TENS_OF \
                or w in ("hundred", "thousand", "double", "triple") or (w == "and" and bool(run)):  # fmt: skip
            run.append(w)
            continue
        if run:
            outs = {o + d for o in outs for d in reader.read(tuple(w for w in run if w not in skip))}
            run = []
        outs = {o + glue.get(w, w) for o in outs}
    return {o[:-1] for o in outs}


def _year_of(y: str) -> int | None:
    """A four-digit year, or a two-digit one (the halves' years are 1938-2006: 00-06 are 2000s)."""
    if len(y) == 4:
        return int(y)
    if len(y) == 2:
        return 2000 + int(y) if int(y) <= 6 else 1900 + int(y)
    return None


@dataclass(eq=False)
class ValueChecks:
    """v7's and v8's value readers over a half's own words: its ``reader`` (digit, skip, repair and zero
    words), its ``words`` module (directions, suffixes, units, highways), how it reads an ID, and the
    ``failures`` list its ``check.py`` reports."""

    reader: read_kit.DigitReader
    words: ModuleType
    failures: list[str]
    read_id: Callable[[str], Any]
    # v6 wrote only four-digit years last, no unit before the house number, and any card's first digit
    two_digit_years: bool = True
    unit_first: bool = True
    card_firsts: str = "3456"

    def __post_init__(self) -> None:
        self.direction_words = {w.lower() for pair in self.words.DIRECTIONS for w in pair}
        self.abbr_to_suffix = {a: n for n, a in self.words.SUFFIX_ABBR.items()}
        self.unit_abbr = {a: n for n, a, _ in self.words.UNITS_C2}

    def expect(self, ok: bool, what: str) -> None:
        if not ok:
            self.failures.append(what)

    def read_chars(self, said: str) -> str:
        """An ID read character by character (a Medicare ID: "one e g four, t e five, m k seven three")."""
        digit_of = self.reader.digit_of
        t = re.sub(r"\b([a-z]) as in [a-z\-]+", r"\1", said.lower())
        t = re.sub(r"\bdash\b|\.\.\.|[,\-]", " ", t)
        out = ""
        ws = [w for w in t.split() if w not in self.reader.skip]
        i = 0
        while i < len(ws):
            w = ws[i]
            if w in ("double", "triple") and i + 1 < len(ws):
                out += (digit_of.get(ws[i + 1], ws[i + 1].upper())) * (2 if w == "double" else 3)
                i += 2
                continue
            out += digit_of[w] if w in digit_of and len(w) > 1 else w.upper()
            i += 1
        return out

    def read_date(self, said: str) -> set[str]:
        """Every date the words may be: a month named or not, the year last (four or two digits) or first
        (v6: four digits, last)."""
        t = said.lower().replace(",", " ")
        month = next((i + 1 for i, m in enumerate(MONTHS) if re.search(rf"\b{m.lower()[:3]}", t)), None)
        t = re.sub(r"\b(" + "|".join(m.lower() for m in MONTHS) + "|" + "|".join(m.lower()[:3] for m in MONTHS)
                   + r")\b\.?", " ", t)  # fmt: skip
        t = re.sub(r"\b(the|of)\b", " ", ordinals_to_numbers(t))
        ws = self.reader.words_of(t)
        out: set[str] = set()
        for digits in self.reader.read(ws):
            splits = [(digits[:-4], digits[-4:])]
            if self.two_digit_years:
                splits += [(digits[:-2], digits[-2:]), (digits[4:], digits[:4])]
            for head, year in splits:
                y = _year_of(year)
                if y is None or not head:
                    continue
                options = (
                    [(month, head)] if month else [(int(head[:c]), head[c:]) for c in range(1, len(head))]
                )
                for mo, dd in options:
                    if dd.isdigit() and len(dd) <= 2 and 1 <= int(dd) <= 31 and 1 <= mo <= 12:
                        with contextlib.suppress(ValueError):
                            out.add(date(y, mo, int(dd)).isoformat())
        return out

    def read_email(self, said: str) -> set[str]:
        return read_email(said, self.reader, self.reader.skip)

    def house(self, said_before: str) -> set[str]:
        """A house (or box, route, unit) number read back, direction words dropped."""
        ws = tuple(w for w in self.reader.words_of(said_before) if w not in self.direction_words)
        return set(self.reader.read(ws)) if ws else set()

    def check_address(self, where: str, said: str, value: str) -> None:
        expect, words, _house, _read, words_of = (
            self.expect,
            self.words,
            self.house,
            self.reader.read,
            self.reader.words_of,
        )
        low = said.lower()
        if m := re.fullmatch(r"PO Box (\d+)", value):
            expect("box" in low and m.group(1) in _house(low.split("box", 1)[1]), f"{where} PO box: {said!r}")
            return
        if m := re.fullmatch(r"RR (\d+) Box (\d+)", value):
            route, box = re.split(r"\bbox\b", re.sub(r"^(rural route|route|rr)\b", "", low), maxsplit=1)
            expect(
                m.group(1) in _house(route) and m.group(2) in _house(box), f"{where} rural route: {said!r}"
            )
            return
        if m := re.fullmatch(r"(\d+) (State Hwy|US Hwy|County Road|State Rte|FM|Hwy) (\d+)", value):
            said_kind = next(k for k, s in words.HIGHWAYS if s == m.group(2))
            expect(said_kind.lower() in low, f"{where} highway kind")
            n, road = low.split(said_kind.lower())
            expect(
                m.group(1) in _house(n) and m.group(3) in _house(road), f"{where} highway address: {said!r}"
            )
            return
        m = ADDRESS.fullmatch(value)
        expect(m is not None, f"{where} address value shape {value!r}")
        if m is None:
            return
        number, _pre, street, abbr, _post, unit, unit_id = m.groups()
        designators = "|".join(sorted({n.lower() for n, _, _ in words.UNITS_C2} | {a.lower() for _, a, _ in words.UNITS_C2},
                                      key=len, reverse=True))  # fmt: skip
        first = re.match(rf"({designators})\b(.*)", low) if unit and self.unit_first else None
        name = self.abbr_to_suffix.get(abbr)
        expect(name is not None and (re.search(rf"\b{name.lower()}\b", low) is not None
                                     or re.search(rf"\b{abbr.lower()}\b", low) is not None),
               f"{where} address suffix {abbr!r} not said")  # fmt: skip
        ordinal = re.fullmatch(r"(\d+)(st|nd|rd|th)", street)
        said_street = street.lower()
        if ordinal and said_street not in low:
            said_street = ordinal_words(int(ordinal.group(1)))
        expect(said_street in low, f"{where} street name not said")
        head = low.split(said_street)[0]
        if first and unit_id:  # "unit nine, twelve sixty ...": the unit id, then the house number
            digits_part = unit_id.rstrip("ABCD")
            letter = unit_id[len(digits_part) :].lower()
            ws = [w for w in words_of(first.group(2).split(said_street)[0]) if w not in self.direction_words]
            if letter:
                at = next(
                    (k for k, w in enumerate(ws) if w == letter or (w[:-1].isdigit() and w[-1] == letter)), -1
                )
                expect(at >= 0, f"{where} unit letter not said")
                ws = (
                    ws[:at] + ([ws[at][:-1]] if ws[at][:-1] else []) + ["|"] + ws[at + 1 :] if at >= 0 else ws
                )
            splits = [(ws[:k], ws[k:]) for k in range(1, len(ws))]
            if letter:
                splits = [(ws[: ws.index("|")], ws[ws.index("|") + 1 :])] if "|" in ws else []
            ok = any(
                digits_part in set(_read(tuple(u))) and number in set(_read(tuple(h))) for u, h in splits
            )
            expect(ok, f"{where} unit and house number do not read back: {said!r}")
            return
        expect(number in _house(head), f"{where} house number does not read back: {said!r}")
        if unit:
            tail = low.split(said_street)[-1]
            said_unit = self.unit_abbr[unit].lower()
            expect(
                said_unit in tail or unit.lower() in tail or "#" in tail, f"{where} unit designator not said"
            )
            after = re.split(rf"\b{said_unit}\b|\b{unit.lower()}\b|#", tail)[-1]
            digits_part = unit_id.rstrip("ABCD")
            letter = unit_id[len(digits_part) :].lower()
            said_id = re.sub(rf"\b{letter}\b$", "", after.strip()) if letter else after
            compact = said_id.replace(letter, "") if letter and said_id.strip().endswith(letter) else said_id
            expect(digits_part in _house(compact) and (not letter or letter in after),
                   f"{where} unit does not read back: {said!r}")  # fmt: skip

    def check_values(self, lines: list[dict[str, Any]]) -> None:
        expect = self.expect
        for x in lines:
            for e in x["entities"]:
                said, value, kind, where = x["text"][e["start"] : e["end"]], e["value"], e["type"], x["id"]
                try:
                    if kind in DIGITS:
                        expect(re.fullmatch(DIGITS[kind], value) is not None, f"{where} {kind} value shape")
                        read = (
                            self.reader.read_phone(said)
                            if kind == "PHONE_NUMBER"
                            else self.reader.read_digits(said)
                        )
                        expect(value in read, f"{where} {kind} does not read back: {said!r}")
                        if kind == "CREDIT_CARD":
                            expect(
                                check_kit.luhn_ok(value) and value[0] in self.card_firsts,
                                f"{where} card not Luhn-valid",
                            )
                        if kind == "US_SSN":
                            expect(value[:3] not in ("000", "666") and value[0] != "9", f"{where} SSN area")
                    elif kind == "ACCOUNT_ID" and MBI.fullmatch(value):
                        expect(
                            self.read_chars(said) == value,
                            f"{where} Medicare ID does not read back: {said!r}",
                        )
                    elif kind == "ACCOUNT_ID":
                        expect(
                            re.fullmatch(r"[A-Z]{0,3}\d{7,12}", value) is not None, f"{where} ID value shape"
                        )
                        expect(value in self.read_id(said), f"{where} ID does not read back: {said!r}")
                    elif kind == "DATE_OF_BIRTH":
                        expect(value in self.read_date(said), f"{where} date does not read back: {said!r}")
                    elif kind == "EMAIL_ADDRESS":
                        expect(
                            re.fullmatch(r"[a-z0-9._+]+@[a-z0-9]+\.[a-z]+", value) is not None,
                            f"{where} e-mail",
                        )
                        ok = said == value if e["form"] == "written" else value in self.read_email(said)
                        expect(ok, f"{where} e-mail does not read back: {said!r}")
                    elif kind == "STREET_ADDRESS":
                        self.check_address(where, said, value)
                    elif kind == "PERSON":
                        if e["form"] == "spelled":
                            expect(
                                check_kit.read_spelling(said) == check_kit.letters(value),
                                f"{where} spelling does not read back",
                            )
                        else:
                            ws = said.split()
                            kept = [
                                w
                                for k, w in enumerate(ws)
                                if not (0 < k < len(ws) - 1 and len(w.strip(".")) == 1)
                            ]
                            expect(
                                check_kit.letters(" ".join(kept)) == check_kit.letters(value),
                                f"{where} name does not read back",
                            )
                except (ValueError, IndexError) as err:
                    expect(False, f"{where} {kind} unreadable ({err}): {said!r}")

    def mutants_caught(self, lines: list[dict[str, Any]]) -> tuple[int, int]:
        """How many one-value mutants (one entity's value changed by one character) ``check_values`` rejects."""
        return check_kit.mutants_caught(lines, self.check_values, self.failures)


def voiced_value_checks(speech: ModuleType, words: ModuleType, failures: list[str]) -> ValueChecks:
    """The value checks of a half that speaks through ``speech_kit.Voice`` (v15-v17, issue 18: each ``check.py``
    wired these lines itself): ``read_kit.voice_reader`` over its ``speech`` module's digit words, homophones,
    fillers, restart phrase and repair words, its paused-ID reader, over its ``words``."""
    reader = read_kit.voice_reader(
        speech.UNITS, speech.HOMOPHONES, speech.FILLERS, speech.RESTART, speech.REPAIRS
    )
    return ValueChecks(reader, words, failures, reader.read_paused_id)
