"""Check v8's ``test.jsonl`` without any redactor: ``python bench/pii_corpus/v8/check.py`` (exit 1 on a failure).

It checks that ``test.jsonl`` is what the seeded ``build.py`` writes; v2's line format (loaded with
``bench.pii_corpus.v2.score.load``, the loader ``bench/pii_eval.py`` uses); spans inside the text, on word
boundaries, trimmed and disjoint, each entity with identifying tokens for v2's scorer; that **every value
reads back from what was said** (digits decoded from words with "oh"/"o", double/triple, pairs, hundreds,
"dash", self-corrections and restarts; dates parsed in every order, "slash" between their parts; IDs with a
filler between their letters and their digits; IDs and Medicare IDs character by
character; e-mails rebuilt from "dot"/"at" and spelled letters; addresses' house number, street, suffix and
unit, the unit said first too; names and spellings), so a changed value fails; the counts the brief asks for
(600 utterances and 560-700 entities, ten types, at least 130 names, 60 addresses and 150 spoken numeric
identifiers, 150 utterances without PII); cards Luhn-valid (``check_kit.luhn_ok``); no four-word phrase shared with the
v2-v7 or old templates, in the templates or in the rendered text around the values; no name or street word
from the v2-v7 lists or values; and that
``stream`` (the redactor) was never imported. Last, reference figures from v2's scorer for systems that need
no redactor: nothing, everything, numbers-only.
"""

from __future__ import annotations

import contextlib
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, read_kit
from bench.pii_corpus import templates as old_templates
from bench.pii_corpus.read_kit import TEEN_OF, TENS_OF
from bench.pii_corpus.v2 import templates_test as v2_test
from bench.pii_corpus.v2 import templates_tune as v2_tune
from bench.pii_corpus.v2.score import NUMERIC_TYPES, load
from bench.pii_corpus.v3 import templates as v3_templates
from bench.pii_corpus.v4 import templates as v4_templates
from bench.pii_corpus.v5 import templates as v5_templates
from bench.pii_corpus.v6 import templates as v6_templates
from bench.pii_corpus.v7 import templates as v7_templates
from bench.pii_corpus.v8 import build, templates, words
from bench.pii_corpus.v8.lexicons.export_names import earlier_words
from bench.pii_corpus.v8.speech import MONTHS, ORDINALS, TENS, UNITS, ordinal_words

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "US_SSN", "CREDIT_CARD", "LAST_FOUR", "PHONE_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_ID",
         "ZIP_CODE", "EMAIL_ADDRESS", "STREET_ADDRESS"}  # fmt: skip
DIGITS = {"US_SSN": r"\d{9}", "CREDIT_CARD": r"\d{15,16}", "PHONE_NUMBER": r"[2-9]\d{9}", "LAST_FOUR": r"\d{4}",
          "ZIP_CODE": r"\d{5}(\d{4})?"}  # fmt: skip
FAILURES: list[str] = []


def expect(ok: bool, what: str) -> None:
    if not ok:
        FAILURES.append(what)


# ---- reading digits back ----------------------------------------------------------------------------------

DIGIT_OF = {w: str(i) for i, w in enumerate(UNITS)} | {"oh": "0", "o": "0", "for": "4", "to": "2", "ate": "8"}
SKIP = {
    "uh",
    "um",
    "umm",
    "uhh",
    "erm",
    "mm",
    "ah",
    "hmm",
    "er",
    "and",
    "dash",
    "let",
    "me",
    "start",
    "over",
    "slash",
}
REPAIR = re.compile(r"\b(?:wait|actually|i mean|no|sorry)\b")
ZERO = ("oh", "o", "zero")


# the shared reader (read_kit) with this half's words
READER = read_kit.DigitReader(DIGIT_OF, frozenset(SKIP), REPAIR, ZERO, group_dead_end=True)
_read = READER.read
words_of = READER.words_of
read_digits = READER.read_digits
read_phone = READER.read_phone


def read_id(said: str) -> set[str]:
    """An ID read back (read_kit's reader), after the fillers v8 says between its letters and its digits."""
    kept = " ".join(w for w in said.replace("...", ", ").split() if w.strip(",") not in SKIP - {"dash"})
    return set(READER.read_id(kept))


ORD_OF = {w: i for i, w in enumerate(ORDINALS) if w} | {
    t[:-1] + "ieth": 10 * i for i, t in enumerate(TENS) if t
}


