"""Check the committed v5 test half without any redactor: ``python bench/pii_corpus/v5/check.py``.

It checks that ``test.jsonl`` is what the seeded ``build.py`` writes; that every line has v2's line format
and loads with ``bench/pii_eval.py``'s loader (``bench.pii_corpus.v2.score.load``); that every gold span lies
on word boundaries and reads back to its canonical value (digits decoded from words, dates, IDs letter by
letter, e-mails rebuilt from "dot"/"at", names and spellings); that v2's scorer scores it (nothing caught by
an empty prediction, everything by a full one; plus two reference systems without callpulse code); and that
nothing is shared with the earlier corpora: no four-word phrase of the v2/v3/v4/old templates in the v5
templates or in the text around the values, no name word of their lists or PERSON values. It never imports
``stream`` (the redactor) and prints no redactor output. Exit status 1 on any failure.
"""

from __future__ import annotations

import contextlib
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit
from bench.pii_corpus import templates as old_templates
from bench.pii_corpus.v2 import templates_test as v2_test
from bench.pii_corpus.v2 import templates_tune as v2_tune
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v3 import templates as v3_templates
from bench.pii_corpus.v4 import templates as v4_templates
from bench.pii_corpus.v5 import build, templates, words
from bench.pii_corpus.v5.lexicons.export_census import earlier_words
from bench.pii_corpus.v5.speech import MONTHS, ORDINALS, TENS, UNITS, decode

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_ID", "ZIP_CODE",
         "EMAIL_ADDRESS", "STREET_ADDRESS", "LAST_FOUR"}  # fmt: skip
DIGITS = {"US_SSN": r"\d{9}", "CREDIT_CARD": r"\d{15,16}", "PHONE_NUMBER": r"[2-9]\d{9}",
          "ZIP_CODE": r"\d{5}(\d{4})?", "LAST_FOUR": r"\d{4}"}  # fmt: skip
FAILURES: list[str] = []


def expect(ok: bool, what: str) -> None:
    if not ok:
        FAILURES.append(what)


def repairs(said: str) -> list[str]:
    """The span, and for a repair ("... five two no five three ...") the span with 1-8 words before "no"
    dropped (the caller's wrong group)."""
    parts = re.split(r"[.,]*\s+no\b[,.]*", said, maxsplit=1)
    if len(parts) == 1:
        return [said]
    ws = parts[0].split()
    return [said] + [" ".join(ws[: len(ws) - k]) + " " + parts[1] for k in range(1, min(9, len(ws) + 1))]


# ---- values ---------------------------------------------------------------------------------------------


def read_digits(said: str) -> set[str]:
    out = set()
    for s in repairs(said):
        d = decode(re.sub(r"[()+\-./]", " ", s))
        out |= {d, d[1:] if len(d) == 11 and d[0] == "1" else d}
    return out


LETTER_OF = {w.lower(): c for c, ws in words.AS_IN.items() for w in ws}


def read_letters_digits(said: str) -> str:
    """An ID or an e-mail local part as said: letters ("k", "K as in king"), digit words, numerals."""
    ws = re.findall(r"[a-z0-9]+(?:-[a-z]+)?", said.lower())
    out: list[str] = []
    run: list[str] = []
    i = 0
    while i < len(ws):
        w = ws[i]
        if ws[i + 1 : i + 3] == ["as", "in"]:
            out += [decode(" ".join(run)), w.upper()]
            run = []
            i += 4
            continue
        if re.fullmatch(r"[a-z]+\d*|[a-z]+\d+[a-z]*", w) and w not in NUMBER_WORDS:
            out += [decode(" ".join(run)), re.sub(r"\d+", lambda m: m.group(), w.upper())]
            run = []
        else:
            run.append(w)
        i += 1
    out.append(decode(" ".join(run)))
    return "".join(out)


