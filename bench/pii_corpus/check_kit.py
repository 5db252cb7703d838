"""What the test halves' ``check.py`` (v5, v6, v7) share: the line-format and span checks, the four-word-phrase
check against earlier templates, the Luhn check of card values (``luhn_ok``, also used by the v4 test), the
one-value mutants that prove a half's value readers catch a changed value (v6, v7), and the reference figures
of systems that need no redactor.

Each function returns failure messages (never the corpus text around them, so a test half's phrasing is not
printed); each half's ``check.py`` keeps its own value readers and counts and collects the messages.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

from bench.pii_corpus.v2.baseline import numbers_only
from bench.pii_corpus.v2.score import identifying_tokens, score

Line = dict[str, Any]
TYPES = frozenset({"PERSON", "US_SSN", "CREDIT_CARD", "LAST_FOUR", "PHONE_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_ID",
                   "ZIP_CODE", "EMAIL_ADDRESS", "STREET_ADDRESS"})  # fmt: skip
ENTITY_FORMS = ("spoken", "written", "mixed", "plain", "spelled")


def luhn_ok(digits: str) -> bool:
    """The Luhn check digit holds: the one home of the card check the halves' checks and tests use (a card
    value that fails it is not a card a real issuer would print, so a half must not hold one)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def format_failures(lines: list[Line], n: int, half: str) -> list[str]:
    """v2's line format; ids unique; lower-case styles without punctuation; spans inside the text, on word
    boundaries, trimmed and disjoint; every entity with identifying tokens for v2's scorer."""
    out: list[str] = []

    def expect(ok: bool, what: str) -> None:
        if not ok:
            out.append(what)

    expect(len(lines) == n and len({x["id"] for x in lines}) == len(lines), "ids")
    for x in lines:
        expect(set(x) == {"id", "text", "form", "template", "entities", "distractors"}, f"{x['id']} keys")
        expect(x["form"] in ("raw", "punct", "numerals", "smart"), f"{x['id']} form")
        expect(bool(re.fullmatch(rf"{half}/(pii|no_pii)/\d+", x["template"])), f"{x['id']} template")
        if x["form"] in ("raw", "numerals"):
            expect(
                x["text"] == x["text"].lower() and not re.search(r"[,?!;]", x["text"]),
                f"{x['id']} lower/punct",
            )
        for e in x["entities"]:
            expect(
                set(e) == {"start", "end", "type", "value", "form"} and e["type"] in TYPES,
                f"{x['id']} entity",
            )
            expect(e["form"] in ENTITY_FORMS, f"{x['id']} entity form")
        for d in x["distractors"]:
            expect(set(d) == {"start", "end", "kind"}, f"{x['id']} distractor keys")
        text = x["text"]
        spans = sorted(
            [(e["start"], e["end"]) for e in x["entities"]]
            + [(d["start"], d["end"]) for d in x["distractors"]]
        )
        for s, e in spans:
            expect(0 <= s < e <= len(text) and text[s:e] == text[s:e].strip(" ,"), f"{x['id']} span trimmed")
            expect(s == 0 or not text[s - 1].isalnum(), f"{x['id']} span starts mid-word")
            expect(e == len(text) or not text[e].isalnum(), f"{x['id']} span ends mid-word")
        expect(all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), f"{x['id']} spans overlap")
        for e in x["entities"]:
            expect(
                bool(identifying_tokens(text, e["start"], e["end"], e["type"])),
                f"{x['id']} no identifying token",
            )
    return out


def four_grams(texts: Iterable[str]) -> set[tuple[str, ...]]:
    """Every run of four words of the texts, outside ``{SLOT}``s, lower case."""
    out: set[tuple[str, ...]] = set()
    for t in texts:
        for seg in re.split(r"\{[^}]*\}", t.lower()):
            ws = re.findall(r"[a-z0-9']+", seg)
            out |= {tuple(ws[i : i + 4]) for i in range(len(ws) - 3)}
    return out


def template_texts(old: ModuleType, halves: Iterable[ModuleType]) -> list[str]:
    """The old generator's templates (DEV, HELDOUT) and every half's PII, NO_PII, FILLERS and LEAD_INS."""
    out: list[str] = list(old.DEV) + list(old.HELDOUT)
    for m in halves:
        out += m.PII + m.NO_PII + m.FILLERS + list(getattr(m, "LEAD_INS", []))
    return out


