"""Check v13's ``test.jsonl`` without any redactor: ``python bench/pii_corpus/v13/check.py`` (exit 1 on a failure).

The kits' checks over v13's words (``check_kit.HalfChecks``, ``readback_kit.ValueChecks``): the file is what
the seeded ``build.py`` writes; v2's line format and span rules; every value reads back from what was said,
so a value changed by one character fails. v13's own forms are read here first: the caller's correction of
the agent's read-back inside a value ("..., no, the last two are four one, not one four": the correction must
agree with the value; "d as in dog, not b" in an ID or a spelled name: the letter is the first one),
"niner", and e-mails said with "at sign" / "at symbol". Sizes: 600 utterances, 560-720 entities, the ten
types, at least 150 names, 60 addresses, 50 birth dates, 150 spoken numeric identifiers, 150 utterances
without PII; cards Luhn-valid; no four-word phrase shared with the v2-v12 or old templates (in the templates
and the text around the values); no PERSON or street word of a v2-v12 list or PERSON/STREET value or of
Faker's person-name lists. Then the reference figures of systems that need no redactor. Nothing here
imports ``stream``.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.pii_corpus import check_kit, lexicon_kit, read_kit, readback_kit
from bench.pii_corpus import templates as old_templates
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v12 import check as v12_check
from bench.pii_corpus.v12 import words as v12_words
from bench.pii_corpus.v13 import build, templates, words
from bench.pii_corpus.v13.speech import FILLERS, REPAIRS, RESTART, UNITS

FAILURES: list[str] = []
HERE = Path(__file__).resolve().parent
CORPUS, TYPES = HERE.parent, set(build.TYPES)
# every earlier half's template module (v2's two, v3's to v12's): v13 shares no four-word phrase with them
EARLIER_MODULES = ["v2.templates_tune", "v2.templates_test", *(f"v{k}.templates" for k in range(3, 13))]
EARLIER_HALVES = tuple(importlib.import_module(f"bench.pii_corpus.{m}") for m in EARLIER_MODULES)

REPAIR = re.compile(r"(?:" + "|".join(REPAIRS) + r"|\bsorry\b|\bwait\b)")
SKIP = frozenset({w for f in FILLERS for w in f.split()} | set(RESTART.split())
                 | {"uh", "um", "umm", "and", "dash", "number"})  # fmt: skip
READER = read_kit.DigitReader(
    {**{w: str(k) for k, w in enumerate(UNITS)}, "oh": "0", "niner": "9"}, SKIP, REPAIR
)
# the caller's correction of the agent's read-back: of the last two digits, of one letter
FIX_DIGITS = re.compile(r",? (?:no,? )?(?:the last two are|it ends) ([a-z]+ [a-z]+),? not ([a-z]+ [a-z]+)$")
FIX_LETTER = re.compile(r"\b([a-z]) as in ([a-z]+),? not ([a-z])\b")
AT_SIGN = re.compile(r"\bat (?:sign|symbol)\b")


def _digit_words(pair: str) -> str:
    return "".join(READER.digit_of[w] for w in pair.split())


def undo_fixes(where: str, said: str, value: str) -> str:
    """The said value without the caller's corrections, each checked against the value: the last two digits
    said again and their swap after "not"; a letter "as in" a word of that letter, not its confusable."""
    low = said.lower()
    m = FIX_DIGITS.search(low)
    if m:
        right, wrong = _digit_words(m.group(1)), _digit_words(m.group(2))
        VALUES.expect(right == value[-2:] and wrong == right[::-1], f"{where} read-back correction: {said!r}")
        low = low[: m.start()]
    for f in FIX_LETTER.finditer(low):
        c = f.group(1).upper()
        ok = words.CORRECT_WORDS.get(c) == f.group(2) and words.CONFUSED.get(c, "").lower() == f.group(3)
        VALUES.expect(ok, f"{where} letter correction: {said!r}")
    return FIX_LETTER.sub(r"\1", low)


def read_id(said: str) -> set[str]:
    """An ID: one or two leading letters, then its digits (pairs, triples, "niner", "double")."""
    toks = [w for w in re.split(r"[\s,\-]+", said.lower()) if w and w not in SKIP]
    compact = "".join(toks)
    if re.fullmatch(r"[a-z]{1,3}\d+", compact):
        return {compact.upper()}
    lead = []
    for w in toks:
        if len(w) == 1 and w.isalpha():
            lead.append(w)
        else:
            break
    head = "".join(lead).upper()
    return {head + d for d in READER.read_digits(" ".join(toks[len(lead) :]))}


VALUES = readback_kit.ValueChecks(READER, words, FAILURES, read_id)


def check_own(where: str, said: str, e: dict[str, Any]) -> bool:
    """Read v13's own forms (a correction inside the value, "at sign"); False if left to the kit's readers."""
    kind, value, expect = e["type"], e["value"], VALUES.expect
    low = said.lower()
    fixed = FIX_DIGITS.search(low) or FIX_LETTER.search(low)
    if kind == "EMAIL_ADDRESS" and AT_SIGN.search(low):
        expect(value in VALUES.read_email(AT_SIGN.sub("at", low)), f"{where} e-mail: {said!r}")
    elif not fixed:
        return False
    elif kind == "PERSON":
        t = re.sub(r"\bdouble ([a-z])\b", r"\1\1", undo_fixes(where, said, value))
        expect(
            check_kit.letters(t) == check_kit.letters(value), f"{where} spelling does not read back: {said!r}"
        )
    elif kind == "ACCOUNT_ID":
        expect(value in read_id(undo_fixes(where, said, value)), f"{where} ID does not read back: {said!r}")
    elif kind in readback_kit.DIGITS:
        t = undo_fixes(where, said, value)
        read = READER.read_phone(t) if kind == "PHONE_NUMBER" else READER.read_digits(t)
        expect(value in read, f"{where} {kind} does not read back: {said!r}")
    else:
        expect(False, f"{where} a correction in a {kind}: {said!r}")
    return True


def _own_or_kit(x: dict[str, Any], e: dict[str, Any]) -> bool:
    """True when v13's reader took the entity (a reader's error is a failure, and counts as taken)."""
    try:
        return check_own(x["id"], x["text"][e["start"] : e["end"]], e)
    except (ValueError, IndexError, KeyError) as err:
        FAILURES.append(f"{x['id']} {e['type']} unreadable ({err})")
        return True


def check_values(lines: list[dict[str, Any]]) -> None:
    """Every value read back: by v13's own readers (``check_own``) first, the others by the kit's
    (``readback_kit.ValueChecks``); a value no reader can take apart is a failure."""
    left = [{**x, "entities": [e for e in x["entities"] if not _own_or_kit(x, e)]} for x in lines]
    VALUES.check_values(left)


def mutants_caught(lines: list[dict[str, Any]]) -> tuple[int, int]:
    """How many one-value mutants ``check_values`` rejects, and of how many."""
    return check_kit.mutants_caught(lines, check_values, FAILURES)


def earlier_words() -> set[str]:
    """Every name and street word v13 may not use: what v12's check forbade (v2-v11's lists and values,
    Faker's person names) and v12's own lists, street words and PERSON/STREET values."""
    return v12_check.earlier_words() | lexicon_kit.half_words(CORPUS, "v12", v12_words)


CHECKS = check_kit.HalfChecks(
    half="v13",
    n=build.N,
    types=TYPES,
    bounds={"entities": (560, 720), "addresses": 60, "spoken_numeric": 150, "names": 150},
    earlier_label="v2-v12 or Faker",
    earlier_halves=EARLIER_HALVES,
    earlier_words=earlier_words,
    mine=templates,
    old=old_templates,
    streets=check_kit.street_words(words),
    failures=FAILURES,
)
# the brief's floor of birth dates, and v13's new forms: each must be in the file often enough to measure
FLOORS: dict[str, tuple[int, Callable[[dict[str, Any], str], bool]]] = {
    "dates of birth": (50, lambda e, said: e["type"] == "DATE_OF_BIRTH"),
    "read-back corrections": (20, lambda e, said: bool(FIX_DIGITS.search(said) or FIX_LETTER.search(said))),
    '"niner"': (10, lambda e, said: "niner" in said.split()),
    '"at sign" e-mails': (5, lambda e, said: bool(AT_SIGN.search(said))),
}


def check_floors(lines: list[dict[str, Any]]) -> None:
    for what, (least, counts) in FLOORS.items():
        n = sum(counts(e, x["text"][e["start"] : e["end"]].lower()) for x in lines for e in x["entities"])
        if n < least:
            FAILURES.append(f"{what}: {n}, fewer than {least}")


# the half's checks in the order its run takes them (tests/bench_pii_corpus/test_seeded_halves.py runs them too)
STEPS = (CHECKS.check_format, check_values, CHECKS.check_counts, check_floors, CHECKS.check_independence)


if __name__ == "__main__":
    check_kit.run_half(load(HERE / "test.jsonl"), build.build, FAILURES, STEPS, mutants_caught)