def _ordinals_to_numbers(t: str) -> str:
    for tens, v in TENS_OF.items():
        for w, k in ORD_OF.items():
            if k < 10:
                t = re.sub(rf"\b{tens} {w}\b", str(v + k), t)
    for w, k in sorted(ORD_OF.items(), key=lambda kv: -len(kv[0])):
        t = re.sub(rf"\b{w}\b", str(k), t)
    return re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", t)


MBI = re.compile(r"[1-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}")


def read_chars(said: str) -> str:
    """An ID read character by character (a Medicare ID: "one e g four, t e five, m k seven three")."""
    t = re.sub(r"\b([a-z]) as in [a-z\-]+", r"\1", said.lower())
    t = re.sub(r"\bdash\b|\.\.\.|[,\-]", " ", t)
    out = ""
    ws = [w for w in t.split() if w not in SKIP]
    i = 0
    while i < len(ws):
        w = ws[i]
        if w in ("double", "triple") and i + 1 < len(ws):
            out += (DIGIT_OF.get(ws[i + 1], ws[i + 1].upper())) * (2 if w == "double" else 3)
            i += 2
            continue
        out += DIGIT_OF[w] if w in DIGIT_OF and len(w) > 1 else w.upper()
        i += 1
    return out


def _year_of(y: str) -> int | None:
    """A four-digit year, or a two-digit one (the half's years are 1938-2006: 00-06 are 2000s)."""
    if len(y) == 4:
        return int(y)
    if len(y) == 2:
        return 2000 + int(y) if int(y) <= 6 else 1900 + int(y)
    return None


def read_date(said: str) -> set[str]:
    """Every date the words may be: a month named or not, the year last (four or two digits) or first."""
    t = said.lower().replace(",", " ")
    month = next((i + 1 for i, m in enumerate(MONTHS) if re.search(rf"\b{m.lower()[:3]}", t)), None)
    t = re.sub(r"\b(" + "|".join(m.lower() for m in MONTHS) + "|" + "|".join(m.lower()[:3] for m in MONTHS)
               + r")\b\.?", " ", t)  # fmt: skip
    t = re.sub(r"\b(the|of)\b", " ", _ordinals_to_numbers(t))
    ws = words_of(t)
    out: set[str] = set()
    for digits in _read(ws):
        splits = [(digits[:-4], digits[-4:]), (digits[:-2], digits[-2:]), (digits[4:], digits[:4])]
        for head, year in splits:
            y = _year_of(year)
            if y is None or not head:
                continue
            options = [(month, head)] if month else [(int(head[:c]), head[c:]) for c in range(1, len(head))]
            for mo, dd in options:
                if dd.isdigit() and len(dd) <= 2 and 1 <= int(dd) <= 31 and 1 <= mo <= 12:
                    with contextlib.suppress(ValueError):
                        out.add(date(y, mo, int(dd)).isoformat())
    return out


def read_email(said: str) -> set[str]:
    glue = {"dot": ".", "at": "@", "underscore": "_", "plus": "+"}
    outs = {""}
    run: list[str] = []
    for w in [*said.lower().split(), "."]:
        if w.isdigit() or (w in DIGIT_OF and w not in ("to", "for", "ate", "o")) or w in TEEN_OF or w in TENS_OF \
                or w in ("hundred", "thousand", "double", "triple") or (w == "and" and bool(run)):  # fmt: skip
            run.append(w)
            continue
        if run:
            outs = {o + d for o in outs for d in _read(tuple(w for w in run if w not in SKIP))}
            run = []
        outs = {o + glue.get(w, w) for o in outs}
    return {o[:-1] for o in outs}


DIRECTION_WORDS = {w.lower() for pair in words.DIRECTIONS for w in pair}
ABBR_TO_SUFFIX = {a: n for n, a in words.SUFFIX_ABBR.items()}
UNIT_ABBR = {a: n for n, a, _ in words.UNITS_C2}
ADDRESS = re.compile(r"(\d+) (?:(N|S|E|W|NE|NW|SE|SW) )?(.+?) ([A-Z][a-z]+)(?: (NE|NW|SE|SW))?"
                     r"(?: ([A-Z]+) (\d+[A-D]?))?")  # fmt: skip


