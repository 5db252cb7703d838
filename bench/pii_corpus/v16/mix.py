"""Count the shares v16's README mix table quotes, in the committed ``test.jsonl``: ``python
bench/pii_corpus/v16/mix.py``.

It reads the corpus and v16's own lists only (no redactor, no score), so a reader can see that each share in
the README is what the file holds. Counts are of entities unless a row says utterances.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.speech_kit import TEENS, TENS
from bench.pii_corpus.v2.score import NUMERIC_TYPES, load
from bench.pii_corpus.v16 import words
from bench.pii_corpus.v16.speech import FILLERS, HOMOPHONES, REPAIRS, RESTART

HERE = Path(__file__).resolve().parent
Row = tuple[str, str]
GROUP_OF = {name: group for name, group, _ in reversed(words.SURNAMES)}
WEBMAIL = {domain for _, domain in words.MAIL}
ABROAD = {"gmx.net", "laposte.net", "hotmail.fr", "web.de", "yandex.ru", "rediffmail.com", "shaw.ca"}
UNIT_ABBRS = {abbr for _, abbr, _ in words.UNITS_C2}
DIRECTIONALS = {abbr for _, abbr in words.DIRECTIONS}
PAIR_WORDS = {w for w in (*TEENS, *TENS) if w}
FILLED = {w for f in FILLERS for w in f.split()} - {"let's", "see"} | {"let's see"}
MONTH = re.compile(
    r"^(january|february|march|april|may|june|july|august|september|october|november|december)\b"
)


def _text(x: dict[str, Any], e: dict[str, Any]) -> str:
    return str(x["text"][e["start"] : e["end"]]).lower()


def _has(text: str, any_of: Iterable[str]) -> bool:
    flat = " " + re.sub(r"[,.]", " ", text) + " "
    return any(f" {w} " in flat for w in any_of)


def _pct(label: str, pool: list[Any], test: Callable[[Any], bool]) -> Row:
    hit = sum(1 for p in pool if test(p))
    return label, f"{hit} of {len(pool)} ({round(100 * hit / len(pool)) if pool else 0}%)"


def _tally(c: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in c.most_common())


def _dob_way(text: str) -> str:
    if MONTH.search(text):
        return "month first"
    if " of " in text:
        return "day first"
    return "digits off a form" if text.split()[0] in ("oh", "zero", "one") else "year first"


def mix(lines: list[dict[str, Any]]) -> list[Row]:
    """Each row of the README's mix table: (label, what the file holds)."""
    pairs = [(x, e) for x in lines for e in x["entities"]]
    typed: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for x, e in pairs:
        typed.setdefault(e["type"], []).append((x, e))
    spoken = [
        _text(x, e) for x, e in pairs if e["type"] in NUMERIC_TYPES and e["form"] in ("spoken", "mixed")
    ]
    with_zero = [_text(x, e) for x, e in pairs if e["type"] in NUMERIC_TYPES and e["form"] == "spoken"
                 and "0" in e["value"]]  # fmt: skip
    names = typed["PERSON"]
    spellings = [_text(x, e) for x, e in names if e["form"] == "spelled"]
    full = [e["value"].split()[-1] for _, e in names if e["form"] == "plain" and " " in e["value"]]
    said_dobs = [_text(x, e) for x, e in typed["DATE_OF_BIRTH"] if e["form"] == "spoken"]
    addresses = [e["value"].split() for _, e in typed["STREET_ADDRESS"]]
    domains = [e["value"].rsplit("@", 1)[1] for _, e in typed["EMAIL_ADDRESS"]]
    ids = [e["value"] for _, e in typed["ACCOUNT_ID"]]
    return [
        ("entity types", _tally(Counter(e["type"] for _, e in pairs))),
        _pct("utterances without PII", lines, lambda x: not x["entities"]),
        ("transcript styles (utterances)", _tally(Counter(x["form"] for x in lines))),
        _pct("spoken numeric: a group said as a pair or teen", spoken, lambda t: _has(t, PAIR_WORDS)),
        _pct('spoken numeric holding a 0: "oh" said', with_zero, lambda t: _has(t, ["oh"])),
        _pct('spoken numeric: "double"/"triple"', spoken, lambda t: _has(t, ["double", "triple"])),
        _pct("spoken numeric: a filled pause inside", spoken, lambda t: _has(t, FILLED)),
        _pct(
            "spoken numeric: a self-repair or restart",
            spoken,
            lambda t: _has(t, [*(r.lower() for r in REPAIRS), "wait"]),
        ),
        _pct("  of them restarts", spoken, lambda t: RESTART.replace(",", "") in t.replace(",", "")),
        _pct('spoken numeric: "dash" said', spoken, lambda t: _has(t, ["dash"])),
        _pct(
            'spoken numeric: a homophone digit ("for", "to")', spoken, lambda t: _has(t, HOMOPHONES.values())
        ),
        _pct(
            "phones with the country code said",
            typed["PHONE_NUMBER"],
            lambda p: _text(*p).startswith(("one ", "1 ", "+1")),
        ),
        _pct(
            "utterances with a phone number said twice",
            lines,
            lambda x: [e["type"] for e in x["entities"]].count("PHONE_NUMBER") == 2,
        ),
        _pct("IDs that are Medicare IDs", ids, lambda v: len(v) == 11 and v[0].isdigit() and v[1].isalpha()),
        _pct("IDs starting with letters", ids, lambda v: v[0].isalpha()),
        _pct('IDs with a letter said "as in"', typed["ACCOUNT_ID"], lambda p: " as in " in _text(*p)),
        _pct("names spelled letter by letter", names, lambda p: p[1]["form"] == "spelled"),
        _pct('  spellings with a letter "as in"', spellings, lambda t: " as in " in t),
        (
            f"full names by family-name group (of {len(full)})",
            _tally(Counter(GROUP_OF.get(s, "?") for s in full)),
        ),
        (
            f"birth dates said (of {len(typed['DATE_OF_BIRTH'])}; {len(typed['DATE_OF_BIRTH']) - len(said_dobs)} "
            "written)",
            _tally(Counter(_dob_way(t) for t in said_dobs)),
        ),
        _pct("addresses with a unit", addresses, lambda a: len(a) > 3 and a[-2] in UNIT_ABBRS),
        _pct("addresses with a directional", addresses, lambda a: bool(DIRECTIONALS & set(a))),
        _pct(
            "addresses on a numbered street",
            addresses,
            lambda a: any(re.fullmatch(r"\d+(st|nd|rd|th)", w) for w in a[1:3]),
        ),
        _pct(
            "PO box, rural route or highway",
            addresses,
            lambda a: a[0] in ("PO", "RR") or bool({"Hwy", "FM", "Rte", "Road"} & set(a)),
        ),
        (f"e-mail domains (of {len(domains)})", _tally(Counter(domains))),
        _pct("  non-US providers", domains, lambda d: d in ABROAD),
        _pct("  a business domain", domains, lambda d: d not in WEBMAIL),
        ("kept non-PII values", _tally(Counter(d["kind"] for x in lines for d in x["distractors"]))),
    ]


if __name__ == "__main__":
    for label, held in mix(load(HERE / "test.jsonl")):
        print(f"| {label} | {held} |")
