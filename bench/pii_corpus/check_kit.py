"""What the test halves' ``check.py`` (v14 on; v5-v13's are retired, in git) share: the line-format and span
checks, the four-word-phrase check against earlier templates, the Luhn check of card values (``luhn_ok``), the
one-value mutants that prove a half's value readers catch a changed value, the size-and-mix count, the floors
of a representative half, the run of a ``check.py``, and the reference figures of systems that need no
redactor.

Each function returns failure messages (never the corpus text around them, so a test half's phrasing is not
printed); each half's ``check.py`` keeps its own value readers and counts and collects the messages.
"""

from __future__ import annotations

import importlib
import itertools
import re
import sys
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

from bench.pii_corpus import templates as old_templates
from bench.pii_corpus.v2.baseline import numbers_only
from bench.pii_corpus.v2.score import NUMERIC_TYPES, identifying_tokens, score

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


def earlier_halves(before: int) -> tuple[ModuleType, ...]:
    """The template modules of every half before ``v{before}``: v2's tune and test, then v3's to v{before-1}'s."""
    names = ["v2.templates_tune", "v2.templates_test", *(f"v{k}.templates" for k in range(3, before))]
    return tuple(importlib.import_module(f"bench.pii_corpus.{name}") for name in names)


def earlier_phrase_failures(lines: list[Line], mine: ModuleType, before: int) -> list[str]:
    """``phrase_failures`` against the old generator's and every earlier half's templates (v2 to v{before-1}):
    the independence check of a representative half (v14-v17), whose names and streets may repeat."""
    theirs = template_texts(old_templates, earlier_halves(before))
    return phrase_failures(lines, mine, theirs, f"v2-v{before - 1}/old")


def independence_step(mine: ModuleType, before: int, failures: list[str]) -> Callable[[list[Line]], None]:
    """A representative half's independence step (v15-v17, issue 18: each ``check.py`` wrote it): its
    ``earlier_phrase_failures`` against v2 to v{before-1}, reported into ``failures``."""

    def check_independence(lines: list[Line]) -> None:
        """No four-word phrase shared with the earlier halves' or the old templates."""
        failures.extend(earlier_phrase_failures(lines, mine, before))

    return check_independence


def floor_failures(
    lines: list[Line], floors: dict[str, tuple[int, Callable[[dict[str, Any], str], bool]]]
) -> list[str]:
    """The floors a representative half must hold (v14-v17): for each, its least count and whether an entity
    (with what was said for it, lower case) counts towards it."""
    found = {what: 0 for what in floors}
    for x in lines:
        for e in x["entities"]:
            said = x["text"][e["start"] : e["end"]].lower()
            for what, (_, holds) in floors.items():
                found[what] += bool(holds(e, said))
    return [
        f"{what}: {found[what]}, fewer than {least}"
        for what, (least, _) in floors.items()
        if found[what] < least
    ]


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
    "as in" word (by default "i as in ice cream" is allowed; "" allows nothing)."""
    t = re.sub(rf"\b([A-Za-z]) as in [A-Za-z\-]+{as_in_tail}", r"\1", said)
    t = re.sub(r"\bdouble ([A-Za-z])\b", r"\1\1", t)
    return letters(t)


# ---- the counts and the run of a half's check.py ------------------------------------------------------------


def count_failures(lines: list[Line], types: set[str], *, entities: tuple[int, int], addresses: int,
                   spoken_numeric: int, names: int = 0) -> list[str]:  # fmt: skip
    """A half's size and mix (each with its own bounds): 600 utterances, ``entities`` in range, every one of
    ``types``, enough names (when ``names`` is given), addresses and spoken numeric identifiers, 150 without
    PII."""
    out: list[str] = []
    ents = [e for x in lines for e in x["entities"]]
    lo, hi = entities
    if not (len(lines) == 600 and lo <= len(ents) <= hi):
        out.append(f"size: {len(lines)} utterances, {len(ents)} entities")
    if names and not sum(e["type"] == "PERSON" for e in ents) >= names:
        out.append(f"fewer than {names} names")
    if {e["type"] for e in ents} != types:
        out.append("not all ten types")
    if not sum(e["type"] == "STREET_ADDRESS" for e in ents) >= addresses:
        out.append(f"fewer than {addresses} addresses")
    numeric = [e for e in ents if e["type"] in NUMERIC_TYPES and e["form"] in ("spoken", "mixed")]
    if not len(numeric) >= spoken_numeric:
        out.append(f"fewer than {spoken_numeric} spoken numeric identifiers")
    if not len([x for x in lines if not x["entities"]]) >= 150:
        out.append("too few utterances without PII")
    return out


def run_half(committed: list[Line], build: Callable[[], list[Line]], failures: list[str],
             checks: Iterable[Callable[[list[Line]], None]], caught_of: Callable[[list[Line]], tuple[int, int]],
             cards_first: bool = True) -> None:  # fmt: skip
    """A half's ``check.py`` run: (unless ``cards_first`` is off, every committed card Luhn-valid,) the file
    is what ``build`` writes, each of ``checks``, every one-value mutant caught, then the reference figures."""
    if cards_first:
        failures.extend(
            f"card value {v} fails the Luhn check"
            for v in (e["value"] for x in committed for e in x["entities"] if e["type"] == "CREDIT_CARD")
            if not luhn_ok(v)
        )
    if build() != committed:
        failures.append("test.jsonl is not what build.py writes")
    for check in checks:
        check(committed)
    caught, total = caught_of(committed)
    if caught != total:
        failures.append(f"only {caught} of {total} one-value mutants were caught")
    print(f"one-value mutants caught: {caught}/{total}\n")
    finish(committed, failures, shown=60)