def _house(said_before: str) -> set[str]:
    ws = tuple(w for w in words_of(said_before) if w not in DIRECTION_WORDS)
    return set(_read(ws)) if ws else set()


def check_address(where: str, said: str, value: str) -> None:
    low = said.lower()
    if m := re.fullmatch(r"PO Box (\d+)", value):
        expect("box" in low and m.group(1) in _house(low.split("box", 1)[1]), f"{where} PO box: {said!r}")
        return
    if m := re.fullmatch(r"RR (\d+) Box (\d+)", value):
        route, box = re.split(r"\bbox\b", re.sub(r"^(rural route|route|rr)\b", "", low), maxsplit=1)
        expect(m.group(1) in _house(route) and m.group(2) in _house(box), f"{where} rural route: {said!r}")
        return
    if m := re.fullmatch(r"(\d+) (State Hwy|US Hwy|County Road|State Rte|FM|Hwy) (\d+)", value):
        said_kind = next(k for k, s in words.HIGHWAYS if s == m.group(2))
        expect(said_kind.lower() in low, f"{where} highway kind")
        n, road = low.split(said_kind.lower())
        expect(m.group(1) in _house(n) and m.group(3) in _house(road), f"{where} highway address: {said!r}")
        return
    m = ADDRESS.fullmatch(value)
    expect(m is not None, f"{where} address value shape {value!r}")
    if m is None:
        return
    number, _pre, street, abbr, _post, unit, unit_id = m.groups()
    designators = "|".join(sorted({n.lower() for n, _, _ in words.UNITS_C2} | {a.lower() for _, a, _ in words.UNITS_C2},
                                  key=len, reverse=True))  # fmt: skip
    first = re.match(rf"({designators})\b(.*)", low) if unit else None
    name = ABBR_TO_SUFFIX.get(abbr)
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
        ws = [w for w in words_of(first.group(2).split(said_street)[0]) if w not in DIRECTION_WORDS]
        if letter:
            at = next(
                (k for k, w in enumerate(ws) if w == letter or (w[:-1].isdigit() and w[-1] == letter)), -1
            )
            expect(at >= 0, f"{where} unit letter not said")
            ws = ws[:at] + ([ws[at][:-1]] if ws[at][:-1] else []) + ["|"] + ws[at + 1 :] if at >= 0 else ws
        splits = [(ws[:k], ws[k:]) for k in range(1, len(ws))]
        if letter:
            splits = [(ws[: ws.index("|")], ws[ws.index("|") + 1 :])] if "|" in ws else []
        ok = any(digits_part in set(_read(tuple(u))) and number in set(_read(tuple(h))) for u, h in splits)
        expect(ok, f"{where} unit and house number do not read back: {said!r}")
        return
    expect(number in _house(head), f"{where} house number does not read back: {said!r}")
    if unit:
        tail = low.split(said_street)[-1]
        said_unit = UNIT_ABBR[unit].lower()
        expect(said_unit in tail or unit.lower() in tail or "#" in tail, f"{where} unit designator not said")
        after = re.split(rf"\b{said_unit}\b|\b{unit.lower()}\b|#", tail)[-1]
        digits_part = unit_id.rstrip("ABCD")
        letter = unit_id[len(digits_part) :].lower()
        said_id = re.sub(rf"\b{letter}\b$", "", after.strip()) if letter else after
        compact = said_id.replace(letter, "") if letter and said_id.strip().endswith(letter) else said_id
        expect(digits_part in _house(compact) and (not letter or letter in after),
               f"{where} unit does not read back: {said!r}")  # fmt: skip


