"""The mix v15's README table quotes, counted in the committed ``test.jsonl``: ``python
bench/pii_corpus/v15/mix.py``.

It reads only the corpus and v15's own word lists (never a redactor, never a score), so anyone can see that
the shares in the README are what the file holds. Counts are of entities unless a row says utterances.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus.speech_kit import TEENS, TENS
from bench.pii_corpus.v2.score import NUMERIC_TYPES, load
from bench.pii_corpus.v15 import words
from bench.pii_corpus.v15.speech import FILLERS, HOMOPHONES, RESTART

HERE = Path(__file__).resolve().parent
PAIR_WORDS = {*TEENS, *(t for t in TENS if t)}
SURNAME_GROUP = {n[0]: n[1] for n in reversed(words.SURNAMES)}  # a name in two groups counts in its first
UNIT_ABBRS = {a for _, a, _ in words.UNITS_C2}
DIRECTION_ABBRS = {a for _, a in words.DIRECTIONS}
WEBMAIL = {d for _, d in words.MAIL}
NON_US_MAIL = {"gmx.de", "orange.fr", "rogers.com", "naver.com", "qq.com", "yahoo.ca"}
FILLER_WORDS = {w for f in FILLERS for w in f.split()} | {"er"}
COUNTRY = ("one ", "1 ", "+1")
MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
DOB_WAYS = {
    "month first": re.compile(rf"^({MONTHS})\b"),
    "day first": re.compile(r"^(the )?[a-z ]+?(st|nd|rd|th) of "),
    "digits off a form": re.compile(r"^(oh|zero|one) "),
}


def said(x: dict[str, Any], e: dict[str, Any]) -> str:
    return str(x["text"][e["start"] : e["end"]]).lower()


def _in(pool: set[str], text: str) -> bool:
    return bool(pool & set(text.replace(",", " ").split()))


def _is_medicare(value: str) -> bool:
    return len(value) == 11 and value[0].isdigit() and value[1].isalpha()


def _numbered_street(parts: list[str]) -> bool:
    name = parts[2] if len(parts) > 2 and parts[1] in DIRECTION_ABBRS else parts[1]
    return re.fullmatch(r"\d+(st|nd|rd|th)", name) is not None


def _rural(parts: list[str]) -> bool:
    return parts[0] in ("PO", "RR") or bool({"Hwy", "Road", "FM", "Rte"} & set(parts))


def _counted(counts: Counter[str]) -> str:
    return ", ".join(f"{k} {n}" for k, n in counts.most_common())


def mix(lines: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(row label, what the file holds) for each row of the README's mix table."""
    ents = [(x, e) for x in lines for e in x["entities"]]
    rows: list[tuple[str, str]] = []

    def share(label: str, items: list[Any], holds: Callable[[Any], bool]) -> None:
        n = sum(holds(i) for i in items)
        rows.append((label, f"{n} of {len(items)} ({100 * n / max(len(items), 1):.0f}%)"))

    def of(kind: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        return [(x, e) for x, e in ents if e["type"] == kind]

    rows.append(("entity types", _counted(Counter(e["type"] for _, e in ents))))
    share("utterances without PII", lines, lambda x: not x["entities"])
    rows.append(("transcript styles (utterances)", _counted(Counter(x["form"] for x in lines))))
    num = [said(x, e) for x, e in ents if e["type"] in NUMERIC_TYPES and e["form"] in ("spoken", "mixed")]
    zeros = [
        said(x, e)
        for x, e in ents
        if e["type"] in NUMERIC_TYPES and e["form"] == "spoken" and "0" in e["value"]
    ]
    share("spoken numeric: a group said as a pair or teen", num, lambda t: _in(PAIR_WORDS, t))
    share('spoken numeric holding a 0: "oh" said', zeros, lambda t: _in({"oh"}, t))
    share('spoken numeric: "double"/"triple"', num, lambda t: _in({"double", "triple"}, t))
    share("spoken numeric: a filler between groups", num, lambda t: _in(FILLER_WORDS, t))
    share("spoken numeric: a self-repair or restart", num, lambda t: _in({"sorry", "no", "wait", "mean"}, t))
    share("  of them restarts", num, lambda t: RESTART.lower() in t)
    share('spoken numeric: "dash" said', num, lambda t: _in({"dash"}, t))
    share('spoken numeric: a homophone digit ("for", "to")', num, lambda t: _in(set(HOMOPHONES.values()), t))
    share("phones with the country code said", of("PHONE_NUMBER"), lambda p: said(*p).startswith(COUNTRY))
    share("utterances with a phone number said twice", lines,
          lambda x: sum(e["type"] == "PHONE_NUMBER" for e in x["entities"]) == 2)  # fmt: skip
    ids = of("ACCOUNT_ID")
    share("IDs that are Medicare IDs", ids, lambda p: _is_medicare(p[1]["value"]))
    share("IDs with letters before the digits", ids, lambda p: p[1]["value"][0].isalpha())
    share('IDs with a letter said "as in"', ids, lambda p: " as in " in said(*p))
    names = of("PERSON")
    spelled = [p for p in names if p[1]["form"] == "spelled"]
    share("names spelled letter by letter", names, lambda p: p[1]["form"] == "spelled")
    share('  spellings with a letter "as in"', spelled, lambda p: " as in " in said(*p))
    full = [e["value"].split()[-1] for _, e in names if e["form"] == "plain" and " " in e["value"]]
    groups = Counter(SURNAME_GROUP.get(s, "?") for s in full)
    rows.append((f"full names by family-name group (of {len(full)})", _counted(groups)))
    dobs = of("DATE_OF_BIRTH")
    spoken = [said(x, e) for x, e in dobs if e["form"] == "spoken"]
    ways = Counter(next((k for k, p in DOB_WAYS.items() if p.search(s)), "year first") for s in spoken)
    rows.append((f"birth dates said (of {len(dobs)}; {len(dobs) - len(spoken)} written)", _counted(ways)))
    addrs = [e["value"].split() for _, e in of("STREET_ADDRESS")]
    share("addresses with a unit", addrs, lambda a: len(a) > 3 and a[-2] in UNIT_ABBRS)
    share("addresses with a directional", addrs, lambda a: bool(DIRECTION_ABBRS & set(a)))
    share("addresses on a numbered street", addrs, lambda a: len(a) > 2 and _numbered_street(a))
    share("PO box, rural route or highway", addrs, _rural)
    mails = [e["value"].split("@")[1] for _, e in of("EMAIL_ADDRESS")]
    rows.append((f"e-mail domains (of {len(mails)})", _counted(Counter(mails))))
    share("  non-US providers", mails, lambda d: d in NON_US_MAIL)
    share("  a business domain", mails, lambda d: d not in WEBMAIL)
    kinds = Counter(d["kind"] for x in lines for d in x["distractors"])
    rows.append((f"kept non-PII values (of {sum(kinds.values())})", _counted(kinds)))
    return rows


if __name__ == "__main__":
    for label, value in mix(load(HERE / "test.jsonl")):
        print(f"| {label} | {value} |")