def phrase_failures(lines: list[Line], mine: ModuleType, theirs: list[str], earlier: str) -> list[str]:
    """Templates of ``mine``, and rendered text around the values, that share a four-word phrase with
    ``theirs`` (which lines is not printed)."""
    grams = four_grams(theirs)
    out = []
    for part in ("PII", "NO_PII", "FILLERS", "LEAD_INS"):
        shared = [i for i, t in enumerate(getattr(mine, part)) if four_grams([t]) & grams]
        if shared:
            out.append(f"{part} templates {shared} share a four-word phrase with {earlier} (not printed)")
    count = 0
    for x in lines:
        text, at, pieces = x["text"], 0, []
        for s, e in sorted(
            [(e["start"], e["end"]) for e in x["entities"]]
            + [(d["start"], d["end"]) for d in x["distractors"]]
        ):
            pieces.append(text[at:s])
            at = e
        pieces.append(text[at:])
        count += bool(four_grams(["{X}".join(pieces)]) & grams)
    if count:
        out.append(f"{count} utterances share a four-word phrase with earlier templates (not printed)")
    return out


def reference_figures(lines: list[Line]) -> tuple[str, list[str]]:
    """v2's scorer on systems that need no redactor (nothing, everything, numbers-only): the table, and a
    failure if an empty prediction catches something or a full one misses something."""
    n_ent = sum(len(x["entities"]) for x in lines)
    systems: dict[str, Callable[[str], list[tuple[int, int]]]] = {
        "nothing": lambda t: [], "everything": lambda t: [(0, len(t))], "numbers-only": numbers_only}  # fmt: skip
    rows = [
        "| system | entity recall | spoken numeric | partial leaks | preservation |",
        "|---|---|---|---|---|",
    ]
    failures = []
    for name, system in systems.items():
        r = score(lines, [system(x["text"]) for x in lines])
        rows.append(f"| {name} | {r.recall} | {r.spoken_numeric} | {r.partial_leaks} | {r.preservation} |")
        if name == "nothing" and r.recall.hit != 0:
            failures.append("an empty prediction catches something")
        if name == "everything" and r.recall.hit != n_ent:
            failures.append("a full prediction misses something")
    return "\n".join(rows), failures


def finish(lines: list[Line], failures: list[str], shown: int = 40) -> None:
    """Print the reference figures and the failures, check the redactor was never imported, exit 1 on any."""
    table, more = reference_figures(lines)
    failures += more
    if any(m == "stream" or m.startswith("stream.") for m in sys.modules):
        failures.append("the redactor was imported")
    print(table)
    n_ent = sum(len(x["entities"]) for x in lines)
    print(f"\n{len(lines)} utterances, {n_ent} entities; {len(failures)} failures")
    for f in failures[:shown]:
        print("FAIL", f)
    sys.exit(1 if failures else 0)


def mutate(value: str) -> str:
    """The value with its last letter or digit changed by one."""
    k = max(i for i, c in enumerate(value) if c.isalnum())
    c = value[k]
    if c.isdigit():
        new = str((int(c) + 1) % 10)
    else:
        base = "A" if c.isupper() else "a"
        new = chr((ord(c) - ord(base) + 1) % 26 + ord(base))
    return value[:k] + new + value[k + 1 :]


def mutants_caught(lines: list[Line], check_values: Callable[[list[Line]], None],
                   failures: list[str]) -> tuple[int, int]:  # fmt: skip
    """How many one-value mutants (one entity's value changed by one character) a half's ``check_values``
    rejects (it appends to ``failures``; what a mutant added is removed again)."""
    caught = total = 0
    for x in lines:
        for j in range(len(x["entities"])):
            mutant = dict(x, entities=[dict(f, value=mutate(f["value"])) if i == j else f
                                       for i, f in enumerate(x["entities"])])  # fmt: skip
            before = len(failures)
            check_values([mutant])
            caught += len(failures) > before
            total += 1
            del failures[before:]
    return caught, total


def letters(text: str) -> str:
    """Only the letters, lower case: how a name said or spelled is compared with its value."""
    return re.sub(r"[^a-z]", "", text.lower())


def read_spelling(said: str, as_in_tail: str = "(?: cream)?") -> str:
    """The letters of a spelling ("t h i b", "s as in sam", "double l"); ``as_in_tail`` is what may follow an
    "as in" word (v6 and v7 allow "i as in ice cream"; v5 passes "")."""
    t = re.sub(rf"\b([A-Za-z]) as in [A-Za-z\-]+{as_in_tail}", r"\1", said)
    t = re.sub(r"\bdouble ([A-Za-z])\b", r"\1\1", t)
    return letters(t)