def check_values(lines: list[dict[str, Any]]) -> None:
    for x in lines:
        for e in x["entities"]:
            said, value, kind, where = x["text"][e["start"] : e["end"]], e["value"], e["type"], x["id"]
            try:
                if kind in DIGITS:
                    expect(re.fullmatch(DIGITS[kind], value) is not None, f"{where} {kind} value shape")
                    read = read_phone(said) if kind == "PHONE_NUMBER" else read_digits(said)
                    expect(value in read, f"{where} {kind} does not read back: {said!r}")
                    if kind == "CREDIT_CARD":
                        expect(
                            check_kit.luhn_ok(value) and value[0] in "3456", f"{where} card not Luhn-valid"
                        )
                    if kind == "US_SSN":
                        expect(value[:3] not in ("000", "666") and value[0] != "9", f"{where} SSN area")
                elif kind == "ACCOUNT_ID" and MBI.fullmatch(value):
                    expect(read_chars(said) == value, f"{where} Medicare ID does not read back: {said!r}")
                elif kind == "ACCOUNT_ID":
                    expect(re.fullmatch(r"[A-Z]{0,3}\d{7,12}", value) is not None, f"{where} ID value shape")
                    expect(value in read_id(said), f"{where} ID does not read back: {said!r}")
                elif kind == "DATE_OF_BIRTH":
                    expect(value in read_date(said), f"{where} date does not read back: {said!r}")
                elif kind == "EMAIL_ADDRESS":
                    expect(
                        re.fullmatch(r"[a-z0-9._+]+@[a-z0-9]+\.[a-z]+", value) is not None, f"{where} e-mail"
                    )
                    ok = said == value if e["form"] == "written" else value in read_email(said)
                    expect(ok, f"{where} e-mail does not read back: {said!r}")
                elif kind == "STREET_ADDRESS":
                    check_address(where, said, value)
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


def mutants_caught(lines: list[dict[str, Any]]) -> tuple[int, int]:
    """How many one-value mutants (one entity's value changed by one character) ``check_values`` rejects."""
    return check_kit.mutants_caught(lines, check_values, FAILURES)


# ---- format, spans, counts ----------------------------------------------------------------------------------


def check_format(lines: list[dict[str, Any]]) -> None:
    FAILURES.extend(check_kit.format_failures(lines, build.N, "v8"))


def check_counts(lines: list[dict[str, Any]]) -> None:
    ents = [e for x in lines for e in x["entities"]]
    expect(
        len(lines) == 600 and 560 <= len(ents) <= 700, f"size: {len(lines)} utterances, {len(ents)} entities"
    )
    expect(sum(e["type"] == "PERSON" for e in ents) >= 130, "fewer than 130 names")
    expect({e["type"] for e in ents} == TYPES, "not all ten types")
    expect(sum(e["type"] == "STREET_ADDRESS" for e in ents) >= 60, "fewer than 60 addresses")
    spoken_numeric = [e for e in ents if e["type"] in NUMERIC_TYPES and e["form"] in ("spoken", "mixed")]
    expect(len(spoken_numeric) >= 150, "fewer than 150 spoken numeric identifiers")
    no_pii = [x for x in lines if not x["entities"]]
    expect(len(no_pii) >= 150, "too few utterances without PII")


# ---- independence -------------------------------------------------------------------------------------------


def check_independence(lines: list[dict[str, Any]]) -> None:
    halves = (v2_tune, v2_test, v3_templates, v4_templates, v5_templates, v6_templates, v7_templates)
    FAILURES.extend(check_kit.phrase_failures(lines, templates, check_kit.template_texts(old_templates, halves),
                                              "v2-v7/old"))  # fmt: skip
    earlier = earlier_words()
    reused = {w for x in lines for e in x["entities"] if e["type"] == "PERSON"
              for w in re.findall(r"[a-z']+", e["value"].lower()) if w in earlier}  # fmt: skip
    expect(not reused, f"{len(reused)} PERSON words reused from v2-v7")
    streets = {w.lower() for s in words.STREET_WORDS for w in s.split()} | {
        n[0].lower() for n in words.STREET_NAMES
    }
    expect(not streets & earlier, f"street words on a v2-v7 list: {sorted(streets & earlier)}")


def _card_values(lines: list[dict[str, Any]]) -> list[str]:
    return [e["value"] for x in lines for e in x["entities"] if e["type"] == "CREDIT_CARD"]


def main() -> None:
    committed = load(HERE / "test.jsonl")
    FAILURES.extend(
        f"card value {v} fails the Luhn check" for v in _card_values(committed) if not check_kit.luhn_ok(v)
    )
    expect(build.build() == committed, "test.jsonl is not what build.py writes")
    check_format(committed)
    check_values(committed)
    check_counts(committed)
    check_independence(committed)
    caught, total = mutants_caught(committed)
    expect(caught == total, f"only {caught} of {total} one-value mutants were caught")
    print(f"one-value mutants caught: {caught}/{total}\n")
    check_kit.finish(committed, FAILURES, shown=60)


if __name__ == "__main__":
    main()