NUMBER_WORDS = set(UNITS) | {t for t in TENS if t} | {"oh", "double", "triple", "hundred", "for", "to", "too",
                                                      "ate", "won", "uh", "um", "hmm", "uhh", "er", "no", "ten",
                                                      "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                                      "sixteen", "seventeen", "eighteen", "nineteen"}  # fmt: skip


def read_id(said: str) -> set[str]:
    return {read_letters_digits(s) for s in repairs(said)}


ORD_NUM = {w: i for i, w in enumerate(ORDINALS) if w} | {"thirtieth": 30}


def read_date(said: str) -> set[str]:
    """Every YYYY-MM-DD a date of birth as said or written may mean."""
    t = said.lower().replace(",", " ")
    month = next((i + 1 for i, m in enumerate(MONTHS) if re.search(rf"\b{m.lower()[:3]}", t)), None)
    t = re.sub(
        r"\b("
        + "|".join(m.lower() for m in MONTHS)
        + r"|"
        + "|".join(m.lower()[:3] for m in MONTHS)
        + r")\b\.?",
        " ",
        t,
    )
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", t)
    for tens, v in (("twenty", 20), ("thirty", 30)):
        for w, k in ORD_NUM.items():
            if k < 10:
                t = re.sub(rf"\b{tens} {w}\b", str(v + k), t)
    for w, k in sorted(ORD_NUM.items(), key=lambda kv: -len(kv[0])):
        t = re.sub(rf"\b{w}\b", f"{k:02d}", t)
    t = re.sub(
        r"\btwo thousand (" + "|".join(UNITS[1:]) + r")\b", lambda m: f"200{UNITS.index(m.group(1))}", t
    )
    t = t.replace("two thousand", "2000")
    t = re.sub(r"\b(the|of)\b", " ", t)
    digits = decode(re.sub(r"[/\-]", " ", t))
    out = set()
    for y in range(1930, 2010):
        for m in [month] if month else range(1, 13):
            for d in range(1, 32):
                with contextlib.suppress(ValueError):
                    iso = date(y, m, d).isoformat()
                    days = {str(d), f"{d:02d}"}
                    years = {str(y), f"{y % 100:02d}"}
                    months = {""} if month else {str(m), f"{m:02d}"}
                    if digits in {a + b + c for a in months for b in days for c in years}:
                        out.add(iso)
    return out


def read_email(said: str) -> str:
    glue = {"dot": ".", "underscore": "_", "dash": "-", "at": "@", "plus": "+"}
    t = re.sub(r"\b([a-z]) as in [a-z\-]+", r"\1", said.lower())
    t = re.sub(
        r"\btwo thousand(?: (" + "|".join(UNITS[1:]) + r"))?\b",
        lambda m: f"200{UNITS.index(m.group(1))}" if m.group(1) else "2000",
        t,
    )
    out, run = [], []
    for w in [*t.split(), "dot"]:
        if (w in NUMBER_WORDS and w not in ("to", "for")) or w.isdigit():
            run.append(w)
            continue
        if run:
            out.append(decode(" ".join(run)))
            run = []
        out.append(glue.get(w, w))
    return "".join(out)[:-1]


DIRECTION_WORDS = r"\b(north|south|east|west|northeast|northwest|southeast|southwest|[nsew]|[ns][ew])\b"


def read_house_number(said: str, street: str) -> str:
    """The house number of an address as said: the numerals or number words before the street name. For an
    ordinal street said in words ("... forty second terrace") the words of the ordinal are left out."""
    if said[0].isdigit():
        return said.split()[0]
    if street in said:
        return decode(re.sub(DIRECTION_WORDS, "", said.split(street)[0]))
    ws = said.split()
    k = next(i for i, w in enumerate(ws) if w in ORD_NUM or w.endswith("th"))  # the ordinal street in words
    n = int(re.sub(r"\D", "", street))
    rest = n % 100
    said_street = (1 + (rest > 20 and rest % 10 != 0)) + (2 if n >= 100 and rest else 1 if n >= 100 else 0)
    # "forty second": two words; "one hundred nineteenth": three; "one hundredth": two
    return decode(re.sub(DIRECTION_WORDS, "", " ".join(ws[: k + 1 - said_street])))


def check_values(lines: list[dict[str, Any]]) -> None:
    suffix_abbr = dict(words.USPS_SUFFIXES)
    for x in lines:
        for e in x["entities"]:
            said, value, kind, where = x["text"][e["start"] : e["end"]], e["value"], e["type"], x["id"]
            if kind in DIGITS:
                expect(bool(re.fullmatch(DIGITS[kind], value)), f"{where} {kind} value shape")
                expect(value in read_digits(said), f"{where} {kind} does not read back: {said!r}")
                if kind == "CREDIT_CARD":
                    expect(check_kit.luhn_ok(value) and value[0] in "3456", f"{where} card not Luhn-valid")
            elif kind == "ACCOUNT_ID":
                expect(bool(re.fullmatch(r"[A-Z]{0,3}\d{6,12}", value)), f"{where} ID value shape")
                expect(value in read_id(said), f"{where} ID does not read back: {said!r}")
            elif kind == "DATE_OF_BIRTH":
                expect(value in read_date(said), f"{where} date does not read back: {said!r}")
            elif kind == "EMAIL_ADDRESS":
                expect(bool(re.fullmatch(r"[a-z0-9._+]+@[a-z0-9]+\.[a-z]+", value)), f"{where} e-mail shape")
                expect((said == value) if e["form"] == "written" else read_email(said) == value,
                       f"{where} e-mail does not read back: {said!r}")  # fmt: skip
            elif kind == "STREET_ADDRESS":
                m = re.fullmatch(
                    r"(\d+) (?:(N|S|E|W|NE|NW|SE|SW) )?(.+?) ([A-Z][a-z]+)(?: ([A-Z]+) ([0-9A-Z]+))?", value
                )
                expect(m is not None, f"{where} address value shape {value!r}")
                if m is None:
                    continue
                low = said.lower()
                name = next(n for n, a in words.USPS_SUFFIXES if a == m.group(4))
                expect(suffix_abbr.get(name) == m.group(4) and (name.lower() in low or m.group(4).lower() in low),
                       f"{where} address suffix")  # fmt: skip
                street = m.group(3).lower()
                expect(street in low or street[0].isdigit(), f"{where} street name not said")
                expect(
                    read_house_number(low, street) == m.group(1),
                    f"{where} house number does not read back: {said!r}",
                )
            elif kind == "PERSON":
                if e["form"] == "spelled":
                    expect(
                        check_kit.read_spelling(said, "") == check_kit.letters(value),
                        f"{where} spelling does not read back",
                    )
                else:
                    ws = said.split()
                    kept = [
                        w for k, w in enumerate(ws) if not (0 < k < len(ws) - 1 and len(w.strip(".")) == 1)
                    ]
                    expect(
                        check_kit.letters(" ".join(kept)) == check_kit.letters(value),
                        f"{where} name does not read back",
                    )


# ---- format and spans -------------------------------------------------------------------------------------


def check_format(lines: list[dict[str, Any]]) -> None:
    FAILURES.extend(check_kit.format_failures(lines, build.N, "v5"))
    no_pii = [x for x in lines if not x["entities"]]
    expect(
        sum(bool(x["distractors"]) for x in no_pii) >= 0.85 * len(no_pii),
        "too few no-PII utterances with a number",
    )


# ---- independence ----------------------------------------------------------------------------------------


def check_independence(lines: list[dict[str, Any]]) -> None:
    theirs = check_kit.template_texts(old_templates, (v2_tune, v2_test, v3_templates, v4_templates))
    FAILURES.extend(check_kit.phrase_failures(lines, templates, theirs, "v2/v3/v4/old"))
    earlier = earlier_words()
    reused = {w for x in lines for e in x["entities"] if e["type"] == "PERSON"
              for w in re.findall(r"[a-z']+", e["value"].lower()) if w in earlier}  # fmt: skip
    expect(not reused, f"{len(reused)} PERSON words reused from v2/v3/v4")


def main() -> None:
    committed = load(HERE / "test.jsonl")
    expect(build.build() == committed, "test.jsonl is not what build.py writes")
    check_format(committed)
    check_values(committed)
    check_independence(committed)
    check_kit.finish(committed, FAILURES)


if __name__ == "__main__":
    main()
